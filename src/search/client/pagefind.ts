/**
 * The part of Pagefind's browser API (dist/pagefind/pagefind.js, written by `pagefind --site dist`) that
 * search uses, typed after Pagefind 1.6's `pagefind_web_js` types, and its loader.
 *
 * Only `search(term)` and the per-filter counts of its response are used (search/client/candidates.ts reads
 * which articles match from the `article` filter), so no page data is ever loaded from Pagefind.
 * Pagefind runs on the page's main thread (`noWorker`): its worker script would add 42 KB (12 KB gzip)
 * and a request to the chain before the WASM, for searches of a few milliseconds each.
 * Output: `loadPagefind()` resolves to the Pagefind module, initialised, with its filter index loaded;
 *   the same promise for every caller in a page's module graph; the bundle itself is one module
 *   instance per page, so a script that imports it earlier with the same `pagefindInitOptions` (the
 *   search page's head) has done the work; `pagefindStarted()`, whether it has been called.
 *   `pagefindPreloads`: files that load needs, for `<link rel="preload">`.
 * Errors: `loadPagefind()` rejects when the bundle is missing (e.g. under `astro dev`, or a build
 * made without the `pagefind` step).
 */
import { pagefindBundlePath, pagefindWasmPath } from '../../routes.ts';

export interface PagefindResponse {
  /** Per filter, the number of matching pages for each value (`{ article: { 'yu-hongjun-…': 1 } }`). */
  filters?: Record<string, Record<string, number>>;
}

export interface Pagefind {
  search(term: string): Promise<PagefindResponse>;
  /** Loads the filter index; until it is loaded, search responses carry no filter counts. */
  filters(): Promise<Record<string, Record<string, number>>>;
}

interface PagefindModule extends Pagefind {
  options(options: { noWorker?: boolean }): Promise<void>;
}

/** The bundle's URL (routes.ts). */
export const pagefindBundle = pagefindBundlePath;

/** Set before Pagefind initialises (by whichever script imports it first). */
export const pagefindInitOptions = { noWorker: true } as const;

/**
 * What Pagefind fetches before its first search, after its bundle and the unhashed
 * `pagefind-entry.json` (always fetched with a cache-busting `?ts=`): the WASM, named after the entry's
 * `wasm` field (`null` for zh-cn, hence `unknown`), then the hashed meta and filter files named by the
 * entry. Only names fixed before `pagefind` runs can be preloaded: the WASM.
 */
export const pagefindPreloads = [{ rel: 'preload', href: pagefindWasmPath, as: 'fetch', crossorigin: 'anonymous' }] as const;

let loading: Promise<Pagefind> | undefined;

/** Whether `loadPagefind()` has been called on this page (search/shared/search-plan.ts weighs its cost). */
export function pagefindStarted(): boolean {
  return loading !== undefined;
}

/**
 * Import the bundle at run time (the URL is a variable so that Vite leaves the import alone), switch
 * off its worker and load its filter index, so that every search response reports its `article` counts.
 */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ pagefindBundle)) as PagefindModule;
    await pagefind.options(pagefindInitOptions);
    await pagefind.filters();
    return pagefind;
  })();
  return loading;
}
