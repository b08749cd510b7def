/**
 * A glossary term's concordance cut into pages of a fixed size, so that no page grows with the corpus:
 * the term page shows the first page of occurrences and the first few articles with their counts, and
 * the rest is published as numbered pages (routes.ts `glossaryConcordancePath`, `glossaryTermArticlesPath`).
 *
 * Sizes: `occurrencesPerPage` = 100 keyword-in-context lines. A line is ≈ 0.5 KB of HTML and the page
 *   around it (layout, definition, pager) ≈ 20 KB, so a page is ≈ 70 KB, far under 1 MB whatever the
 *   corpus, while the layout repeated on every page adds only ≈ 0.2 KB per line to dist/ (at 50 a page it
 *   was ≈ 0.4 KB per line, i.e. +80 % over the lines themselves, measured on the built site); 100 lines
 *   are a few screens a reader scans (上海合作组织, 734 occurrences today, is 8 pages; 上海精神, 48, one);
 *   `articlesOnTermPage` = 10 rows of the per-article counts on the term page (as many as the cross-links
 *   under an article list), `articlesPerPage` = 100 rows on each page of the full per-article list.
 *
 * Input: the concordance (concordance.ts, `{ article, occurrences }[]` in corpus order) and a page size
 *   (a positive integer).
 * Output:
 *   - `concordancePages(groups, size)` → `ConcordancePage[]`, at least one page (an empty concordance has
 *     one empty page). Page `page` (1-based) of `pages` holds the occurrences `first` … `first + count − 1`
 *     (1-based ordinals in corpus order) of `total`, grouped by article as on the full concordance; a group
 *     says the article's whole count (`articleCount`) and whether it continues from the previous page
 *     (`continued`) or on the next one (`continues`). Concatenating the pages' occurrences gives the
 *     concordance exactly: every occurrence on one page only, in order.
 *   - `articleCountPages(groups, articlesSize, occurrencesSize)` → `ArticleCountPage[]`, the articles with their counts,
 *     `articlesSize` to a page, each naming the concordance page where its occurrences begin.
 *   - `pageWindow(page, pages)` → the page numbers a pager links besides previous/next: the first, the last
 *     and two either side of the current one (at most 7, whatever the number of pages).
 * Errors: `RangeError` for a size that is not a positive integer.
 */
import type { ArticleOccurrences, Occurrence } from './concordance.ts';

export const occurrencesPerPage = 100;
export const articlesOnTermPage = 10;
export const articlesPerPage = 100;

export interface ConcordancePageGroup {
  article: string;
  /** The article's occurrences on this page. */
  occurrences: Occurrence[];
  /** All the article's occurrences in the corpus. */
  articleCount: number;
  /** The article's occurrences began on an earlier page. */
  continued: boolean;
  /** The article's occurrences go on to the next page. */
  continues: boolean;
}

export interface ConcordancePage {
  page: number;
  pages: number;
  total: number;
  /** 1-based ordinal of the page's first occurrence in the whole concordance (0 when there is none). */
  first: number;
  /** Occurrences on this page. */
  count: number;
  groups: ConcordancePageGroup[];
}

export interface ArticleCount {
  article: string;
  count: number;
  /** The concordance page on which the article's occurrences begin. */
  page: number;
}

export interface ArticleCountPage {
  page: number;
  pages: number;
  /** Number of articles in all. */
  total: number;
  /** 1-based ordinal of the page's first article (0 when there is none). */
  first: number;
  articles: ArticleCount[];
}

function checkSize(size: number): void {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size ${size} is not a positive integer`);
}

/** Number of pages for `count` items, `size` to a page: at least one. */
export function pageCount(count: number, size: number): number {
  checkSize(size);
  return Math.max(1, Math.ceil(count / size));
}

export function concordancePages(groups: readonly ArticleOccurrences[], size: number = occurrencesPerPage): ConcordancePage[] {
  checkSize(size);
  const total = groups.reduce((sum, g) => sum + g.occurrences.length, 0);
  const pages = pageCount(total, size);
  const result: ConcordancePage[] = Array.from({ length: pages }, (_, i) => ({
    page: i + 1,
    pages,
    total,
    first: total === 0 ? 0 : i * size + 1,
    count: Math.min(size, total - i * size),
    groups: [],
  }));
  if (total === 0) result[0]!.count = 0;
  let index = 0;
  for (const g of groups) {
    const start = index;
    const end = index + g.occurrences.length;
    for (let from = start; from < end; ) {
      const page = Math.floor(from / size);
      const to = Math.min(end, (page + 1) * size);
      result[page]!.groups.push({
        article: g.article,
        occurrences: g.occurrences.slice(from - start, to - start),
        articleCount: g.occurrences.length,
        continued: from > start,
        continues: to < end,
      });
      from = to;
    }
    index = end;
  }
  return result;
}

export function articleCountPages(
  groups: readonly ArticleOccurrences[],
  size: number = articlesPerPage,
  occurrencesSize: number = occurrencesPerPage,
): ArticleCountPage[] {
  checkSize(size);
  checkSize(occurrencesSize);
  const counts: ArticleCount[] = [];
  let index = 0;
  for (const g of groups) {
    if (g.occurrences.length === 0) continue;
    counts.push({ article: g.article, count: g.occurrences.length, page: Math.floor(index / occurrencesSize) + 1 });
    index += g.occurrences.length;
  }
  const pages = pageCount(counts.length, size);
  return Array.from({ length: pages }, (_, i) => ({
    page: i + 1,
    pages,
    total: counts.length,
    first: counts.length === 0 ? 0 : i * size + 1,
    articles: counts.slice(i * size, (i + 1) * size),
  }));
}

export function pageWindow(page: number, pages: number): number[] {
  const wanted = new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages]);
  return [...wanted].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
}
