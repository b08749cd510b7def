/** Unit tests of the table rebuild, on han-lu-sco-international-cooperation's flattened table (L462–L498, L533–L549; after the character maps). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatTableDate, parseTable } from './table.ts';
import type { SourceLine } from '../shared/types.ts';

const numbered = (pairs: [number, string][]): SourceLine[] => pairs.map(([no, text]) => ({ no, text }));
const texts = (cell: SourceLine[]) => cell.map((l) => l.text).join('|');

test('dates get their lost dots back', () => {
  assert.equal(formatTableDate('2005 4 12 '), '2005.4.12');
  assert.equal(formatTableDate('2007 10 5， 2018 5'), '2007.10.5，2018.5');
  assert.equal(formatTableDate('2019 6 13 ~ 14'), '2019.6.13~14');
});

test('rows from blank-separated groups, across a page end with its furniture', () => {
  const lines = numbered([
    [462, '表 1 　 　 　 上海合作组织与国际组织合作情况一览表'], [463, ''], [464, '时间 国际组织 合作协议 合作领域'], [465, ''],
    [466, '2005 4 12 独联体'], [467, '《上海合作组织秘书'], [468, '处与独联体执行委员'], [469, '会谅解备忘录》'], [470, ''], [471, '反恐、经济贸易、人文交流'], [472, ''],
    [484, '2007 10 5，'], [485, '2018 5'], [486, ''], [487, '集体安全'], [488, '条约组织'], [489, ''], [490, '《上海合作组织秘书'], [491, '处与集体安全条约组'], [492, ''],
    [496, '打击恐怖主义、非法贩毒'], [497, ''], [533, '—06—'], [534, ' (续表 1)'], [535, ''], [536, '时间 国际组织 合作协议 合作领域'], [537, ''],
    [548, '2017 6 9 红十字国际'], [549, '委员会'], [550, ''], [551, '《上海合作组织秘书处与红十字国际委员会谅解备忘录》'], [552, ''], [555, '国际人道法的宣传与传播'],
  ]);
  const table = parseTable(lines, 'x.txt');
  assert.equal(table.caption.no, 462);
  assert.deepEqual(table.header.map(texts), ['时间', '国际组织', '合作协议', '合作领域']);
  assert.deepEqual(table.rows.map((row) => row.map(texts)), [
    ['2005.4.12', '独联体', '《上海合作组织秘书|处与独联体执行委员|会谅解备忘录》', '反恐、经济贸易、人文交流'],
    ['2007.10.5，2018.5|', '集体安全|条约组织', '《上海合作组织秘书|处与集体安全条约组', '打击恐怖主义、非法贩毒'],
    ['2017.6.9', '红十字国际|委员会', '《上海合作组织秘书处与红十字国际委员会谅解备忘录》', '国际人道法的宣传与传播'],
  ]);
  assert.deepEqual(table.dropped.map((d) => d.no), [533, 534, 536]);
  assert.deepEqual(table.pageEnds, [{ atLine: 533, printed: '06' }]);
});

test('a row without its four cells is refused, naming the line', () => {
  assert.throws(() => parseTable(numbered([[1, '表1'], [2, '时间 组织'], [3, '2005 4 12 独联体']]), 'x.txt'), /x\.txt:3: table/u);
});
