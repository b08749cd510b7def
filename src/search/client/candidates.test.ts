/** Unit tests of the Pagefind query adapter with a stub index that knows which article holds which pair. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { candidateArticles, characterPairs, isWord, planPairs, type PairCache } from './candidates.ts';
import type { Pagefind } from './pagefind.ts';

test('a term becomes its Han character pairs, the middle one first, then outwards', () => {
  assert.deepEqual(characterPairs('上海精神'), ['海精', '上海', '精神']);
  assert.deepEqual(characterPairs('上海合作组织'), ['合作', '海合', '作组', '上海', '组织']);
  assert.deepEqual(characterPairs('中国'), ['中国']);
  assert.deepEqual(characterPairs('路'), []);
  assert.deepEqual(characterPairs('2005.4.12'), []);
  assert.deepEqual(characterPairs('sco上合组织'), ['合组', '上合', '组织']);
  assert.deepEqual(characterPairs('一带一路一带'), ['一路', '带一', '路一', '一带']);
});

const group = (...alternatives: string[]) => ({ label: alternatives[0]!, alternatives });

test('a query asks at most two new pairs, one per alternative, groups in order, words first', () => {
  assert.equal(isWord('上海'), true);
  assert.equal(isWord('海精'), false, 'the segmenter splits 海精, so Pagefind would look up 海 and 精');
  assert.deepEqual(planPairs([group('上海精神')]), [[['上海']]]);
  assert.deepEqual(planPairs([group('上合组织'), group('安全'), group('中亚')]), [[['组织']], [['安全']], undefined]);
  assert.deepEqual(planPairs([group('海精')]), [[['海精']]], 'no pair is a word: the middle one');
  // A group whose alternatives need more pairs than are left is not narrowed; a later one may be.
  assert.deepEqual(planPairs([group('安全'), group('上海五国', '上海精神'), group('中亚')]), [[['安全']], undefined, [['中亚']]]);
  // An alternative without a pair (路, Latin) leaves its group un-narrowed.
  assert.deepEqual(planPairs([group('路'), group('上海精神', 'shanghaispirit')]), [undefined, undefined]);
});

test('pairs asked before on the page are free and all used', () => {
  assert.deepEqual(planPairs([group('上海精神'), group('安全'), group('中亚')], new Set(['上海', '精神'])), [[['上海', '精神']], [['安全']], [['中亚']]]);
});

/** Articles and the pairs Pagefind would find them by. */
const index: Record<string, string[]> = { yu: ['上海', '海精', '精神', '一带', '带一', '一路'], han: ['上海', '海五', '五国', '一带', '带一', '一路'] };
const pagefind: Pagefind = {
  filters: async () => ({}),
  search: async (term) => ({
    filters: { article: Object.fromEntries(Object.entries(index).map(([slug, pairs]) => [slug, pairs.includes(term) ? 1 : 0])) },
  }),
};

test('an article is a candidate when it has the asked pair of some alternative of every narrowed term', async () => {
  assert.deepEqual(await candidateArticles(pagefind, [group('上海精神')]), new Set(['han', 'yu']), 'asks 上海 only: a superset');
  assert.deepEqual(await candidateArticles(pagefind, [group('精神')]), new Set(['yu']));
  assert.deepEqual(await candidateArticles(pagefind, [group('五国', '精神')]), new Set(['han', 'yu']));
  assert.deepEqual(await candidateArticles(pagefind, [group('一带一路'), group('精神')]), new Set(['yu']));
  assert.deepEqual(await candidateArticles(pagefind, [{ label: '量子', alternatives: ['量子'] }]), new Set());
});

test('a term without pairs admits every article (undefined), and does not narrow other terms', async () => {
  assert.equal(await candidateArticles(pagefind, [{ label: '路', alternatives: ['路'] }]), undefined);
  assert.deepEqual(await candidateArticles(pagefind, [{ label: '路', alternatives: ['路'] }, { label: '五国', alternatives: ['五国'] }]), new Set(['han']));
});

test('a page-long pair cache: a second search asks Pagefind only for pairs it has not seen', async () => {
  const asked: string[] = [];
  const counting: Pagefind = { filters: pagefind.filters, search: async (term) => (asked.push(term), pagefind.search(term)) };
  const cache: PairCache = new Map();
  assert.deepEqual(await candidateArticles(counting, [group('精神')], cache), new Set(['yu']));
  assert.deepEqual(await candidateArticles(counting, [group('精神'), group('五国'), group('一带一路')], cache), new Set());
  assert.deepEqual(asked, ['精神', '五国', '一带'], 'the second search: 精神 is known, two new pairs fit the budget');
});
