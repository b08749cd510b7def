/**
 * Clause labels (clauses.ts) on the blocks of the test fixtures (tests/fixtures/official-document/).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clauseLabels } from './clauses.ts';

const heading = (text: string) => ({ kind: 'heading', text, n: 0 });
let n = 0;
const para = (text: string) => ({ kind: 'paragraph', text, n: ++n });

test('a declaration: preamble, parts by heading or by a numbered paragraph, sub-parts', () => {
  const labels = clauseLabels([
    { kind: 'paragraph', text: '（2026年1月10日　示例市）', n: 0 },
    para('示例组织成员国元首理事会于2026年1月10日在示例市举行会议。'),
    heading('一、政治合作'),
    para('成员国重申恪守本组织宪章的宗旨和原则。'),
    para('成员国支持通过对话协商和平解决分歧。'),
    para('二、成员国认为，经济合作是本组织发展的重要基础。'),
    para('成员国欢迎在本组织框架内开展数字经济合作，并愿为此制定合作路线图。'),
    heading('三、人文交流'),
    heading('（一）教育'),
    para('成员国支持扩大留学生交流规模。'),
    heading('（二）文化'),
    para('成员国商定于2027年举办第3届艺术节。'),
  ]);
  assert.deepEqual(labels, [
    undefined,
    '序言第1段',
    undefined,
    '第一部分第1段',
    '第一部分第2段',
    '第二部分第1段',
    '第二部分第2段',
    undefined,
    undefined,
    '第三部分（一）第1段',
    undefined,
    '第三部分（二）第1段',
  ]);
});

test('a charter: articles, their items and their further paragraphs; chapters do not enter the label', () => {
  const labels = clauseLabels([
    heading('第一章　宗旨和原则'),
    para('第一条　本组织的宗旨是：'),
    para('（一）加强成员国之间的相互信任与睦邻友好；'),
    para('（二）共同维护地区和平、安全与稳定。'),
    para('第二条　成员国遵循相互尊重主权、独立和领土完整的原则。'),
    heading('第二章　机构'),
    para('第三条　元首理事会是本组织的最高决策机构。'),
    para('元首理事会每年举行一次例会。'),
  ]);
  assert.deepEqual(labels, [undefined, '第一条', '第一条第（一）项', '第一条第（二）项', '第二条', undefined, '第三条', '第三条第2款']);
});

test('a document without parts or articles: 第k段; notes and unnumbered blocks: no label', () => {
  assert.deepEqual(clauseLabels([para('成员国发表声明如下。'), para('成员国支持…。'), { kind: 'note', text: '注', n: 0 }]), ['第1段', '第2段', undefined]);
});
