/**
 * The data the search page verifies against, made at build time from the published corpus (one text for
 * search, concordance and timeline: content-model/corpus/read-corpus.ts).
 *
 * Output:
 * - `searchBlocks(article)`: the article's blocks `{ anchor, kind, n?, section?, text }` in document
 *   order, `section` being the text of the nearest heading before the block (for the section filter),
 *   `注释` for footnotes;
 *   served as `/search/data/<version>/blocks/<slug>.json` (routes.ts `searchDataPaths`);
 *   `searchBlocksJson(article)`: that file's exact body;
 * - `searchBlocksBundleJson(corpus)`: every article's blocks keyed by slug, served as
 *   `/search/data/<version>/blocks.json` when a first search reads every article (search/shared/search-plan.ts
 *   `readsEveryArticle`);
 * - `searchManifest(corpus, facets, glossary)`: `{ articles, t2s, foldSources, glossary, pagefindBytes }` —
 *   `articles` the article table (search/shared/article-table.ts: per article in site order its slug, block
 *   count, the facets the results page filters on — authors, source kind, year — and `blocksBytes`, the
 *   gzip size of its blocks file; no title);
 * - `searchTitleShards(facets)`: the titles in shards, served as `/search/data/<version>/titles/<n>.json`
 *   (routes.ts `searchTitleShardPath`); the fold map (search/index/fold-map.ts); the fold
 *   sources (`foldSources`, search/shared/match.ts's `foldSourcesOf` of the corpus: its characters outside
 *   fold.ts's `isPlainWide` range, e.g. ` (),ASＳ，：`, which with the map's keys are every character
 *   that can fold to another, for the matcher's screen); the glossary's names for alias expansion
 *   (search/shared/query.ts); Pagefind's cost in bytes, which with `blocksBytes` decides whether a search
 *   narrows with Pagefind (search/shared/search-plan.ts); served as `/search/data/<version>/manifest.json`;
 * - `searchDataVersion(files)`: the digest of those files naming their folder.
 * Errors: `searchManifest` throws when an article of `facets` is not in `corpus`.
 */
import type { CorpusArticle } from '../../content-model/corpus/corpus-types.ts';
import type { GlossaryNames, SearchBlock, SearchManifest } from '../shared/types.ts';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { t2sMap } from './fold-map.ts';
import { foldSourcesOf } from '../shared/match.ts';
import { pagefindBytes } from '../shared/search-plan.ts';
import { encodeArticleTable, titleShardBodies } from '../shared/article-table.ts';

/** The section footnotes are listed under: they follow the body, under no heading of it. */
export const notesSection = '注释';

export function searchBlocks(article: CorpusArticle): SearchBlock[] {
  let section: string | undefined;
  return article.blocks.map((block) => {
    if (block.kind === 'heading') section = block.text;
    const out: SearchBlock = { anchor: block.anchor, kind: block.kind, text: block.text };
    if (block.n !== undefined) out.n = block.n;
    if (block.clause !== undefined) out.clause = block.clause;
    const under = block.kind === 'note' ? notesSection : section;
    if (under !== undefined) out.section = under;
    return out;
  });
}

/**
 * Made once per article object: the build reads it four times (the article's file, its gzip size for the
 * manifest, the bundle, the version), and the corpus's articles are cached for the build
 * (lib/knowledge.ts), so at 1,000 articles this spares serialising ~20 MB three more times.
 */
const blocksJsonCache = new WeakMap<CorpusArticle, string>();

export function searchBlocksJson(article: CorpusArticle): string {
  let json = blocksJsonCache.get(article);
  if (json === undefined) {
    json = JSON.stringify(searchBlocks(article));
    blocksJsonCache.set(article, json);
  }
  return json;
}

/**
 * The blocks of every article of `corpus`, in its order, keyed by slug: `{"han":[…],"yu":[…]}` — the
 * exact body of `/search/data/<version>/blocks.json`.
 */
export function searchBlocksBundleJson(corpus: readonly CorpusArticle[]): string {
  // What JSON.stringify of the object gives, from each article's blocks JSON as its own file has it.
  return `{${corpus.map((article) => `${JSON.stringify(article.slug)}:${searchBlocksJson(article)}`).join(',')}}`;
}

/**
 * The blocks of `articles` (in that order, block ids counting through them: search/shared/postings.ts)
 * in chunks of `size`: `chunks[n]` is the exact body of `/search/data/<version>/chunks/<n>.json`
 * (routes.ts `searchBlockChunkPath`), a JSON array of the blocks with ids n·size … n·size + size − 1,
 * each as its article's blocks file has it. The search page fetches only the chunks of its candidate
 * blocks. 452 blocks, size 8 → 57 chunks.
 */
export function searchBlockChunks(articles: readonly CorpusArticle[], size: number): string[] {
  const all = articles.flatMap((article) => searchBlocks(article));
  const chunks: string[] = [];
  for (let i = 0; i < all.length; i += size) chunks.push(JSON.stringify(all.slice(i, i + size)));
  return chunks;
}

/** One article's facets as the build gathers them (site order is the list's). */
export interface ArticleFacets {
  slug: string;
  title: string;
  authors: string[];
  sourceKind: string;
  year?: string;
}

/** `facets` in site order; block counts and `blocksBytes` measured here from `corpus` (an article missing from it throws). */
export function searchManifest(corpus: readonly CorpusArticle[], facets: readonly ArticleFacets[], glossary: GlossaryNames[]): SearchManifest {
  const bySlug = new Map(corpus.map((article) => [article.slug, article]));
  const articles = encodeArticleTable(
    facets.map((facet) => {
      const article = bySlug.get(facet.slug);
      if (!article) throw new Error(`search manifest: article ${facet.slug} is not in the corpus`);
      const out = { slug: facet.slug, authors: facet.authors, sourceKind: facet.sourceKind, count: article.blocks.length, blocksBytes: gzipSync(searchBlocksJson(article), { level: 6 }).length };
      return facet.year === undefined ? out : { ...out, year: facet.year };
    }),
  );
  const chars = new Set<string>();
  for (const article of corpus) for (const block of article.blocks) for (const c of block.text) chars.add(c);
  const foldSources = foldSourcesOf(chars);
  for (const entry of glossary) for (const c of [entry.term, ...entry.aliases].join('')) chars.add(c);
  return { articles, t2s: t2sMap(chars), foldSources, glossary, pagefindBytes };
}

/** The title shard bodies for `facets` (site order): search/shared/article-table.ts `titleShardBodies`. */
export function searchTitleShards(facets: readonly ArticleFacets[]): string[] {
  return titleShardBodies(facets.map((f) => f.title));
}

/**
 * The version of a build's search data, naming the folder it is served from (routes.ts `searchDataBase`):
 * the first 16 hex digits of SHA-256 over the bodies of the files served there — the manifest's, then
 * each article's blocks file, in the manifest's order, each after its slug (the one-file bundle holds the
 * same blocks under the same slugs), then each title shard after `\0titles\0<n>\0`. The index shards and
 * block chunks follow from the blocks and the manifest's fold map and index description, so they change
 * only with them. So anyone can recompute it from the served files (tests/site/links.test.ts does); the
 * same files → the same version; one character changed → another.
 * Input: `{ manifest: <manifest.json body>, blocks: [[slug, <blocks/<slug>.json body>], …], titles:
 *   [<titles/0.json body>, …] }`.
 * Example: → `'87cd8a80ea74d05f'`.
 */
export function searchDataVersion(files: { manifest: string; blocks: readonly (readonly [string, string])[]; titles: readonly string[] }): string {
  const hash = createHash('sha256').update(files.manifest);
  for (const [slug, json] of files.blocks) hash.update(`\0${slug}\0`).update(json);
  files.titles.forEach((json, n) => hash.update(`\0titles\0${n}\0`).update(json));
  return hash.digest('hex').slice(0, 16);
}
