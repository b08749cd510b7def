/**
 * The official-document layout (official-document.ts) on lines of the test fixtures
 * (tests/fixtures/official-document/, texts written for the tests in the shape of SCO documents).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headingOf, officialDocumentLayout, opensClause } from './official-document.ts';

const lines = (...texts: string[]) => texts.map((text, i) => ({ no: i + 1, text }));

test('a short line opening with a part number is a heading, its number kept apart', () => {
  assert.deepEqual(headingOf('一、政治合作'), { level: 2, numbering: '一、', title: '政治合作' });
  assert.deepEqual(headingOf('第二章　机构'), { level: 2, numbering: '第二章　', title: '机构' });
  assert.deepEqual(headingOf('（一）教育'), { level: 3, numbering: '（一）', title: '教育' });
});

test('a numbered line that ends a sentence, or a clause, or runs long, is not a heading', () => {
  assert.equal(headingOf('二、成员国认为，经济合作是本组织发展的重要基础。成员国将继续推进贸易和投资便利化。'), undefined);
  assert.equal(headingOf('（一）加强成员国之间的相互信任与睦邻友好；'), undefined);
  assert.equal(headingOf('第一条　本组织的宗旨是：'), undefined);
  assert.equal(headingOf('成员国商定于2027年举办第3届艺术节'), undefined);
  // the first line of the numbered paragraph of part two, wrapped at 12 characters
  assert.equal(headingOf('二、成员国认为，经济合作'), undefined);
});

test('numbered clauses open blocks; a decimal is not a numbered point', () => {
  for (const t of ['第五条　…', '一、成员国…', '（二）共同…', '3．成员国…', '3.成员国…']) assert.ok(opensClause(t), t);
  assert.equal(opensClause('3.5亿美元的投资'), false);
  assert.equal(opensClause('成员国支持…'), false);
});

test('an article and its items become one block each, though the lines before them do not end a sentence', () => {
  const { blocks } = officialDocumentLayout(lines('第一条　本组织的宗旨是：', '（一）加强成员国之间的相互信任与睦邻友好；', '（二）共同维护地区和平、安全与稳定。'));
  assert.deepEqual(blocks.map((b) => [b.kind, b.lines.map((l) => l.no)]), [['paragraph', [1]], ['paragraph', [2]], ['paragraph', [3]]]);
});

test('a wrapped paragraph is joined; blank lines separate nothing by themselves; headings stand alone', () => {
  const { blocks } = officialDocumentLayout(
    lines('成员国欢迎在本组织框架内开展数字经济合作，', '并愿为此制定合作路线图。', '', '三、人文交流', '', '（一）教育', '成员国支持扩大留学生交流规模。'),
  );
  assert.deepEqual(
    blocks.map((b) => [b.kind, b.level, b.lines.map((l) => l.no)]),
    [['paragraph', undefined, [1, 2]], ['heading', 2, [4]], ['heading', 3, [6]], ['paragraph', undefined, [7]]],
  );
});
