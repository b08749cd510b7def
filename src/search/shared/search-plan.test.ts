/** Unit tests of the choice between narrowing with Pagefind and reading every article's blocks. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { narrowWithPagefind, readsEveryArticle } from './search-plan.ts';

const plan = (sizes: number[]) => ({
  articles: { slugs: sizes.map((_, i) => `a${i}`), blocksBytes: sizes },
  pagefindBytes: { cold: 107_000, chunk: 38_000 },
});

test('today: 8 articles of 85 KB of blocks in all are read whole, not narrowed', () => {
  assert.equal(narrowWithPagefind(plan([19261, 2615, 19031, 3002, 3821, 7993, 18526, 2024]), new Set(), false), false);
});

test('a corpus whose blocks outweigh Pagefind is narrowed; a page with Pagefind weighs one more chunk', () => {
  const big = plan(Array.from({ length: 20 }, () => 10_000)); // 200 KB
  assert.equal(narrowWithPagefind(big, new Set(), false), true);
  const mostLoaded = new Set(Array.from({ length: 15 }, (_, i) => `a${i}`)); // 50 KB left
  assert.equal(narrowWithPagefind(big, mostLoaded, false), false);
  assert.equal(narrowWithPagefind(big, mostLoaded, true), true);
});

test('nothing left to load: never narrowed, whatever Pagefind costs', () => {
  const free = { ...plan([1, 2]), pagefindBytes: { cold: 0, chunk: 0 } };
  assert.equal(narrowWithPagefind(free, new Set(['a0', 'a1']), true), false);
  assert.equal(narrowWithPagefind(free, new Set(['a0']), true), true);
});

test('a first search reads every article exactly when it does not narrow with nothing loaded', () => {
  assert.equal(readsEveryArticle(plan([19261, 2615, 19031, 3002, 3821, 7993, 18526, 2024])), true);
  assert.equal(readsEveryArticle(plan(Array.from({ length: 20 }, () => 10_000))), false);
  assert.equal(readsEveryArticle({ ...plan([1]), pagefindBytes: { cold: 0, chunk: 0 } }), false);
});
