/** Unit tests of exact block matching and occurrence ranges (text from 002 ¶4 and 004 table 1). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchBlock } from './match.ts';

const t2s = { 組: '组', 織: '织' };
const text = '上合组织成员国倡导“结伴、不结盟”，坚持“上海精神”，这是上合组织得以发展壮大的独特源泉。';
const group = (...alternatives: string[]) => ({ label: alternatives[0]!, alternatives });

test('every group must occur; every occurrence of every alternative is returned in the original text', () => {
  assert.deepEqual(matchBlock(text, t2s, [group('上合组织')]), [[0, 4], [29, 33]]);
  assert.deepEqual(matchBlock(text, t2s, [group('上合组织'), group('上海精神')]), [[0, 4], [21, 25], [29, 33]]);
  assert.equal(matchBlock(text, t2s, [group('上合组织'), group('北约')]), undefined);
  assert.equal(matchBlock(text, t2s, []), undefined);
});

test('matches across whitespace and folded characters map back to the original characters', () => {
  assert.deepEqual(matchBlock('《上海合作 組織秘书处》', t2s, [group('合作组织')]), [[3, 8]]);
  assert.deepEqual(matchBlock('反恐、经济贸易、人文交流', t2s, [group('地区反恐机构', '反恐')]), [[0, 2]]);
});

test('overlapping occurrences merge into one range', () => {
  assert.deepEqual(matchBlock('一带一路一带一盟', t2s, [group('一带一'), group('带一路')]), [[0, 7]]);
});
