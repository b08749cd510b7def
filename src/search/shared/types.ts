/**
 * The shapes the two halves of search share: what the build writes under `/search/data/<version>/`
 * (search/index/search-data.ts) and the browser reads (search/client/search-client.ts), and the fold
 * map and glossary names both fold and parse queries with (search/shared/fold.ts, query.ts).
 * Types only: importing this module loads nothing.
 *
 * - `SearchBlock`: one block of an article, `{ anchor, kind, n?, section?, text }`, as the blocks files
 *   hold them in document order (`section`: the text of the nearest heading before the block, `注释`
 *   for footnotes);
 * - `SearchArticle`: one article as the browser holds it (search/shared/article-table.ts `tableArticles`):
 *   its facets, its place in site order, the gzip size of its blocks file, and its title once loaded;
 * - `ArticleTable`: the manifest's articles as columns (search/shared/article-table.ts), without titles;
 * - `SearchManifest`: `{ articles, t2s, foldSources, glossary, pagefindBytes, index? }`, `manifest.json`
 *   (`index`: the paragraph-level index's `{ format, shardCount, chunkSize }`, search/index/postings-index.ts;
 *   absent, a search narrows with Pagefind or reads every article as before);
 * - `T2sMap`: traditional → simplified characters (search/index/fold-map.ts makes it);
 * - `GlossaryNames`: a glossary entry's names, for alias expansion of queries.
 * Errors: none.
 */
import type { BlockKind } from '../../content-model/corpus/corpus-types.ts';

export type T2sMap = Readonly<Record<string, string>>;

export interface GlossaryNames {
  term: string;
  aliases: readonly string[];
  english: string;
  pinyin: string;
}

export interface SearchBlock {
  anchor: string;
  kind: BlockKind;
  n?: number;
  /** An official document's paragraph: its clause label (content-model/corpus/corpus-types.ts). */
  clause?: string;
  section?: string;
  text: string;
}

export interface SearchArticle {
  slug: string;
  /** Absent until its title shard is loaded (search/client/search-client.ts `loadTitles`). */
  title?: string;
  authors: string[];
  sourceKind: string;
  year?: string;
  /** Its index in site order. */
  order: number;
  /** Gzip size (zlib level 6, a static host's usual setting) of the article's blocks file. */
  blocksBytes: number;
}

/** The manifest's articles, one entry per column and article in site order (search/shared/article-table.ts). */
export interface ArticleTable {
  slugs: string[];
  /** Each article's number of blocks: block ids count through them (search/shared/postings.ts). */
  counts: number[];
  blocksBytes: number[];
  /** Distinct source kinds, and each article's as an index into them. */
  kinds: string[];
  kind: number[];
  /** Each article's year, 0 when none is given. */
  years: number[];
  /** Distinct author names, and each article's authors as indexes into them. */
  authorNames: string[];
  authors: number[][];
  /** Articles per title shard, `<folder>titles/<n>.json`. */
  titleShardSize: number;
}

export interface SearchManifest {
  articles: ArticleTable;
  t2s: Record<string, string>;
  foldSources: string;
  glossary: GlossaryNames[];
  pagefindBytes: { cold: number; chunk: number };
  index?: SearchIndexInfo;
}

/** The paragraph-level index's description in the manifest (search/index/postings-index.ts). */
export interface SearchIndexInfo {
  /** The postings encoding's version. */
  format: number;
  /** How many shard files `<folder>index/<n>.json` there are (a power of two). */
  shardCount: number;
  /** Blocks per chunk file `<folder>chunks/<n>.json` (block id ÷ chunkSize = n). */
  chunkSize: number;
}
