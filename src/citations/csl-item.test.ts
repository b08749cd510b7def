import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleFrontmatter } from '../content-model/schemas/article.ts';
import { claim, exampleDeclaration, frontmatterBase, liJinfengInterview } from './test-fixtures.ts';
import { cslDate, cslItem } from './csl-item.ts';



test('an interview: reporters are authors, the interviewee is not; the subtitle joins after ：without its dash', () => {
  const data = liJinfengInterview;
  assert.deepEqual(cslItem(data, 'li', 'https://x.org/articles/li/'), {
    id: 'li',
    'citation-key': 'li',
    type: 'article-newspaper',
    title: '携手打造上合组织命运共同体：访中国社科院上合组织研究中心执行主任李进峰',
    URL: 'https://x.org/articles/li/',
    language: 'zh-CN',
    author: [{ literal: '陈学慧' }, { literal: '杨啸林' }],
    'container-title': '经济日报',
    issued: { 'date-parts': [[2021, 9]] },
  });
});

test('issues: 2019年第6期 → 6; a column issue names the container and gives its number; other wording stays whole', () => {
  const item = (issue: string, kind: ArticleFrontmatter['sourceKind']) =>
    cslItem({ ...frontmatterBase, title: claim('t'), authors: [], sourceKind: kind, genre: 'commentary', issue: claim(issue) }, 's', 'u');
  assert.equal(item('2019年第6期', 'journal').issue, '6');
  assert.equal(item('2019年第6期', 'journal')['container-title'], undefined);
  const column = item('智库圆桌（第54期·总343期）', 'roundtable');
  assert.equal(column['container-title'], '智库圆桌');
  assert.equal(column.issue, '54', 'the issue number alone; the cumulative 总343 has no CSL variable');
  assert.equal(item('智库圆桌（第7期）', 'roundtable').issue, '7');
  assert.equal(column.type, 'article-journal');
  assert.equal(item('总第12期', 'journal').issue, '总第12期');
});

test('pages and dates', () => {
  const data: ArticleFrontmatter = { ...frontmatterBase, title: claim('t'), authors: [], sourceKind: 'journal', genre: 'research-article', pages: claim({ first: 90, last: 108 }) };
  assert.equal(cslItem(data, 's', 'u').page, '90-108');
  assert.equal(cslItem({ ...data, pages: claim({ first: 5, last: 5 }) }, 's', 'u').page, '5');
  assert.equal(cslItem(data, 's', 'u').author, undefined, 'no authors: no empty author list');
  assert.deepEqual(cslDate('2021'), { 'date-parts': [[2021]] });
  assert.deepEqual(cslDate('2021-09-05'), { 'date-parts': [[2021, 9, 5]] });
});

test('an official document: a web document (GB/T [EB/OL]) by its issuing body, dated by its adoption; its place is no place of publication', () => {
  const data = exampleDeclaration;
  const item = cslItem(data, 'example-declaration', 'https://sco.example.org/articles/example-declaration/');
  assert.equal(item.type, 'webpage');
  assert.deepEqual(item.author, [{ literal: '示例组织成员国元首理事会' }]);
  assert.equal(JSON.stringify(item).includes('示例市'), false);
  assert.deepEqual(item.issued, { 'date-parts': [[2026, 1, 10]] });
  const { issuer: _issuer, place: _place, ...unissued } = data;
  const bare = cslItem(unissued, 'example-declaration', 'https://sco.example.org/articles/example-declaration/');
  assert.equal(bare.author, undefined, 'no issuing body stated: no author invented');
});
