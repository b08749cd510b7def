/**
 * One search, from query to hits: parse (search/shared/query.ts), take the candidate blocks from the
 * paragraph-level index when the manifest has one (search/client/index-candidates.ts: the query's shards
 * only) and load the chunks of blocks holding them (`<folder>chunks/<n>.json`), or else ask Pagefind for candidate
 * articles (search/client/candidates.ts) and load those articles' blocks, and keep exactly the blocks whose folded text
 * contains every term group (search/shared/match.ts). Browser-side, but pure apart from the two loaders passed in.
 *
 * Input: the query, the manifest (`/search/data/<version>/manifest.json`), and `options`:
 *   `loadBlocks(slug)` (fetches `/search/data/<version>/blocks/<slug>.json`; the caller may cache it);
 *   `pagefind`, a loader of the Pagefind module (called only when the plan narrows; absent: every
 *   article is a candidate); `loadShard(n)` and `loadChunk(n)`, loaders of an index shard and of a chunk
 *   of blocks (with both and the manifest's `index`, the index is used, and neither Pagefind nor
 *   `loadBlocks`); `pagefindStarted`, whether the page has started loading Pagefind
 *   already; the page's pair cache (search/client/candidates.ts); and `loaded`, the articles whose blocks
 *   the page already has. Whether to ask Pagefind is
 *   search/shared/search-plan.ts's decision: only when the blocks it could spare outweigh its own bytes (never
 *   when every article is loaded, as for a second search on the results page).
 * Output: `{ groups, hits }`; each hit `{ article, block, ranges, position }` in document order across
 *   articles (site order), `ranges` the occurrences to highlight, `position` the block's index in its
 *   article. Errors: rejects when a loader does.
 */
import { candidateArticles, type PairCache } from './candidates.ts';
import { indexCandidates } from './index-candidates.ts';
import { blockStarts, type IndexShard } from '../shared/postings.ts';
import { compareCodeUnits } from '../shared/compare-code-units.ts';
import { matchBlock, type Range } from '../shared/match.ts';
import { parseQuery, type TermGroup } from '../shared/query.ts';
import type { Pagefind } from './pagefind.ts';
import { narrowWithPagefind, usesIndex } from '../shared/search-plan.ts';
import type { SearchArticle, SearchBlock, SearchManifest } from '../shared/types.ts';

export interface SearchHit {
  article: SearchArticle;
  block: SearchBlock;
  ranges: Range[];
  position: number;
}

export interface SearchOptions {
  loadBlocks: (slug: string) => Promise<SearchBlock[]>;
  pagefind?: () => Promise<Pagefind>;
  pagefindStarted?: boolean;
  pairCache?: PairCache;
  loaded?: ReadonlySet<string>;
  /** Loads a shard of the paragraph-level index (search/client/search-client.ts `loadShard`). */
  loadShard?: (shard: number) => Promise<IndexShard>;
  /** Loads a chunk of blocks by number (search/client/search-client.ts `loadChunk`). */
  loadChunk?: (chunk: number) => Promise<SearchBlock[]>;
}

export async function runSearch(query: string, manifest: SearchManifest, options: SearchOptions): Promise<{ groups: TermGroup[]; hits: SearchHit[] }> {
  const { loadBlocks, pagefind, pagefindStarted = false, pairCache, loaded = new Set<string>(), loadShard, loadChunk } = options;
  const groups = parseQuery(query, manifest.t2s, manifest.glossary);
  if (groups.length === 0) return { groups, hits: [] };
  if (manifest.index !== undefined && loadShard !== undefined && loadChunk !== undefined && usesIndex(manifest)) {
    const { chunkSize } = manifest.index;
    const byArticle = await indexCandidates(groups, manifest.index, loadShard);
    const order = [...byArticle.keys()].sort((a, b) => {
      const x = manifest.articles[a]!;
      const y = manifest.articles[b]!;
      return x.order - y.order || compareCodeUnits(x.slug, y.slug);
    });
    const starts = blockStarts(manifest.index.counts);
    const needed = [...new Set([...byArticle].flatMap(([i, positions]) => positions.map((p) => Math.floor((starts[i]! + p) / chunkSize))))];
    const loadedChunks = new Map(await Promise.all(needed.map(async (n) => [n, await loadChunk(n)] as const)));
    const hits: SearchHit[] = [];
    order.forEach((i) => {
      const article = manifest.articles[i]!;
      for (const position of byArticle.get(i)!) {
        const id = starts[i]! + position;
        const block = loadedChunks.get(Math.floor(id / chunkSize))![id % chunkSize];
        if (block === undefined) throw new Error(`search index: ${article.slug} has no block ${position}`);
        const ranges = matchBlock(block.text, manifest, groups);
        if (ranges) hits.push({ article, block, ranges, position });
      }
    });
    return { groups, hits };
  }
  const narrow = pagefind !== undefined && narrowWithPagefind(manifest, loaded, pagefindStarted);
  const candidates = narrow ? await candidateArticles(await pagefind(), groups, pairCache) : undefined;
  const articles = [...manifest.articles]
    .sort((a, b) => a.order - b.order || compareCodeUnits(a.slug, b.slug))
    .filter((a) => candidates === undefined || candidates.has(a.slug));
  const blocks = await Promise.all(articles.map((a) => loadBlocks(a.slug)));
  const hits: SearchHit[] = [];
  articles.forEach((article, i) => {
    blocks[i]!.forEach((block, position) => {
      const ranges = matchBlock(block.text, manifest, groups);
      if (ranges) hits.push({ article, block, ranges, position });
    });
  });
  return { groups, hits };
}
