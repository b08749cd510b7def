/**
 * Highwire Press tags. Expected values are written from Google Scholar's inclusion guidelines
 * (citation_title, one citation_author per author, citation_publication_date `YYYY/MM/DD` or as much as
 * is known, citation_journal_title, citation_issue, citation_firstpage, citation_lastpage) and the
 * further tags Zotero's Embedded Metadata translator reads (citation_doi, citation_language,
 * citation_fulltext_html_url), not from the program's output.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleFrontmatter } from '../content-model/schemas/article.ts';
import { claim, frontmatterBase, chenZengJournal, liJinfengInterview } from './test-fixtures.ts';
import { highwireTags } from './highwire.ts';


const url = 'https://sco.example.org/articles/a/';

test('a journal article with DOI and pages', () => {
  const data = chenZengJournal;
  assert.deepEqual(highwireTags(data, url), [
    ['citation_title', '扩员后中亚成员国对上海合作组织的期待及其应对'],
    ['citation_author', '陈亚州'],
    ['citation_author', '曾向红'],
    ['citation_publication_date', '2019'],
    ['citation_journal_title', '国际展望'],
    ['citation_issue', '6'],
    ['citation_firstpage', '90'],
    ['citation_lastpage', '108'],
    ['citation_doi', '10.13851/j.cnki.gjzw.201906005'],
    ['citation_language', 'zh'],
    ['citation_fulltext_html_url', url],
  ]);
});

test('a newspaper interview: reporters are authors, the interviewee is not; the newspaper is the journal title', () => {
  const data = liJinfengInterview;
  assert.deepEqual(highwireTags(data, url), [
    ['citation_title', '携手打造上合组织命运共同体：访中国社科院上合组织研究中心执行主任李进峰'],
    ['citation_author', '陈学慧'],
    ['citation_author', '杨啸林'],
    ['citation_publication_date', '2021/09'],
    ['citation_journal_title', '经济日报'],
    ['citation_language', 'zh'],
    ['citation_fulltext_html_url', url],
  ]);
});

test('unknown venue, issue, pages and DOI: no such tags and no empty values; a full date keeps its day', () => {
  const data: ArticleFrontmatter = {
    ...frontmatterBase,
    title: claim('上海合作组织国际合作的发展历程与前景展望'),
    authors: [{ name: claim('韩璐'), role: 'author' }],
    sourceKind: 'journal',
    genre: 'research-article',
    date: claim('2021-09-05'),
  };
  const tags = highwireTags(data, url);
  assert.deepEqual(tags, [
    ['citation_title', '上海合作组织国际合作的发展历程与前景展望'],
    ['citation_author', '韩璐'],
    ['citation_publication_date', '2021/09/05'],
    ['citation_language', 'zh'],
    ['citation_fulltext_html_url', url],
  ]);
  assert.ok(tags.every(([, content]) => content.trim() !== ''));
});

test('a roundtable column: the column is the journal title, its issue number (54 of 第54期·总343期) the issue; no authors, no date', () => {
  const data: ArticleFrontmatter = {
    ...frontmatterBase,
    title: claim('［弘扬“上海精神”］', 'inferred'),
    authors: [],
    sourceKind: 'roundtable',
    genre: 'commentary',
    issue: claim('智库圆桌（第54期·总343期）'),
  };
  assert.deepEqual(highwireTags(data, url), [
    ['citation_title', '［弘扬“上海精神”］'],
    ['citation_journal_title', '智库圆桌'],
    ['citation_issue', '54'],
    ['citation_language', 'zh'],
    ['citation_fulltext_html_url', url],
  ]);
});

test('the keywords the article prints (its 【关键词】) as citation_keywords, separated by semicolons', () => {
  const data: ArticleFrontmatter = { ...chenZengJournal, frontMatter: { keywords: { value: ['上海合作组织', '利益诉求', '互联互通', '命运共同体'], basis: 'stated', evidence: 'L9 【关键词】' } } };
  const tags = highwireTags(data, url);
  assert.deepEqual(tags.filter(([name]) => name === 'citation_keywords'), [['citation_keywords', '上海合作组织; 利益诉求; 互联互通; 命运共同体']]);
  assert.equal(highwireTags(chenZengJournal, url).some(([name]) => name === 'citation_keywords'), false, 'none printed, none written');
});
