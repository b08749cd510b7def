/**
 * Sizes and static paths of the site's paged lists — the catalogue of articles (components/ArticleList.astro)
 * and the sources' normalisation reports (components/SourceReportList.astro) — so that no page grows with
 * the corpus: at 1,000 articles the whole catalogue was 1.1 MB of HTML and the reports of 625 sources
 * 5.2 MB on one page.
 *
 * - `cataloguePageSize` = 100 articles (≈ 1 KB of HTML each); `sourceReportsPageSize` = 20 sources (a
 *   report with its hints is 2–10 KB);
 * - `pageCount(items, size)` → the number of pages (at least 1: an empty list has one empty page);
 * - `pageSlice(items, size, page)` → the items of page `page` (1-based) and the ordinal of its first;
 * - `laterPageParams(items, size)` → getStaticPaths entries for pages 2…n: `{ params: { page: '2' }, props: { page: 2 } }`.
 * Errors: `pageSlice` throws a RangeError for a page outside 1…pageCount (a build error, never a blank page).
 */
export const cataloguePageSize = 100;
export const sourceReportsPageSize = 20;

export function pageCount(items: number, size: number): number {
  return Math.max(1, Math.ceil(items / size));
}

export function pageSlice<T>(items: readonly T[], size: number, page: number): { items: T[]; first: number; pages: number } {
  const pages = pageCount(items.length, size);
  if (!Number.isInteger(page) || page < 1 || page > pages) throw new RangeError(`page ${page} is not one of 1…${pages}`);
  const from = (page - 1) * size;
  return { items: items.slice(from, from + size), first: from + 1, pages };
}

export function laterPageParams(items: number, size: number): { params: { page: string }; props: { page: number } }[] {
  return Array.from({ length: pageCount(items, size) - 1 }, (_, i) => ({ params: { page: String(i + 2) }, props: { page: i + 2 } }));
}
