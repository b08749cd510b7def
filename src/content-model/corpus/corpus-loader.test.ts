/** Unit tests of the `corpus` collection's loader (corpus-loader.ts) against a stand-in for Astro's store. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusFromEntries, corpusLoader, type CorpusLoaderContext } from './corpus-loader.ts';
import { readCorpus, type CorpusArticle } from './read-corpus.ts';

/** What the loader uses of Astro's store: clear and set, keeping insertion order as Astro's Map does. */
function fakeStore() {
  const entries = new Map<string, { id: string; data: Record<string, unknown> }>();
  return {
    entries,
    store: {
      clear: () => entries.clear(),
      set: (entry: { id: string; data: Record<string, unknown> }) => (entries.set(entry.id, entry), true),
    },
  };
}

async function load(articles: CorpusArticle[], store: ReturnType<typeof fakeStore>['store']): Promise<void> {
  await corpusLoader(articles).load({ store } as CorpusLoaderContext);
}

test('the loader stores one entry per article, id = slug, data = the article; reading back gives the corpus', async () => {
  const corpus = readCorpus();
  const { entries, store } = fakeStore();
  await load(corpus, store);
  assert.deepEqual([...entries.keys()], corpus.map((a) => a.slug));
  // through JSON, as the data store serialises it (devalue keeps what JSON keeps here, and key order)
  const stored = JSON.parse(JSON.stringify([...entries.values()])) as { data: unknown }[];
  assert.deepEqual(corpusFromEntries(stored), corpus);
  assert.equal(JSON.stringify(corpusFromEntries(stored)), JSON.stringify(corpus));
});

test('a new load replaces the previous entries; reading back sorts in corpus order whatever the store order', async () => {
  const article = (slug: string): CorpusArticle => ({ slug, title: slug, blocks: [] });
  const { entries, store } = fakeStore();
  await load([article('old')], store);
  await load([article('b'), article('a'), article('a-b')], store);
  assert.deepEqual([...entries.keys()], ['b', 'a', 'a-b']);
  assert.deepEqual(corpusFromEntries([...entries.values()]).map((a) => a.slug), ['a-b', 'a', 'b']);
});
