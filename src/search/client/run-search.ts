/**
 * One search, from query to a result whose hits are verified article by article, as the results page
 * asks for them: parse (search/shared/query.ts), take the candidate blocks from the paragraph-level index
 * when the manifest has one (search/client/index-candidates.ts: the query's shards only), or else ask
 * Pagefind for candidate articles (search/client/candidates.ts) and read those articles' blocks; a
 * candidate is a hit when its folded text contains every term group (search/shared/match.ts).
 * Browser-side, but pure apart from the loaders passed in.
 *
 * Input: the query, the manifest (`/search/data/<version>/manifest.json`), and `options`:
 *   `loadBlocks(slug)` (fetches `/search/data/<version>/blocks/<slug>.json`; the caller may cache it);
 *   `pagefind`, a loader of the Pagefind module (called only when the plan narrows; absent: every
 *   article is a candidate); `loadShard(n)` and `loadChunk(n)`, loaders of an index shard and of a chunk
 *   of blocks (with both and the manifest's `index`, the index is used, and neither Pagefind nor
 *   `loadBlocks`); `pagefindStarted`, whether the page has started loading Pagefind
 *   already; the page's pair cache (search/client/candidates.ts); and `loaded`, the articles whose blocks
 *   the page already has. Whether to ask Pagefind is search/shared/search-plan.ts's decision.
 * Output: a `SearchResult` `{ groups, articles, exactCandidates, verify }`: `articles` the candidate
 *   articles in site order, each `{ index, article, candidates, positions, hits? }` (`positions` its
 *   candidate blocks, ascending; `hits`, once verified, each `{ article, block, ranges, position }`,
 *   `ranges` the occurrences to highlight). With the index, the candidates' chunks are loaded and verified
 *   at once when they are at most `eagerChunks` (64, ~150 KB gzip: every query on today's corpus);
 *   otherwise `verify(articles)` loads and verifies the chunks of the articles a page of results shows
 *   (search/client/result-pages.ts), so a query fetches the text of what is shown, not of every hit.
 *   Without the index every candidate article is read and verified at once.
 *   `exactCandidates`: every candidate is a hit before verification — true when each alternative is at
 *   most two code units (its posting list is exact: search/shared/postings.ts), so counts from the
 *   index are exact; `resultIsExact(result)` is that or every article verified.
 * Errors: rejects when a loader does; `verify` rejects on a chunk without the block the index names.
 */
import { candidateArticles, type PairCache } from './candidates.ts';
import { indexCandidates } from './index-candidates.ts';
import { blockStarts, type IndexShard } from '../shared/postings.ts';
import { matchBlock, type Range } from '../shared/match.ts';
import { parseQuery, type TermGroup } from '../shared/query.ts';
import type { Pagefind } from './pagefind.ts';
import { narrowWithPagefind, usesIndex } from '../shared/search-plan.ts';
import type { SearchArticle, SearchBlock, SearchManifest } from '../shared/types.ts';
import { tableArticles } from '../shared/article-table.ts';

export interface SearchHit {
  article: SearchArticle;
  block: SearchBlock;
  ranges: Range[];
  position: number;
}

export interface CandidateArticle {
  /** The article's index in the manifest. */
  index: number;
  article: SearchArticle;
  /** How many candidate blocks the index gave it (fixed: the relevance order uses it). */
  candidates: number;
  /** Its candidate blocks' positions, ascending (after verification: its hits' positions). */
  positions: number[];
  /** Its hits in document order, once verified. */
  hits?: SearchHit[];
}

export interface SearchResult {
  groups: TermGroup[];
  articles: CandidateArticle[];
  exactCandidates: boolean;
  /** Verifies the candidates of these articles (their chunks loaded in parallel), setting `hits`. */
  verify(articles: readonly CandidateArticle[]): Promise<void>;
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
  /** Verify everything at once when the candidates lie in at most this many chunks (default `eagerChunks`). */
  eagerChunks?: number;
}

/** Up to this many candidate chunks (8 blocks each, ~2–3 KB gzip) are fetched with the shards' answer. */
export const eagerChunks = 64;

/** A candidate article's count: its hits once verified, else its candidates (an upper bound unless exact). */
export function hitCount(article: CandidateArticle): number {
  return article.hits?.length ?? article.positions.length;
}

/** Whether the counts of a result are exact: its candidates are exact or every article is verified. */
export function resultIsExact(result: SearchResult): boolean {
  return result.exactCandidates || result.articles.every((a) => a.hits !== undefined);
}

/** Every verified hit, in site order. */
export function verifiedHits(result: SearchResult): SearchHit[] {
  return result.articles.flatMap((a) => a.hits ?? []);
}

/** Site order: the article table's order (`order` is the article's index there, search/shared/article-table.ts). */
const bySiteOrder = (x: SearchArticle, y: SearchArticle) => x.order - y.order;

const noResult = (groups: TermGroup[]): SearchResult => ({ groups, articles: [], exactCandidates: true, verify: async () => {} });

export async function runSearch(query: string, manifest: SearchManifest, options: SearchOptions): Promise<SearchResult> {
  const { loadBlocks, pagefind, pagefindStarted = false, pairCache, loaded = new Set<string>(), loadShard, loadChunk } = options;
  const groups = parseQuery(query, manifest.t2s, manifest.glossary);
  if (groups.length === 0) return noResult(groups);
  if (manifest.index !== undefined && loadShard !== undefined && loadChunk !== undefined && usesIndex(manifest)) {
    const { chunkSize } = manifest.index;
    const { counts } = manifest.articles;
    const all = tableArticles(manifest.articles);
    const byArticle = await indexCandidates(groups, manifest.index, counts, loadShard);
    const starts = blockStarts(counts);
    const articles: CandidateArticle[] = [...byArticle]
      .map(([index, positions]) => ({ index, article: all[index]!, candidates: positions.length, positions }))
      .sort((a, b) => bySiteOrder(a.article, b.article));
    const chunkOf = (a: CandidateArticle, position: number) => Math.floor((starts[a.index]! + position) / chunkSize);
    const verify = async (which: readonly CandidateArticle[]): Promise<void> => {
      const pending = which.filter((a) => a.hits === undefined);
      const needed = [...new Set(pending.flatMap((a) => a.positions.map((p) => chunkOf(a, p))))];
      const chunks = new Map(await Promise.all(needed.map(async (n) => [n, await loadChunk(n)] as const)));
      for (const a of pending) {
        const hits: SearchHit[] = [];
        for (const position of a.positions) {
          const block = chunks.get(chunkOf(a, position))![(starts[a.index]! + position) % chunkSize];
          if (block === undefined) throw new Error(`search index: ${a.article.slug} has no block ${position}`);
          const ranges = matchBlock(block.text, manifest, groups);
          if (ranges) hits.push({ article: a.article, block, ranges, position });
        }
        a.hits = hits;
        a.positions = hits.map((h) => h.position);
      }
    };
    const exactCandidates = groups.every((g) => g.alternatives.every((alternative) => alternative.length <= 2));
    const result: SearchResult = { groups, articles, exactCandidates, verify };
    const chunkCount = new Set(articles.flatMap((a) => a.positions.map((p) => chunkOf(a, p)))).size;
    if (chunkCount <= (options.eagerChunks ?? eagerChunks)) await verify(articles);
    return result;
  }
  const narrow = pagefind !== undefined && narrowWithPagefind(manifest, loaded, pagefindStarted);
  const candidates = narrow ? await candidateArticles(await pagefind(), groups, pairCache) : undefined;
  const read = tableArticles(manifest.articles)
    .map((article, index) => ({ article, index }))
    .sort((a, b) => bySiteOrder(a.article, b.article))
    .filter(({ article }) => candidates === undefined || candidates.has(article.slug));
  const blocks = await Promise.all(read.map(({ article }) => loadBlocks(article.slug)));
  const articles: CandidateArticle[] = [];
  read.forEach(({ article, index }, i) => {
    const hits: SearchHit[] = [];
    blocks[i]!.forEach((block, position) => {
      const ranges = matchBlock(block.text, manifest, groups);
      if (ranges) hits.push({ article, block, ranges, position });
    });
    if (hits.length > 0) articles.push({ index, article, candidates: hits.length, positions: hits.map((h) => h.position), hits });
  });
  return { groups, articles, exactCandidates: true, verify: async () => {} };
}
