/** Unit tests of the search page's data loading, with `fetch` stubbed (each test loads a fresh module). */
import { test } from 'node:test';
import assert from 'node:assert/strict';

type Client = typeof import('./search-client.ts');

/** The page's `<html data-search-data>`: undefined for a page that names no search data. */
function setPage(searchData: string | undefined): void {
  globalThis.document = { documentElement: { dataset: searchData === undefined ? {} : { searchData } } } as unknown as Document;
}

/** A fresh module instance (its caches empty) whose `fetch` serves `files` and logs each URL asked. */
async function client(files: Record<string, unknown>, name: string): Promise<{ module: Client; fetched: string[] }> {
  setPage('/search/data/v1/');
  const fetched: string[] = [];
  globalThis.fetch = (async (url: string) => {
    fetched.push(url);
    return url in files ? new Response(JSON.stringify(files[url])) : new Response('', { status: 404 });
  }) as typeof fetch;
  return { module: (await import(`./search-client.ts?${name}`)) as Client, fetched };
}

const han = [{ anchor: 'p1', kind: 'paragraph', text: '上海精神' }];
const yu = [{ anchor: 'p2', kind: 'paragraph', text: '上合组织' }];
/** A manifest whose articles' blocks weigh `blocksBytes` each against Pagefind's cold cost of 100 KB. */
const manifest = (blocksBytes: number) => ({
  articles: { slugs: ['han', 'yu'], blocksBytes: [blocksBytes, blocksBytes], titleShardSize: 32 },
  pagefindBytes: { cold: 100_000, chunk: 40_000 },
});

test('a first search reads every article: all come from the version folder blocks.json, fetched once; a slug missing from it rejects', async () => {
  const { module, fetched } = await client({ '/search/data/v1/manifest.json': manifest(1_000), '/search/data/v1/blocks.json': { han, yu } }, 'bundled');
  assert.deepEqual(await Promise.all([module.loadBlocks('han'), module.loadBlocks('yu'), module.loadBlocks('han')]), [han, yu, han]);
  assert.deepEqual(fetched, ['/search/data/v1/manifest.json', '/search/data/v1/blocks.json']);
  assert.deepEqual([...module.requestedBlocks()], ['han', 'yu']);
  await assert.rejects(module.loadBlocks('gone'), /\/search\/data\/v1\/blocks\.json: no blocks for gone/);
});

test('a first search narrows: each article from its own file; a missing file rejects with its URL and status', async () => {
  const { module, fetched } = await client({ '/search/data/v1/manifest.json': manifest(100_000), '/search/data/v1/blocks/han.json': han }, 'per-article');
  assert.deepEqual(await module.loadBlocks('han'), han);
  await assert.rejects(module.loadBlocks('yu'), /\/search\/data\/v1\/blocks\/yu\.json: HTTP 404/);
  assert.deepEqual(fetched, ['/search/data/v1/manifest.json', '/search/data/v1/blocks/han.json', '/search/data/v1/blocks/yu.json']);
});

test('a page that names no search data: loading rejects with a message saying so, and nothing is fetched', async () => {
  const { module, fetched } = await client({}, 'no-folder');
  setPage(undefined);
  await assert.rejects(module.loadManifest(), /this page names no search data \(<html data-search-data>\)/);
  await assert.rejects(module.loadBlocks('han'), /this page names no search data/);
  assert.deepEqual(fetched, []);
});

test('titles are fetched by shard, once a page, and set on the manifest\'s articles', async () => {
  const { encodeArticleTable, tableArticles } = await import('../shared/article-table.ts');
  const articles = encodeArticleTable(
    Array.from({ length: 40 }, (_, i) => ({ slug: `a${i}`, authors: [], sourceKind: 'journal', blocksBytes: 1, count: 1 })),
    32,
  );
  const titles = Array.from({ length: 40 }, (_, i) => `题${i}`);
  const { module, fetched } = await client({ '/search/data/v1/titles/0.json': titles.slice(0, 32), '/search/data/v1/titles/1.json': titles.slice(32) }, 'titles');
  const full = { articles, t2s: {}, foldSources: '', glossary: [], pagefindBytes: { cold: 1, chunk: 1 } };
  await module.loadTitles(full, [35, 36]);
  assert.deepEqual(fetched, ['/search/data/v1/titles/1.json']);
  assert.deepEqual([tableArticles(articles)[35]!.title, tableArticles(articles)[0]!.title], ['题35', undefined]);
  await module.loadTitles(full, [0, 39]);
  await module.loadTitles(full, [1]);
  assert.deepEqual(fetched, ['/search/data/v1/titles/1.json', '/search/data/v1/titles/0.json'], 'each shard once');
  assert.equal(tableArticles(articles)[1]!.title, '题1');
});
