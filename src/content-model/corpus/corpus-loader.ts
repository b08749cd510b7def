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

/**
 * What the loader uses of Astro's loader context: the collection's store. Written out here (Astro's
 * `LoaderContext` has it, so a `CorpusLoader` is an Astro `Loader`; src/content.config.ts type-checks that)
 * to keep the content model free of Astro.
 */
export interface CorpusLoaderContext {
  store: { clear(): void; set(entry: { id: string; data: Record<string, unknown> }): unknown };
}

export interface CorpusLoader {
  name: string;
  load(context: CorpusLoaderContext): Promise<void>;
}

export function corpusLoader(articles: readonly CorpusArticle[]): CorpusLoader {
  return {
    name: 'corpus',
    load: async ({ store }) => {
      store.clear();
      for (const article of articles) store.set({ id: article.slug, data: { ...article } });
    },
  };
}

/** The articles of the `corpus` collection's entries (`{ data }`), sorted in corpus order. */
export function corpusFromEntries(entries: readonly { data: unknown }[]): CorpusArticle[] {
  return entries.map((entry) => entry.data as CorpusArticle).sort(compareCorpusArticles);
}
