/**
 * Which hits a page of search results shows, and which articles must be verified first: results arrive
 * `pageSize` (20) hits at a time, in the order of the articles (search/client/facets.ts `orderArticles`)
 * and of each article's hits, so that the first screen renders once the text of its own articles is
 * loaded, and "显示更多结果" asks for the next page (search/client/search-page.ts). An article is verified
 * whole (its count is then exact), even when a page shows only part of it.
 *
 * Input: the candidate articles already filtered by the article-level facets and ordered
 *   (facets.ts `articlePasses`, `orderArticles`), the filters (for `section`, which only a verified article
 *   can answer), and the page number (1 = the first `pageSize` hits; page p shows the first p × `pageSize`).
 * Output: `{ shown, pending, more }`: `shown` the articles to render, in order, each `{ article, limit }`
 *   (how many of its hits under the filters to show: all but perhaps in the last one), until
 *   `page × pageSize` hits (verified articles without a hit under the filters are skipped; an unverified
 *   article counts its candidates); `pending` the articles of `shown` not verified yet (the caller verifies
 *   them, search/client/run-search.ts `verify`, and plans again until none is pending); `more` whether a
 *   hit may remain after those shown.
 *   E.g. articles with 12, 5 and 9 hits, page 1 → 12, 5 and 3 of the 9, more = true.
 * Errors: none.
 */
import { filterHits, type Filters } from './facets.ts';
import type { CandidateArticle } from './run-search.ts';

export const pageSize = 20;

/** How many hits an article shows under the filters: its filtered hits once verified, else its candidates. */
export function shownCount(article: CandidateArticle, filters: Filters): number {
  return article.hits ? filterHits(article.hits, filters).length : article.positions.length;
}

export interface ShownArticle {
  article: CandidateArticle;
  /** How many of its hits (under the filters, in the page's order) are shown. */
  limit: number;
}

export function pagePlan(ordered: readonly CandidateArticle[], filters: Filters, page: number): { shown: ShownArticle[]; pending: CandidateArticle[]; more: boolean } {
  const shown: ShownArticle[] = [];
  const pending: CandidateArticle[] = [];
  const wanted = page * pageSize;
  let total = 0;
  for (let i = 0; i < ordered.length; i++) {
    const article = ordered[i]!;
    const count = shownCount(article, filters);
    if (count === 0) continue;
    const limit = Math.min(count, wanted - total);
    shown.push({ article, limit });
    if (!article.hits) pending.push(article);
    total += limit;
    if (total >= wanted) return { shown, pending, more: limit < count || ordered.slice(i + 1).some((a) => shownCount(a, filters) > 0) };
  }
  return { shown, pending, more: false };
}
