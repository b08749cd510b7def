/** Unit tests of filtering, facet counts and ordering of a search's candidate articles and hits. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articlePasses, facetCounts, filterHits, noSection, orderArticleHits, orderArticles } from './facets.ts';
import type { CandidateArticle, SearchHit } from './run-search.ts';

const yu = { slug: 'yu', title: '冷战后', authors: ['于洪君'], sourceKind: 'newspaper', year: '2021', order: 0, blocksBytes: 1 };
const han = { slug: 'han', title: '国际合作', authors: ['韩璐'], sourceKind: 'journal', order: 400, blocksBytes: 1 };
const chen = { slug: 'chen', title: '国际展望', authors: ['陈亚州', '曾向红'], sourceKind: 'journal', year: '2019', order: 300, blocksBytes: 1 };
const hit = (article: SearchHit['article'], position: number, occurrences: number, section?: string): SearchHit => ({
  article,
  block: { anchor: `p${position}`, kind: 'paragraph', n: position, text: '', ...(section ? { section } : {}) },
  ranges: Array.from({ length: occurrences }, (_, i) => [i, i + 1]),
  position,
});
const hits = [hit(yu, 1, 1), hit(yu, 5, 1), hit(han, 2, 3, '一　原则'), hit(han, 9, 1, '二　历程')];
const verified = (article: SearchHit['article'], index: number, own: SearchHit[]): CandidateArticle => ({ index, article, candidates: own.length, positions: own.map((h) => h.position), hits: own });
// chen is not verified yet: 4 candidate blocks, no hits known.
const articles: CandidateArticle[] = [verified(yu, 0, hits.slice(0, 2)), { index: 2, article: chen, candidates: 4, positions: [3, 4, 8, 9] }, verified(han, 1, hits.slice(2))];

test('filters keep the hits matching every set facet; article-level filters need no block', () => {
  assert.deepEqual(filterHits(hits, { kind: 'journal' }).map((h) => h.position), [2, 9]);
  assert.deepEqual(filterHits(hits, { author: '于洪君', year: '2021' }).map((h) => h.position), [1, 5]);
  assert.deepEqual(filterHits(hits, { section: noSection }).map((h) => h.position), [1, 5]);
  assert.deepEqual(filterHits(hits, { year: '2019' }), []);
  assert.deepEqual(articles.filter((a) => articlePasses(a.article, { author: '曾向红', section: 'anything' })).map((a) => a.article.slug), ['chen']);
});

test('facet counts: article-level facets count candidates of unverified articles, sections only verified hits; most first', () => {
  assert.deepEqual(facetCounts(articles, 'article'), [{ value: 'chen', count: 4 }, { value: 'han', count: 2 }, { value: 'yu', count: 2 }]);
  assert.deepEqual(facetCounts(articles, 'kind'), [{ value: 'journal', count: 6 }, { value: 'newspaper', count: 2 }]);
  assert.deepEqual(facetCounts(articles, 'author'), [{ value: '曾向红', count: 4 }, { value: '陈亚州', count: 4 }, { value: '于洪君', count: 2 }, { value: '韩璐', count: 2 }]);
  assert.deepEqual(facetCounts(articles, 'year'), [{ value: '2019', count: 4 }, { value: '2021', count: 2 }]);
  assert.deepEqual(facetCounts(articles, 'section'), [{ value: noSection, count: 2 }, { value: '一　原则', count: 1 }, { value: '二　历程', count: 1 }]);
  // A verified article without a hit counts for nothing.
  assert.deepEqual(facetCounts([{ ...articles[1]!, positions: [], hits: [] }], 'article'), []);
});

test('document order follows the site; relevance puts articles with more candidates first, and blocks with more occurrences', () => {
  assert.deepEqual(orderArticles(articles, 'document').map((a) => a.article.slug), ['yu', 'chen', 'han']);
  assert.deepEqual(orderArticles(articles, 'relevance').map((a) => a.article.slug), ['chen', 'yu', 'han']);
  assert.deepEqual(orderArticleHits(hits.slice(2).reverse(), 'document').map((h) => h.position), [2, 9]);
  assert.deepEqual(orderArticleHits([hit(han, 1, 1), hit(han, 7, 2), hit(han, 3, 2)], 'relevance').map((h) => h.position), [3, 7, 1]);
});
