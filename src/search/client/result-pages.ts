/**
 * Which articles a page of search results shows, and which of them must be verified first: results
 * arrive in pages of at least `pageSize` (20) hits, whole articles at a time (a group is never cut), so
 * that the first screen renders once the text of its own articles is loaded, and "显示更多结果" asks for
 * the next page (search/client/search-page.ts).
 *
 * Input: the candidate articles already filtered by the article-level facets and ordered
 *   (search/client/facets.ts `articlePasses`, `orderArticles`), the filters (for `section`, which only a
 *   verified article can answer), and the page number (1 = the first `pageSize` hits; page p shows the
 *   first p pages).
 * Output: `{ shown, pending, more }`: `shown` the articles to render, in order, until their hits reach
 *   `page × pageSize` (verified articles without a hit under the filters are skipped; an unverified
 *   article counts its candidates); `pending` those of `shown` not verified yet (the caller verifies them,
 *   search/client/run-search.ts `verify`, and plans again until none is pending); `more` whether an
 *   article after `shown` may still have hits.
 *   E.g. articles with 12, 5 and 9 hits, page 1 → the first two and the third (12 + 5 < 20), more = false.
 * Errors: none.
 */
import { filterHits, type Filters } from './facets.ts';
import type { CandidateArticle } from './run-search.ts';

export const pageSize = 20;

/** How many hits an article shows under the filters: its filtered hits once verified, else its candidates. */
export function shownCount(article: CandidateArticle, filters: Filters): number {
  return article.hits ? filterHits(article.hits, filters).length : article.positions.length;
}

export function pagePlan(ordered: readonly CandidateArticle[], filters: Filters, page: number): { shown: CandidateArticle[]; pending: CandidateArticle[]; more: boolean } {
  const shown: CandidateArticle[] = [];
  const pending: CandidateArticle[] = [];
  let total = 0;
  for (let i = 0; i < ordered.length; i++) {
    const article = ordered[i]!;
    const count = shownCount(article, filters);
    if (count === 0) continue;
    shown.push(article);
    if (!article.hits) pending.push(article);
    total += count;
    if (total >= page * pageSize) return { shown, pending, more: ordered.slice(i + 1).some((a) => shownCount(a, filters) > 0) };
  }
  return { shown, pending, more: false };
}
