/**
 * The part of Pagefind's browser API (dist/pagefind/pagefind.js, written by `pagefind --site dist`)
 * that the search page uses, typed after Pagefind 1.6's `pagefind_web_js` types, and its loader.
 *
 * Output: `loadPagefind()` resolves to the Pagefind module.
 * Errors: `loadPagefind()` rejects when the bundle is missing (e.g. under `astro dev`, or a build
 * made without the `pagefind` step).
 */

/** An element with an `id` on an indexed page; `location` is the index of the first word after it. */
export interface PagefindAnchor {
  element: string;
  id: string;
  /** The element's own text (top-level and inline text nodes), as plain text. */
  text?: string;
  location: number;
}

/** The loaded data of one matching page. */
export interface PagefindFragment {
  url: string;
  meta: Record<string, string | undefined>;
  /** Word indices of every match on the page. */
  locations: number[];
  /** Every element with an `id` inside the indexed body. */
  anchors: PagefindAnchor[];
}

export interface PagefindResult {
  data(): Promise<PagefindFragment>;
}

export interface Pagefind {
  search(term: string): Promise<{ results: PagefindResult[] }>;
}

/** Import the bundle at run time; the URL is a variable so that Vite leaves the import alone. */
export async function loadPagefind(): Promise<Pagefind> {
  const bundleUrl = '/pagefind/pagefind.js';
  return (await import(/* @vite-ignore */ bundleUrl)) as Pagefind;
}
