/**
 * The search manifest of this build (search/index/search-data.ts `searchManifest`), gathered from the article
 * collection, the corpus and the glossary: what `/search/data/<version>/manifest.json` serves and what the
 * search page reads at build time to decide how it starts loading (search/shared/search-plan.ts); and the
 * folder all search data is served from. Build time only.
 *
 * Output: `buildSearchManifest()` → a promise of the `SearchManifest`; `buildSearchDataVersion()` → a
 *   promise of the version naming the folder `/search/data/<version>/`: search-data.ts
 *   `searchDataVersion` of the manifest's JSON and each article's blocks JSON, exactly the bodies the
 *   routes under src/pages/search/data/ serve (routes.ts `searchDataPaths`); `buildSearchDataFolder()` →
 *   that folder's path; `buildSearchIndexShards()` → the paragraph-level index's shard files' bodies (the
 *   manifest's `index` describes them; its format and shard count are part of the manifest, so of the
 *   version; `buildSearchBlockChunks()` → the block chunk files' bodies; `buildSearchTitleShards()` → the
 *   title shards' bodies (search/shared/article-table.ts; the version covers them); the shards and chunks follow from the blocks and the fold map, which the version covers).
 *   All deterministic for the same content, made once per build and shared by their
 *   readers (the search page, article pages, the search data's routes), as lib/knowledge.ts caches
 *   the corpus and the glossary they are made from (each making gzips every article's blocks: ~1 s at
 *   1,000 articles). Other pages never call them (layouts/Base.astro takes the folder as a prop).
 * Errors: rejects when the collections fail to load or an article is missing from the corpus.
 */
import { sortedArticles } from '../../lib/articles.ts';
import { corpus, glossaryEntries } from '../../lib/knowledge.ts';
import { searchBlockChunks, searchBlocksJson, searchDataVersion, searchManifest, searchTitleShards } from './search-data.ts';
import { buildPostingsIndex } from './postings-index.ts';
import type { SearchManifest } from '../shared/types.ts';
import { searchDataBase } from '../../routes.ts';

let manifestCache: Promise<SearchManifest> | undefined;
let shardsCache: string[] | undefined;
let chunksCache: string[] | undefined;
let titlesCache: string[] | undefined;
let versionCache: Promise<string> | undefined;

export function buildSearchManifest(): Promise<SearchManifest> {
  manifestCache ??= makeSearchManifest();
  return manifestCache;
}

export function buildSearchDataVersion(): Promise<string> {
  versionCache ??= buildSearchManifest().then((manifest) => {
    const bySlug = new Map(corpus().map((article) => [article.slug, article]));
    // searchManifest has checked that every article of the manifest is in the corpus.
    const blocks = manifest.articles.slugs.map((slug) => [slug, searchBlocksJson(bySlug.get(slug)!)] as const);
    return searchDataVersion({ manifest: JSON.stringify(manifest), blocks, titles: titlesCache! });
  });
  return versionCache;
}

/** The folder this build's search data is served from, `/search/data/<version>/` (routes.ts `searchDataBase`). */
export async function buildSearchDataFolder(): Promise<string> {
  return searchDataBase(await buildSearchDataVersion());
}

async function makeSearchManifest(): Promise<SearchManifest> {
  const articles = (await sortedArticles()).map((a) => {
    const out = {
      slug: a.id,
      title: a.data.title.value,
      authors: a.data.authors.map((p) => p.name.value),
      sourceKind: a.data.sourceKind,
    };
    return a.data.date ? { ...out, year: a.data.date.value.slice(0, 4) } : out;
  });
  const glossary = (await glossaryEntries()).map(({ data }) => ({ term: data.term, aliases: data.aliases, english: data.english, pinyin: data.pinyin }));
  const manifest = searchManifest(corpus(), articles, glossary);
  const bySlug = new Map(corpus().map((article) => [article.slug, article]));
  // searchManifest has checked that every article of the manifest is in the corpus.
  const ordered = manifest.articles.slugs.map((slug) => bySlug.get(slug)!);
  titlesCache = searchTitleShards(articles);
  const texts = ordered.map((article) => article.blocks.map((block) => block.text));
  const { info, shards } = buildPostingsIndex(texts, manifest.t2s);
  shardsCache = shards;
  chunksCache = searchBlockChunks(ordered, info.chunkSize);
  return { ...manifest, index: info };
}

/**
 * The bodies of this build's index shards, `shards[n]` served as `/search/data/<version>/index/<n>.json`
 * (search/index/postings-index.ts; the manifest's `index.shardCount` of them). Made with the manifest.
 */
export async function buildSearchIndexShards(): Promise<string[]> {
  await buildSearchManifest();
  return shardsCache!;
}

/** The bodies of this build's title shards, `titles[n]` served as `/search/data/<version>/titles/<n>.json`. */
export async function buildSearchTitleShards(): Promise<string[]> {
  await buildSearchManifest();
  return titlesCache!;
}

/**
 * The bodies of this build's block chunks, `chunks[n]` served as `/search/data/<version>/chunks/<n>.json`
 * (search/index/search-data.ts `searchBlockChunks`, the manifest's `index.chunkSize` blocks each).
 */
export async function buildSearchBlockChunks(): Promise<string[]> {
  await buildSearchManifest();
  return chunksCache!;
}
