/**
 * The search data a page fetches (search/index/search-data.ts), each file at most once per page: shared by
 * the script that starts loading early (the search page's head) and the script that searches. The data
 * lies under the folder that the page's `<html data-search-data>` names, `/search/data/<version>/`
 * (set by the pages that search: layouts/Base.astro's `searchData` prop; the file names: routes.ts
 * `searchDataPaths`).
 *
 * Output: `loadManifest()` → `<folder>manifest.json`; `loadBlocks(slug)` → the article's blocks: from
 *   `<folder>blocks.json` (every article's, one request for all) when a first search reads every
 *   article (search/shared/search-plan.ts `readsEveryArticle`, the rule by which the build makes that file),
 *   else from `<folder>blocks/<slug>.json`; `loadShard(n)` → `<folder>index/<n>.json`, a shard of the
 *   paragraph-level index (routes.ts `searchIndexShardPath`); `loadChunk(n)` → `<folder>chunks/<n>.json`, the blocks
 *   of chunk n (routes.ts `searchBlockChunkPath`); `loadTitles(manifest, indexes)` → the titles of those
 *   articles set on the manifest's articles (`<folder>titles/<n>.json`, routes.ts `searchTitleShardPath`);
 *   each file at most once a page; `requestedBlocks()` → the slugs whose blocks this page has
 *   asked for (a later search need not ask Pagefind to narrow articles that are already here:
 *   search/client/run-search.ts).
 * Errors: each promise rejects with `<url>: HTTP <status>` on a failed response, the fetch's or JSON
 *   parser's error, `<folder>blocks.json: no blocks for <slug>`, or, on a page without
 *   `data-search-data`, `this page names no search data (<html data-search-data>)`.
 */
import type { SearchBlock, SearchManifest } from '../shared/types.ts';
import type { IndexShard } from '../shared/postings.ts';
import { searchBlockChunkPath, searchDataPaths, searchIndexShardPath, searchTitleShardPath, type SearchDataPaths } from '../../routes.ts';
import { setTitles, tableArticles, titleShardOf } from '../shared/article-table.ts';
import { readsEveryArticle } from '../shared/search-plan.ts';

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** The URLs of the search data this page was built with. */
function paths(): SearchDataPaths {
  const base = document.documentElement.dataset['searchData'];
  if (!base) throw new Error('this page names no search data (<html data-search-data>)');
  return searchDataPaths(base);
}

let manifest: Promise<SearchManifest> | undefined;
const shards = new Map<number, Promise<IndexShard>>();
const chunks = new Map<number, Promise<SearchBlock[]>>();

/** The folder this page's search data lies in (`<html data-search-data>`). */
function base(): string {
  const folder = document.documentElement.dataset['searchData'];
  if (!folder) throw new Error('this page names no search data (<html data-search-data>)');
  return folder;
}
let bundle: Promise<Record<string, SearchBlock[]>> | undefined;
const blocks = new Map<string, Promise<SearchBlock[]>>();

export function loadManifest(): Promise<SearchManifest> {
  manifest ??= Promise.resolve().then(() => getJson<SearchManifest>(paths().manifest));
  return manifest;
}

export function loadBlocks(slug: string): Promise<SearchBlock[]> {
  let promise = blocks.get(slug);
  if (!promise) {
    promise = loadManifest().then(async (manifest) => {
      const { bundle: bundleUrl, blocks: blocksUrl } = paths();
      if (!readsEveryArticle(manifest)) return getJson<SearchBlock[]>(blocksUrl(slug));
      bundle ??= getJson<Record<string, SearchBlock[]>>(bundleUrl);
      const found = (await bundle)[slug];
      if (!found) throw new Error(`${bundleUrl}: no blocks for ${slug}`);
      return found;
    });
    blocks.set(slug, promise);
  }
  return promise;
}

export function loadShard(shard: number): Promise<IndexShard> {
  let promise = shards.get(shard);
  if (!promise) {
    promise = Promise.resolve().then(() => getJson<IndexShard>(searchIndexShardPath(base(), shard)));
    shards.set(shard, promise);
  }
  return promise;
}

export function loadChunk(chunk: number): Promise<SearchBlock[]> {
  let promise = chunks.get(chunk);
  if (!promise) {
    promise = Promise.resolve().then(() => getJson<SearchBlock[]>(searchBlockChunkPath(base(), chunk)));
    chunks.set(chunk, promise);
  }
  return promise;
}

const titleShards = new Map<number, Promise<void>>();

/**
 * Loads the titles of these articles (their indexes in site order) into the manifest's articles
 * (search/shared/article-table.ts `tableArticles`): each title shard at most once a page, in parallel.
 */
export async function loadTitles(manifest: SearchManifest, indexes: Iterable<number>): Promise<void> {
  const all = tableArticles(manifest.articles);
  const needed = new Set<number>();
  for (const i of indexes) if (all[i]?.title === undefined) needed.add(titleShardOf(i, manifest.articles));
  await Promise.all(
    [...needed].map((shard) => {
      let promise = titleShards.get(shard);
      if (!promise) {
        promise = Promise.resolve().then(async () => setTitles(manifest.articles, shard, await getJson<string[]>(searchTitleShardPath(base(), shard))));
        titleShards.set(shard, promise);
      }
      return promise;
    }),
  );
}

export function requestedBlocks(): ReadonlySet<string> {
  return new Set(blocks.keys());
}
