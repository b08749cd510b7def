/**
 * The content layer's `corpus` collection (src/content.config.ts): the published corpus that
 * src/content.config.ts has already read (read-corpus.ts) for checking the glossary's and the
 * timeline's citations, handed to Astro's data store so that the pages (lib/knowledge.ts) get it with
 * `getCollection('corpus')` instead of parsing every MDX body a second time: the config and the pages run
 * in different module graphs, but the data store persists from content sync to rendering.
 *
 * Input: `CorpusArticle[]` (read-corpus.ts).
 * Output: an Astro `Loader` (structurally: `CorpusLoader`) named `corpus` whose `load` replaces the
 *   collection's entries with one entry per article: `id` = the slug, `data` = the `CorpusArticle` as it is (no schema: it was checked when it
 *   was read), set in the given order. `corpusFromEntries` turns the entries back into `CorpusArticle[]`
 *   in corpus order (`compareCorpusArticles`), whatever order the store keeps.
 * Errors: none of its own; Astro's store throws on data it cannot serialise (a `CorpusArticle` is plain
 *   strings and numbers).
 */
import { compareCorpusArticles, type CorpusArticle } from './read-corpus.ts';
import { entriesLoader, type EntriesLoader, type EntriesLoaderContext } from '../files/entries-loader.ts';

/** The loader's context and shape: those of every loader the content model hands Astro (files/entries-loader.ts). */
export type CorpusLoaderContext = EntriesLoaderContext;
export type CorpusLoader = EntriesLoader;

/** The `corpus` collection's loader: one entry per article, id = slug, data = the article as read. */
export function corpusLoader(articles: readonly CorpusArticle[]): CorpusLoader {
  return entriesLoader('corpus', articles.map((article) => ({ id: article.slug, data: article })));
}

/** The articles of the `corpus` collection's entries (`{ data }`), sorted in corpus order. */
export function corpusFromEntries(entries: readonly { data: unknown }[]): CorpusArticle[] {
  return entries.map((entry) => entry.data as CorpusArticle).sort(compareCorpusArticles);
}
