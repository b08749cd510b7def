/**
 * Filtering, counting and ordering a search's results (search/client/run-search.ts) for the results page.
 *
 * Facets: `article` (slug), `author` (name), `kind` (source kind: journal, newspaper, roundtable…), `year`
 * — properties of an article, read from the manifest, so their counts come from the index's candidates
 * without loading any block — and `section` (the heading a block stands under; `（无小标题）` before the
 * first heading), a property of a block, known once the block is loaded.
 * - `articlePasses(article, filters)`: whether an article matches every article-level filter that is set;
 * - `filterHits(hits, filters)`: the hits matching every filter that is set;
 * - `facetCounts(articles, facet)`: each value with its number of hits, most first (ties in code-unit
 *   order): article-level facets sum each candidate article's count (search/client/run-search.ts
 *   `hitCount`: exact once verified or when the candidates are exact, else an upper bound); `section`
 *   counts the verified hits only;
 * - `orderArticles(articles, order)`: `document` — site order; `relevance` — articles with more candidate
 *   blocks first (the index's count, fixed for the result, so loading more pages never reorders what is
 *   shown), then site order;
 * - `orderArticleHits(hits, order)`: within an article, `document` — position; `relevance` — blocks with
 *   more occurrences first, then position. All are total orders (deterministic).
 * Errors: none.
 */
import { compareCodeUnits } from '../shared/compare-code-units.ts';
import type { SearchArticle } from '../shared/types.ts';
import { hitCount, type CandidateArticle, type SearchHit } from './run-search.ts';

export const facetNames = ['article', 'author', 'kind', 'year', 'section'] as const;
export type Facet = (typeof facetNames)[number];
export type ArticleFacet = Exclude<Facet, 'section'>;
export type Filters = Partial<Record<Facet, string>>;
export type Order = 'relevance' | 'document';

export const noSection = '（无小标题）';

export function articleFacetOf(article: SearchArticle, facet: ArticleFacet): string[] {
  switch (facet) {
    case 'article':
      return [article.slug];
    case 'author':
      return article.authors;
    case 'kind':
      return [article.sourceKind];
    case 'year':
      return article.year ? [article.year] : [];
  }
}

export function facetOf(hit: SearchHit, facet: Facet): string[] {
  return facet === 'section' ? [hit.block.section ?? noSection] : articleFacetOf(hit.article, facet);
}

export function articlePasses(article: SearchArticle, filters: Filters): boolean {
  return facetNames.every((facet) => facet === 'section' || filters[facet] === undefined || articleFacetOf(article, facet).includes(filters[facet]!));
}

export function filterHits(hits: readonly SearchHit[], filters: Filters): SearchHit[] {
  return hits.filter((hit) => facetNames.every((facet) => filters[facet] === undefined || facetOf(hit, facet).includes(filters[facet]!)));
}

export function facetCounts(articles: readonly CandidateArticle[], facet: Facet): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  const add = (value: string, n: number) => counts.set(value, (counts.get(value) ?? 0) + n);
  for (const a of articles) {
    if (facet === 'section') for (const hit of a.hits ?? []) add(hit.block.section ?? noSection, 1);
    else if (hitCount(a) > 0) for (const value of articleFacetOf(a.article, facet)) add(value, hitCount(a));
  }
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || compareCodeUnits(a.value, b.value));
}

const bySite = (a: CandidateArticle, b: CandidateArticle) => a.article.order - b.article.order || compareCodeUnits(a.article.slug, b.article.slug);

export function orderArticles(articles: readonly CandidateArticle[], order: Order): CandidateArticle[] {
  return [...articles].sort(order === 'document' ? bySite : (a, b) => b.candidates - a.candidates || bySite(a, b));
}

export function orderArticleHits(hits: readonly SearchHit[], order: Order): SearchHit[] {
  return [...hits].sort(order === 'document' ? (a, b) => a.position - b.position : (a, b) => b.ranges.length - a.ranges.length || a.position - b.position);
}
