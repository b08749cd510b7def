/**
 * The search data a page fetches (search/search-data.ts), each file at most once per page: shared by
 * the script that starts loading early (the search page's head) and the script that searches.
 *
 * Output: `loadManifest()` → `/search/manifest.json`; `loadBlocks(slug)` → the article's blocks: from
 *   `/search/blocks.json` (every article's, one request for all) when a first search reads every
 *   article (search/search-plan.ts `readsEveryArticle`, the rule by which the build makes that file),
 *   else from `/search/blocks/<slug>.json`; `requestedBlocks()` → the slugs whose blocks this page has asked
 *   for (a later search need not ask Pagefind to narrow articles that are already here:
 *   search/run-search.ts).
 * Errors: each promise rejects with `<url>: HTTP <status>` on a failed response, the fetch's or JSON
 *   parser's error, or `/search/blocks.json: no blocks for <slug>`.
 */
import type { SearchBlock, SearchManifest } from './search-data.ts';
import { readsEveryArticle } from './search-plan.ts';

export const manifestUrl = '/search/manifest.json';
export const bundleUrl = '/search/blocks.json';

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

let manifest: Promise<SearchManifest> | undefined;
let bundle: Promise<Record<string, SearchBlock[]>> | undefined;
const blocks = new Map<string, Promise<SearchBlock[]>>();

export function loadManifest(): Promise<SearchManifest> {
  manifest ??= getJson<SearchManifest>(manifestUrl);
  return manifest;
}

export function loadBlocks(slug: string): Promise<SearchBlock[]> {
  let promise = blocks.get(slug);
  if (!promise) {
    promise = loadManifest().then(async (manifest) => {
      if (!readsEveryArticle(manifest)) return getJson<SearchBlock[]>(`/search/blocks/${slug}.json`);
      bundle ??= getJson<Record<string, SearchBlock[]>>(bundleUrl);
      const found = (await bundle)[slug];
      if (!found) throw new Error(`${bundleUrl}: no blocks for ${slug}`);
      return found;
    });
    blocks.set(slug, promise);
  }
  return promise;
}

export function requestedBlocks(): ReadonlySet<string> {
  return new Set(blocks.keys());
}
