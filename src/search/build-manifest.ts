/**
 * The search manifest of this build (search/search-data.ts `searchManifest`), gathered from the article
 * collection, the corpus and the glossary: what `/search/manifest.json` serves and what the search page
 * reads at build time to decide how it starts loading (search/search-plan.ts). Build time only.
 *
 * Output: a promise of the `SearchManifest`, deterministic for the same content; made once per build
 *   and shared by its three readers (the search page, `/search/manifest.json` and the paths of
 *   `/search/blocks.json`), as lib/knowledge.ts caches the corpus and the glossary it is made from
 *   (each making gzips every article's blocks: ~1 s at 1,000 articles).
 * Errors: rejects when the collections fail to load or an article is missing from the corpus.
 */
import { sortedArticles } from '../lib/articles.ts';
import { corpus, glossaryEntries } from '../lib/knowledge.ts';
import { searchManifest, type SearchManifest } from './search-data.ts';

let manifestCache: Promise<SearchManifest> | undefined;

export function buildSearchManifest(): Promise<SearchManifest> {
  manifestCache ??= makeSearchManifest();
  return manifestCache;
}

async function makeSearchManifest(): Promise<SearchManifest> {
  const articles = (await sortedArticles()).map((a) => {
    const out = {
      slug: a.id,
      title: a.data.title.value,
      authors: a.data.authors.map((p) => p.name.value),
      sourceKind: a.data.sourceKind,
      order: a.data.order,
    };
    return a.data.date ? { ...out, year: a.data.date.value.slice(0, 4) } : out;
  });
  const glossary = (await glossaryEntries()).map(({ data }) => ({ term: data.term, aliases: data.aliases, english: data.english, pinyin: data.pinyin }));
  return searchManifest(corpus(), articles, glossary);
}
