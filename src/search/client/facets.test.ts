/** Unit tests of filtering, facet counts and ordering of search hits. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { facetValues, filterHits, noSection, orderHits } from './facets.ts';
import type { SearchHit } from './run-search.ts';

const yu = { slug: 'yu', title: '冷战后', authors: ['于洪君'], sourceKind: 'newspaper', year: '2021', order: 0, blocksBytes: 1 };
const han = { slug: 'han', title: '国际合作', authors: ['韩璐'], sourceKind: 'journal', order: 400, blocksBytes: 1 };
const hit = (article: SearchHit['article'], position: number, occurrences: number, section?: string): SearchHit => ({
  article,
  block: { anchor: `p${position}`, kind: 'paragraph', n: position, text: '', ...(section ? { section } : {}) },
  ranges: Array.from({ length: occurrences }, (_, i) => [i, i + 1]),
  position,
});
const hits = [hit(yu, 1, 1), hit(yu, 5, 1), hit(han, 2, 3, '一　原则'), hit(han, 9, 1, '二　历程')];

test('filters keep the hits matching every set facet', () => {
  assert.deepEqual(filterHits(hits, { kind: 'journal' }).map((h) => h.position), [2, 9]);
  assert.deepEqual(filterHits(hits, { author: '于洪君', year: '2021' }).map((h) => h.position), [1, 5]);
  assert.deepEqual(filterHits(hits, { section: noSection }).map((h) => h.position), [1, 5]);
  assert.deepEqual(filterHits(hits, { year: '2019' }), []);
});

test('facet values come with their counts, most first', () => {
  assert.deepEqual(facetValues(hits, 'article'), [{ value: 'han', count: 2 }, { value: 'yu', count: 2 }]);
  assert.deepEqual(facetValues(hits, 'year'), [{ value: '2021', count: 2 }]);
});

test('document order follows the site; relevance puts the article and blocks with more occurrences first', () => {
  assert.deepEqual(orderHits(hits, 'document').map((h) => `${h.article.slug}${h.position}`), ['yu1', 'yu5', 'han2', 'han9']);
  assert.deepEqual(orderHits(hits, 'relevance').map((h) => `${h.article.slug}${h.position}`), ['han2', 'han9', 'yu1', 'yu5']);
});
