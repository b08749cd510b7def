/**
 * One search, from query to hits: parse (search/query.ts), ask Pagefind for candidate articles
 * (search/candidates.ts), load those articles' blocks, and keep exactly the blocks whose folded text
 * contains every term group (search/match.ts). Browser-side, but pure apart from the two loaders passed in.
 *
 * Input: the query, the manifest (`/search/manifest.json`), the Pagefind module (or `undefined` to treat
 *   every article as a candidate), `loadBlocks(slug)` (fetches `/search/blocks/<slug>.json`; the caller
 *   may cache it), optionally the page's pair cache (search/candidates.ts) and the articles whose blocks
 *   the page already has: when that is every article, Pagefind is not asked — narrowing the articles
 *   exists to avoid fetching blocks, and none is left to fetch (a second search on the results page).
 * Output: `{ groups, hits }`; each hit `{ article, block, ranges, position }` in document order across
 *   articles (site order), `ranges` the occurrences to highlight, `position` the block's index in its
 *   article. Errors: rejects when a loader does.
 */
import { candidateArticles, type PairCache } from './candidates.ts';
import { compareCodeUnits } from './compare-code-units.ts';
import { matchBlock, type Range } from './match.ts';
import { parseQuery, type TermGroup } from './query.ts';
import type { Pagefind } from './pagefind.ts';
import type { SearchArticle, SearchBlock, SearchManifest } from './search-data.ts';

export interface SearchHit {
  article: SearchArticle;
  block: SearchBlock;
  ranges: Range[];
  position: number;
}

export async function runSearch(
  query: string,
  manifest: SearchManifest,
  pagefind: Pagefind | undefined,
  loadBlocks: (slug: string) => Promise<SearchBlock[]>,
  pairCache?: PairCache,
  loaded: ReadonlySet<string> = new Set(),
): Promise<{ groups: TermGroup[]; hits: SearchHit[] }> {
  const groups = parseQuery(query, manifest.t2s, manifest.glossary);
  if (groups.length === 0) return { groups, hits: [] };
  const narrow = pagefind && manifest.articles.some((a) => !loaded.has(a.slug));
  const candidates = narrow ? await candidateArticles(pagefind, groups, pairCache) : undefined;
  const articles = [...manifest.articles]
    .sort((a, b) => a.order - b.order || compareCodeUnits(a.slug, b.slug))
    .filter((a) => candidates === undefined || candidates.has(a.slug));
  const blocks = await Promise.all(articles.map((a) => loadBlocks(a.slug)));
  const hits: SearchHit[] = [];
  articles.forEach((article, i) => {
    blocks[i]!.forEach((block, position) => {
      const ranges = matchBlock(block.text, manifest.t2s, groups);
      if (ranges) hits.push({ article, block, ranges, position });
    });
  });
  return { groups, hits };
}
