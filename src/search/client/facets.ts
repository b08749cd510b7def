/**
 * Filtering, counting and ordering search hits (search/client/run-search.ts) for the results page.
 *
 * Facets: `article` (slug), `author` (name), `kind` (source kind: journal, newspaper, roundtable), `year`,
 * `section` (the heading a block stands under; `（无小标题）` before the first heading).
 * - `filterHits(hits, filters)`: the hits matching every filter that is set;
 * - `facetValues(hits, facet)`: each value among `hits` with its number of hits, most first;
 * - `orderHits(hits, order)`: `document` — site order of articles, then position; `relevance` — articles
 *   with more occurrences first, and within an article the blocks with more occurrences first, then
 *   position. Both are total orders (deterministic).
 * Errors: none.
 */
import { compareCodeUnits } from '../shared/compare-code-units.ts';
import type { SearchHit } from './run-search.ts';

export const facetNames = ['article', 'author', 'kind', 'year', 'section'] as const;
export type Facet = (typeof facetNames)[number];
export type Filters = Partial<Record<Facet, string>>;
export type Order = 'relevance' | 'document';

export const noSection = '（无小标题）';

export function facetOf(hit: SearchHit, facet: Facet): string[] {
  switch (facet) {
    case 'article':
      return [hit.article.slug];
    case 'author':
      return hit.article.authors;
    case 'kind':
      return [hit.article.sourceKind];
    case 'year':
      return hit.article.year ? [hit.article.year] : [];
    case 'section':
      return [hit.block.section ?? noSection];
  }
}

export function filterHits(hits: readonly SearchHit[], filters: Filters): SearchHit[] {
  return hits.filter((hit) => facetNames.every((facet) => filters[facet] === undefined || facetOf(hit, facet).includes(filters[facet]!)));
}

export function facetValues(hits: readonly SearchHit[], facet: Facet): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const hit of hits) for (const value of facetOf(hit, facet)) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || compareCodeUnits(a.value, b.value));
}

export function orderHits(hits: readonly SearchHit[], order: Order): SearchHit[] {
  const byDocument = (a: SearchHit, b: SearchHit) => a.article.order - b.article.order || compareCodeUnits(a.article.slug, b.article.slug) || a.position - b.position;
  if (order === 'document') return [...hits].sort(byDocument);
  const weight = new Map<string, number>();
  for (const hit of hits) weight.set(hit.article.slug, (weight.get(hit.article.slug) ?? 0) + hit.ranges.length);
  return [...hits].sort(
    (a, b) =>
      weight.get(b.article.slug)! - weight.get(a.article.slug)! ||
      a.article.order - b.article.order ||
      compareCodeUnits(a.article.slug, b.article.slug) ||
      b.ranges.length - a.ranges.length ||
      a.position - b.position,
  );
}
