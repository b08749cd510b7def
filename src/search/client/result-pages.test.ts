/** Unit tests of the results page's paging plan: 20 hits a page in article order, unverified articles flagged. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pagePlan, pageSize } from './result-pages.ts';
import type { CandidateArticle, SearchHit } from './run-search.ts';

const article = (slug: string) => ({ slug, title: slug, authors: [], sourceKind: 'journal', order: 0, blocksBytes: 1 });
const hits = (a: SearchHit['article'], n: number, section?: string): SearchHit[] =>
  Array.from({ length: n }, (_, position) => ({ article: a, block: { anchor: `p${position}`, kind: 'paragraph', text: '', ...(section ? { section } : {}) }, ranges: [[0, 1]], position }));
const unverified = (slug: string, n: number): CandidateArticle => ({ index: 0, article: article(slug), candidates: n, positions: Array.from({ length: n }, (_, i) => i) });
const verified = (slug: string, n: number, section?: string): CandidateArticle => {
  const a = article(slug);
  const own = hits(a, n, section);
  return { index: 0, article: a, candidates: n, positions: own.map((h) => h.position), hits: own };
};
const summary = (plan: ReturnType<typeof pagePlan>) => ({ shown: plan.shown.map((s) => `${s.article.article.slug}:${s.limit}`), pending: plan.pending.map((a) => a.article.slug), more: plan.more });

test('a page is the next 20 hits in article order; the unverified articles it reaches are pending', () => {
  assert.equal(pageSize, 20);
  const ordered = [verified('a', 12), unverified('b', 5), unverified('c', 9), unverified('d', 30)];
  assert.deepEqual(summary(pagePlan(ordered, {}, 1)), { shown: ['a:12', 'b:5', 'c:3'], pending: ['b', 'c'], more: true });
  assert.deepEqual(summary(pagePlan(ordered, {}, 2)), { shown: ['a:12', 'b:5', 'c:9', 'd:14'], pending: ['b', 'c', 'd'], more: true });
  assert.deepEqual(summary(pagePlan(ordered, {}, 3)), { shown: ['a:12', 'b:5', 'c:9', 'd:30'], pending: ['b', 'c', 'd'], more: false });
  // An article larger than a page is cut, and the next page goes on inside it.
  assert.deepEqual(summary(pagePlan([verified('big', 118), verified('e', 3)], {}, 2)), { shown: ['big:40'], pending: [], more: true });
});

test('verified articles without hits (under the section filter too) are skipped, and "more" only when hits may remain', () => {
  const ordered = [verified('a', 0), verified('b', 20, '一'), verified('c', 3, '二'), verified('d', 0)];
  assert.deepEqual(summary(pagePlan(ordered, {}, 1)), { shown: ['b:20'], pending: [], more: true });
  assert.deepEqual(summary(pagePlan(ordered, {}, 2)), { shown: ['b:20', 'c:3'], pending: [], more: false });
  assert.deepEqual(summary(pagePlan(ordered, { section: '二' }, 1)), { shown: ['c:3'], pending: [], more: false });
  assert.deepEqual(summary(pagePlan([], {}, 1)), { shown: [], pending: [], more: false });
});
