/** Unit tests of leftmost-longest glossary alias matching (snippets from
 * han-lu-sco-international-cooperation and commentary-shanghai-spirit). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTermMatcher } from './term-matcher.ts';

const match = createTermMatcher([
  { slug: 'sco', aliases: ['上海合作组织', '上合组织'] },
  { slug: 'sco-charter', aliases: ['上海合作组织宪章'] },
  { slug: 'shanghai-spirit', aliases: ['上海精神'] },
]);

test('the longest alias wins where aliases of different entries start at the same place', () => {
  // han-lu-sco-international-cooperation ¶7
  assert.deepEqual(match('《上海合作组织宪章》指出，上海合作组织的一个重要合作方向'), [
    { index: 1, length: 8, slug: 'sco-charter', alias: '上海合作组织宪章' },
    { index: 13, length: 6, slug: 'sco', alias: '上海合作组织' },
  ]);
});

test('every occurrence is found, in text order, without overlaps', () => {
  assert.deepEqual(
    match('“上海精神”是上合组织的灵魂，上合组织坚持上海精神').map((m) => [m.index, m.slug]),
    [[1, 'shanghai-spirit'], [7, 'sco'], [15, 'sco'], [21, 'shanghai-spirit']],
  );
  assert.deepEqual(match('没有术语的句子。'), []);
});

test('one alias for two entries is an error naming both', () => {
  assert.throws(
    () => createTermMatcher([{ slug: 'a', aliases: ['上合'] }, { slug: 'b', aliases: ['上合'] }]),
    /glossary alias "上合" belongs to both "a" and "b"/,
  );
});
