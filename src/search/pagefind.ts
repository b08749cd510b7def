/**
 * The part of Pagefind's browser API (dist/pagefind/pagefind.js, written by `pagefind --site dist`) that
 * search uses, typed after Pagefind 1.6's `pagefind_web_js` types, and its loader.
 *
 * Only `search(term)` and the per-filter counts of its response are used (search/candidates.ts reads
 * which articles match from the `article` filter), so no page data is ever loaded from Pagefind.
 * Output: `loadPagefind()` resolves to the Pagefind module.
 * Errors: `loadPagefind()` rejects when the bundle is missing (e.g. under `astro dev`, or a build
 * made without the `pagefind` step).
 */

export interface PagefindResponse {
  /** Per filter, the number of matching pages for each value (`{ article: { 'yu-hongjun-…': 1 } }`). */
  filters?: Record<string, Record<string, number>>;
}

export interface Pagefind {
  search(term: string): Promise<PagefindResponse>;
  /** Loads the filter index; until it is loaded, search responses carry no filter counts. */
  filters(): Promise<Record<string, Record<string, number>>>;
}

/**
 * Import the bundle at run time (the URL is a variable so that Vite leaves the import alone) and load
 * its filter index, so that every search response reports its `article` counts.
 */
export async function loadPagefind(): Promise<Pagefind> {
  const bundleUrl = '/pagefind/pagefind.js';
  const pagefind = (await import(/* @vite-ignore */ bundleUrl)) as Pagefind;
  await pagefind.filters();
  return pagefind;
}
