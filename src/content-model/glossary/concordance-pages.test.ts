/** Unit tests of the concordance's pages (concordance-pages.ts): boundaries, exact totals, every occurrence
 * on exactly one page in order, and page models whose size does not grow with the number of occurrences. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleCountPages, concordancePages, pageCount, pageWindow } from './concordance-pages.ts';
import type { ArticleOccurrences, Occurrence } from './concordance.ts';

function occurrence(article: string, i: number): Occurrence {
  return { ref: `${article}#p${i}`, anchor: `p${i}`, kind: 'paragraph', n: i, before: '前文', match: '上海精神', after: '后文' };
}

/** Articles `a0`, `a1`, … with the given numbers of occurrences. */
function groups(counts: readonly number[]): ArticleOccurrences[] {
  return counts.map((n, a) => ({ article: `a${a}`, occurrences: Array.from({ length: n }, (_, i) => occurrence(`a${a}`, i + 1)) }));
}

const flat = (gs: readonly ArticleOccurrences[]) => gs.flatMap((g) => g.occurrences.map((o) => `${g.article} ${o.ref}`));

test('page boundaries: exactly full pages, one over, one under', () => {
  for (const [total, pages] of [[0, 1], [1, 1], [49, 1], [50, 1], [51, 2], [100, 2], [101, 3]] as const) {
    const result = concordancePages(groups(total === 0 ? [] : [total]), 50);
    assert.equal(result.length, pages, `${total} occurrences`);
    assert.equal(pageCount(total, 50), pages);
    assert.ok(result.every((p) => p.total === total && p.pages === pages));
    assert.deepEqual(result.map((p) => p.count), Array.from({ length: pages }, (_, i) => Math.min(50, total - i * 50)).map((c) => Math.max(0, c)));
    assert.deepEqual(result.map((p) => p.first), result.map((_, i) => (total === 0 ? 0 : i * 50 + 1)));
  }
});

test('no occurrence lost or doubled: the pages concatenated are the concordance, in order', () => {
  for (const counts of [[3, 0, 7, 1, 50, 2], [120], [1, 1, 1, 1, 1], [49, 2, 49, 1]]) {
    for (const size of [1, 2, 7, 50]) {
      const gs = groups(counts).filter((g) => g.occurrences.length > 0);
      const pages = concordancePages(gs, size);
      const fromPages = pages.flatMap((p) => p.groups.flatMap((g) => g.occurrences.map((o) => `${g.article} ${o.ref}`)));
      assert.deepEqual(fromPages, flat(gs), `${counts} by ${size}`);
      for (const p of pages) {
        assert.equal(p.groups.reduce((s, g) => s + g.occurrences.length, 0), p.count);
        assert.ok(p.count <= size);
      }
    }
  }
});

test('an article split across pages says so on both sides, with its whole count', () => {
  const pages = concordancePages(groups([3, 5, 1]), 4);
  assert.deepEqual(
    pages.map((p) => p.groups.map((g) => [g.article, g.occurrences.length, g.articleCount, g.continued, g.continues])),
    [
      [['a0', 3, 3, false, false], ['a1', 1, 5, false, true]],
      [['a1', 4, 5, true, false]],
      [['a2', 1, 1, false, false]],
    ],
  );
});

test('the per-article counts are paged, exact, and name the concordance page where each article begins', () => {
  const gs = groups([3, 5, 1, 60, 2]);
  const pages = articleCountPages(gs, 2, 4);
  assert.deepEqual(pages.map((p) => [p.page, p.pages, p.total, p.first]), [[1, 3, 5, 1], [2, 3, 5, 3], [3, 3, 5, 5]]);
  assert.deepEqual(pages.flatMap((p) => p.articles), [
    { article: 'a0', count: 3, page: 1 },
    { article: 'a1', count: 5, page: 1 },
    { article: 'a2', count: 1, page: 3 },
    { article: 'a3', count: 60, page: 3 },
    { article: 'a4', count: 2, page: 18 },
  ]);
  const concordance = concordancePages(gs, 4);
  for (const a of pages.flatMap((p) => p.articles)) {
    assert.ok(concordance[a.page - 1]!.groups.some((g) => g.article === a.article && !g.continued), a.article);
  }
  assert.deepEqual(articleCountPages([], 2), [{ page: 1, pages: 1, total: 0, first: 0, articles: [] }]);
});

test('the pager links at most seven numbered pages, always the first and the last', () => {
  assert.deepEqual(pageWindow(1, 1), [1]);
  assert.deepEqual(pageWindow(1, 15), [1, 2, 3, 15]);
  assert.deepEqual(pageWindow(8, 15), [1, 6, 7, 8, 9, 10, 15]);
  assert.deepEqual(pageWindow(15, 15), [1, 13, 14, 15]);
  assert.ok(pageWindow(5000, 20000).length <= 7);
});

test('sizes that are not positive integers are refused', () => {
  for (const bad of [0, -1, 1.5, Number.NaN]) {
    assert.throws(() => concordancePages([], bad), RangeError);
    assert.throws(() => articleCountPages([], bad), RangeError);
  }
});

test('a page holds the same amount whatever the size of the corpus (a synthetic 1,000,000-occurrence term)', () => {
  // 10,000 articles × 100 occurrences: the model of any page stays the size of a page of 50, and the
  // per-article list pages of 100.
  const big = groups(Array.from({ length: 10_000 }, () => 100));
  const small = groups([60]);
  const bigPages = concordancePages(big, 50);
  assert.equal(bigPages.length, 20_000);
  assert.equal(bigPages[0]!.total, 1_000_000);
  const size = (p: unknown) => JSON.stringify(p).length;
  const largest = Math.max(...bigPages.map(size));
  const smallFirst = size(concordancePages(small, 50)[0]);
  assert.ok(largest <= smallFirst * 2.5, `largest page model ${largest} B against ${smallFirst} B for a 60-occurrence term`);
  assert.ok(bigPages.every((p) => p.count === 50 && p.groups.length <= 2));
  const articlePages = articleCountPages(big, 100, 50);
  assert.equal(articlePages.length, 100);
  assert.ok(articlePages.every((p) => p.articles.length === 100 && size(p) < 10_000));
  assert.equal(articlePages.at(-1)!.articles.at(-1)!.page, 20_000 - 1);
});
