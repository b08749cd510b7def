/** Unit tests of the results page's paging plan: whole articles until a page of hits, unverified ones flagged. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pagePlan, pageSize } from './result-pages.ts';
import type { CandidateArticle, SearchHit } from './run-search.ts';

const article = (slug: string, order: number) => ({ slug, title: slug, authors: [], sourceKind: 'journal', order, blocksBytes: 1 });
const hits = (a: SearchHit['article'], n: number, section?: string): SearchHit[] =>
  Array.from({ length: n }, (_, position) => ({ article: a, block: { anchor: `p${position}`, kind: 'paragraph', text: '', ...(section ? { section } : {}) }, ranges: [[0, 1]], position }));
const unverified = (slug: string, n: number): CandidateArticle => ({ index: 0, article: article(slug, 0), candidates: n, positions: Array.from({ length: n }, (_, i) => i) });
const verified = (slug: string, n: number, section?: string): CandidateArticle => {
  const own = hits(article(slug, 0), n, section);
  return { index: 0, article: own[0]?.article ?? article(slug, 0), candidates: n, positions: own.map((h) => h.position), hits: own };
};

test('a page is whole articles until their hits reach 20; the unverified ones among them are pending', () => {
  assert.equal(pageSize, 20);
  const plan = pagePlan([verified('a', 12), unverified('b', 5), unverified('c', 9), unverified('d', 30)], {}, 1);
  assert.deepEqual(plan.shown.map((a) => a.article.slug), ['a', 'b', 'c']);
  assert.deepEqual(plan.pending.map((a) => a.article.slug), ['b', 'c']);
  assert.equal(plan.more, true);
  // Page 2 reaches 40: d joins.
  assert.deepEqual(pagePlan([verified('a', 12), verified('b', 5), verified('c', 9), unverified('d', 30)], {}, 2).shown.map((a) => a.article.slug), ['a', 'b', 'c', 'd']);
});

test('verified articles without hits (under the section filter too) are skipped, and "more" only when hits may remain', () => {
  const ordered = [verified('a', 0), verified('b', 25, '一'), verified('c', 3, '二'), verified('d', 0)];
  assert.deepEqual(pagePlan(ordered, {}, 1), { shown: [ordered[1]], pending: [], more: true });
  assert.deepEqual(pagePlan(ordered, {}, 2), { shown: [ordered[1], ordered[2]], pending: [], more: false });
  assert.deepEqual(pagePlan(ordered, { section: '二' }, 1), { shown: [ordered[2]], pending: [], more: false });
  assert.deepEqual(pagePlan([], {}, 1), { shown: [], pending: [], more: false });
});
