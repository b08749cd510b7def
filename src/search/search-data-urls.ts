/**
 * Where a build's search data is served (search/search-data.ts): every file under one folder named by
 * the data's version, `/search/data/<version>/`, a digest of its content (search-data.ts
 * `searchDataVersion`). A rebuild with other text gets other URLs, so a host may let browsers keep
 * these files without asking again (`Cache-Control: immutable`, public/_headers), and a warm search
 * makes no request for them.
 *
 * Input: `searchDataBase(version)` → `/search/data/<version>/`; `searchDataPaths(base)` with that
 *   folder → `{ manifest: '<base>manifest.json', bundle: '<base>blocks.json', blocks(slug) →
 *   '<base>blocks/<slug>.json' }`: the manifest, every article's blocks in one file (built only when a
 *   first search reads every article: search/search-plan.ts `readsEveryArticle`), one article's blocks.
 *   Example: `searchDataPaths('/search/data/3f2a9c0d1e4b5a6c/').blocks('han')` →
 *   `/search/data/3f2a9c0d1e4b5a6c/blocks/han.json`.
 * Errors: none (browser-safe: used by the pages at build time and by search/search-client.ts).
 */
export interface SearchDataPaths {
  manifest: string;
  bundle: string;
  blocks(slug: string): string;
}

export function searchDataBase(version: string): string {
  return `/search/data/${version}/`;
}

export function searchDataPaths(base: string): SearchDataPaths {
  return { manifest: `${base}manifest.json`, bundle: `${base}blocks.json`, blocks: (slug) => `${base}blocks/${slug}.json` };
}
