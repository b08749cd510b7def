/** Unit tests of the Pagefind query adapter with a stub index that knows which article holds which pair. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { candidateArticles, characterPairs } from './candidates.ts';
import type { Pagefind } from './pagefind.ts';

test('a term becomes its Han character pairs, at most eight, spread over the term', () => {
  assert.deepEqual(characterPairs('上海精神'), ['上海', '海精', '精神']);
  assert.deepEqual(characterPairs('路'), []);
  assert.deepEqual(characterPairs('2005.4.12'), []);
  assert.deepEqual(characterPairs('sco上合组织'), ['上合', '合组', '组织']);
  const long = characterPairs('中国同其他成员国人员往来超七百万人次');
  assert.equal(long.length, 8);
  assert.equal(long[0], '中国');
  assert.equal(long.at(-1), '人次');
});

/** Articles and the pairs Pagefind would find them by. */
const index: Record<string, string[]> = { yu: ['上海', '海精', '精神', '一带', '带一', '一路'], han: ['上海', '海五', '五国', '一带', '带一', '一路'] };
const pagefind: Pagefind = {
  filters: async () => ({}),
  search: async (term) => ({
    filters: { article: Object.fromEntries(Object.entries(index).map(([slug, pairs]) => [slug, pairs.includes(term) ? 1 : 0])) },
  }),
};

test('an article is a candidate when it has every pair of some alternative of every term', async () => {
  assert.deepEqual(await candidateArticles(pagefind, [{ label: '上海精神', alternatives: ['上海精神'] }]), new Set(['yu']));
  assert.deepEqual(await candidateArticles(pagefind, [{ label: 'x', alternatives: ['上海五国', '上海精神'] }]), new Set(['han', 'yu']));
  assert.deepEqual(await candidateArticles(pagefind, [{ label: '一带一路', alternatives: ['一带一路'] }, { label: '上海精神', alternatives: ['上海精神'] }]), new Set(['yu']));
  assert.deepEqual(await candidateArticles(pagefind, [{ label: '量子', alternatives: ['量子'] }]), new Set());
});

test('a term without pairs admits every article (undefined), and does not narrow other terms', async () => {
  assert.equal(await candidateArticles(pagefind, [{ label: '路', alternatives: ['路'] }]), undefined);
  assert.deepEqual(await candidateArticles(pagefind, [{ label: '路', alternatives: ['路'] }, { label: '五国', alternatives: ['五国'] }]), new Set(['han']));
});
