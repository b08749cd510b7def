/**
 * The shapes the two halves of search share: what the build writes under `/search/data/<version>/`
 * (search/index/search-data.ts) and the browser reads (search/client/search-client.ts), and the fold
 * map and glossary names both fold and parse queries with (search/shared/fold.ts, query.ts).
 * Types only: importing this module loads nothing.
 *
 * - `SearchBlock`: one block of an article, `{ anchor, kind, n?, section?, text }`, as the blocks files
 *   hold them in document order (`section`: the text of the nearest heading before the block, `注释`
 *   for footnotes);
 * - `SearchArticle`: one article's facets and the gzip size of its blocks file;
 * - `SearchManifest`: `{ articles, t2s, foldSources, glossary, pagefindBytes, index? }`, `manifest.json`
 *   (`index`: the paragraph-level index's `{ format, shardCount, counts, chunkSize }`, search/index/postings-index.ts;
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
  section?: string;
  text: string;
}

export interface SearchArticle {
  slug: string;
  title: string;
  authors: string[];
  sourceKind: string;
  year?: string;
  order: number;
  /** Gzip size (zlib level 6, a static host's usual setting) of the article's blocks file. */
  blocksBytes: number;
}

export interface SearchManifest {
  articles: SearchArticle[];
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
  /** Each article's number of blocks, in the manifest's order: block ids count through them. */
  counts: number[];
  /** Blocks per chunk file `<folder>chunks/<n>.json` (block id ÷ chunkSize = n). */
  chunkSize: number;
}
