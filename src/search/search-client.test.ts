/** Unit tests of the search page's data loading, with `fetch` stubbed (each test loads a fresh module). */
import { test } from 'node:test';
import assert from 'node:assert/strict';

type Client = typeof import('./search-client.ts');

/** A fresh module instance (its caches empty) whose `fetch` serves `files` and logs each URL asked. */
async function client(files: Record<string, unknown>, name: string): Promise<{ module: Client; fetched: string[] }> {
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
  articles: ['han', 'yu'].map((slug) => ({ slug, blocksBytes })),
  pagefindBytes: { cold: 100_000, chunk: 40_000 },
});

test('a first search reads every article: all come from /search/blocks.json, fetched once; a slug missing from it rejects', async () => {
  const { module, fetched } = await client({ '/search/manifest.json': manifest(1_000), '/search/blocks.json': { han, yu } }, 'bundled');
  assert.deepEqual(await Promise.all([module.loadBlocks('han'), module.loadBlocks('yu'), module.loadBlocks('han')]), [han, yu, han]);
  assert.deepEqual(fetched, ['/search/manifest.json', '/search/blocks.json']);
  assert.deepEqual([...module.requestedBlocks()], ['han', 'yu']);
  await assert.rejects(module.loadBlocks('gone'), /\/search\/blocks\.json: no blocks for gone/);
});

test('a first search narrows: each article from its own file; a missing file rejects with its URL and status', async () => {
  const { module, fetched } = await client({ '/search/manifest.json': manifest(100_000), '/search/blocks/han.json': han }, 'per-article');
  assert.deepEqual(await module.loadBlocks('han'), han);
  await assert.rejects(module.loadBlocks('yu'), /\/search\/blocks\/yu\.json: HTTP 404/);
  assert.deepEqual(fetched, ['/search/manifest.json', '/search/blocks/han.json', '/search/blocks/yu.json']);
});
