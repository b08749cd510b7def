/**
 * Whether a search should ask Pagefind which articles may match, or read the blocks of every article
 * whose blocks are not loaded yet: narrowing exists only to fetch fewer blocks, so it is worth it only
 * when the blocks it could spare outweigh what Pagefind itself fetches.
 *
 * Input: the manifest's articles with `blocksBytes` (gzip size of
 *   `/search/data/<version>/blocks/<slug>.json`, as a compressing static host sends it), the
 *   manifest's `pagefindBytes` (`cold`: Pagefind's JS, WASM, meta and filter files plus one index
 *   chunk, for a page that has not loaded it; `chunk`: one more index chunk), the slugs whose blocks
 *   the page has already asked for, and whether Pagefind is already loading on the page.
 * Output: true to narrow with Pagefind (search/client/candidates.ts), false to search every article.
 *   Today's 8 articles: 85 KB of blocks against 107 KB of Pagefind → false (every block is read; a
 *   later search on the page fetches nothing). From about a dozen articles of this length, or once a
 *   page has Pagefind, → true, and the bytes a query fetches then grow with its candidates, not with
 *   the corpus.
 * Errors: none.
 */
/** What the plan reads of the manifest (search/index/search-data.ts). */
export interface PlanInput {
  /** The manifest's article table: slugs and blocks sizes, in site order. */
  articles: { slugs: readonly string[]; blocksBytes: readonly number[] };
  pagefindBytes: { cold: number; chunk: number };
  /** The paragraph-level index (search/index/postings-index.ts), when the build made one. */
  index?: object;
}

/**
 * Whether searches take their candidate blocks from the paragraph-level index: whenever the manifest
 * describes one (every build since the index exists). Then neither Pagefind nor every article's blocks
 * are loaded: a query fetches its keys' shards and the blocks files of the articles that hold
 * candidates (search/client/run-search.ts). Without it (a manifest rewritten in the browser by the
 * recall test's Pagefind pass), `narrowWithPagefind` decides as before.
 */
export function usesIndex(manifest: PlanInput): boolean {
  return manifest.index !== undefined;
}

/**
 * Gzip bytes Pagefind 1.6 fetches on this site before it answers (measured on the build of 2026-11-23:
 * pagefind.js 13.2 KB, WASM 55.4 KB, entry, meta and filter 0.8 KB, an index chunk 13–40 KB, typically
 * 38 KB; its files are compressed already, so a host sends them as they are).
 */
export const pagefindBytes = { cold: 107_000, chunk: 38_000 } as const;

export function narrowWithPagefind(manifest: PlanInput, loaded: ReadonlySet<string>, pagefindStarted: boolean): boolean {
  const { slugs, blocksBytes } = manifest.articles;
  const unloaded = slugs.reduce((sum, slug, i) => sum + (loaded.has(slug) ? 0 : blocksBytes[i]!), 0);
  if (unloaded === 0) return false;
  return unloaded > (pagefindStarted ? manifest.pagefindBytes.chunk : manifest.pagefindBytes.cold);
}

/**
 * Whether a page's first search reads every article (`narrowWithPagefind` with nothing loaded and
 * Pagefind not started is false): exactly then the build serves all their blocks in one file,
 * `/search/data/<version>/blocks.json`, which the search page preloads and search/client/search-client.ts
 * reads instead of one file per article. Never with the paragraph-level index (`usesIndex`); without
 * it, today's 8 articles → true.
 */
export function readsEveryArticle(manifest: PlanInput): boolean {
  return !usesIndex(manifest) && !narrowWithPagefind(manifest, new Set(), false);
}
