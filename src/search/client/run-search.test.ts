/** Unit tests of one search, query to hits, with a stub Pagefind and in-memory blocks. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runSearch, verifiedHits, resultIsExact, hitCount } from './run-search.ts';
import type { Pagefind } from './pagefind.ts';
import type { SearchBlock, SearchManifest } from '../shared/types.ts';
import { encodeArticleTable } from '../shared/article-table.ts';

const articleBlocks: Record<string, SearchBlock[]> = {
  yu: [{ anchor: 'p1', kind: 'paragraph', text: '“上海精神”是上海合作组织的灵魂。' }],
  han: [
    { anchor: 'h1', kind: 'heading', text: '一　上海五国' },
    { anchor: 'p2', kind: 'paragraph', text: '“上海五国”机制为上海合作组织奠定了基础。' },
  ],
};
// Site order: yu, then han (block ids 0 for yu, 1–2 for han).
const bytes: Record<string, number> = { yu: 200_000, han: 300_000 };
const table = (blocksBytes: (slug: string) => number) =>
  encodeArticleTable(['yu', 'han'].map((slug) => ({ slug, authors: [], sourceKind: 'journal', blocksBytes: blocksBytes(slug), count: articleBlocks[slug]!.length })));
const manifest: SearchManifest = {
  articles: table((slug) => bytes[slug]!),
  t2s: { 國: '国' },
  foldSources: '　',
  glossary: [],
  pagefindBytes: { cold: 100_000, chunk: 40_000 },
};

function fixture() {
  const asked: string[] = [];
  const fetched: string[] = [];
  let loads = 0;
  const pagefindModule: Pagefind = {
    filters: async () => ({}),
    search: async (pair) => {
      asked.push(pair);
      return { filters: { article: Object.fromEntries(Object.entries(articleBlocks).map(([slug, blocks]) => [slug, blocks.some((b) => b.text.includes(pair)) ? 1 : 0])) } };
    },
  };
  const pagefind = async () => (loads++, pagefindModule);
  const loadBlocks = async (slug: string) => (fetched.push(slug), articleBlocks[slug]!);
  return { asked, fetched, pagefind, loadBlocks, loads: () => loads };
}

test('Pagefind narrows the articles; only candidates are fetched; hits in site order with their ranges', async () => {
  const { asked, fetched, pagefind, loadBlocks } = fixture();
  const hits = verifiedHits(await runSearch('五國', manifest, { pagefind, loadBlocks }));
  assert.deepEqual(asked, ['五国']);
  assert.deepEqual(fetched, ['han']);
  assert.deepEqual(hits.map((h) => [h.article.slug, h.block.anchor, h.ranges]), [['han', 'h1', [[4, 6]]], ['han', 'p2', [[3, 5]]]]);
});

test('when every article is already loaded, Pagefind is not asked and every article is searched', async () => {
  const { asked, pagefind, loadBlocks } = fixture();
  const hits = verifiedHits(await runSearch('上海合作组织', manifest, { pagefind, loadBlocks, loaded: new Set(['han', 'yu']) }));
  assert.deepEqual(asked, []);
  assert.deepEqual(hits.map((h) => `${h.article.slug}#${h.block.anchor}`), ['yu#p1', 'han#p2']);
});

test('a query with nothing to search for asks nothing and fetches nothing', async () => {
  const { asked, fetched, pagefind, loadBlocks } = fixture();
  const nothing = await runSearch('，！', manifest, { pagefind, loadBlocks });
  assert.deepEqual([nothing.groups, nothing.articles], [[], []]);
  assert.deepEqual([asked, fetched], [[], []]);
});

test('when the blocks weigh less than Pagefind, Pagefind is not even loaded and every article is read', async () => {
  const { asked, fetched, pagefind, loadBlocks, loads } = fixture();
  const small = { ...manifest, articles: table(() => 30_000) };
  const hits = verifiedHits(await runSearch('五國', small, { pagefind, loadBlocks }));
  assert.equal(loads(), 0);
  assert.deepEqual(asked, []);
  assert.deepEqual(fetched.sort(), ['han', 'yu']);
  assert.deepEqual(hits.map((h) => `${h.article.slug}#${h.block.anchor}`), ['han#h1', 'han#p2']);
});

/**
 * The fixture's articles with a paragraph-level index built from their blocks, chunks of `chunkSize`
 * blocks served from memory, and the shards and chunks each search asks for.
 */
async function indexedFixture(chunkSize: number) {
  const { buildPostingsIndex } = await import('../index/postings-index.ts');
  const texts = manifest.articles.slugs.map((slug) => articleBlocks[slug]!.map((b) => b.text));
  const { info, shards } = buildPostingsIndex(texts, manifest.t2s);
  const indexed: SearchManifest = { ...manifest, index: { ...info, chunkSize } };
  const all = manifest.articles.slugs.flatMap((slug) => articleBlocks[slug]!);
  const shardsAsked: number[] = [];
  const chunksAsked: number[] = [];
  const loadShard = async (n: number) => (shardsAsked.push(n), JSON.parse(shards[n]!) as Record<string, string>);
  const loadChunk = async (n: number) => (chunksAsked.push(n), all.slice(n * chunkSize, (n + 1) * chunkSize));
  return { info, indexed, shardsAsked, chunksAsked, loadShard, loadChunk };
}

test('with the index: only the query shards and the chunks of candidate blocks are loaded, never Pagefind or an article file; hits in site order', async () => {
  // Site order yu, han: block ids 0 (yu), 1–2 (han); chunks of 2: [yu p1, han h1], [han p2].
  const { info, indexed, shardsAsked, chunksAsked, loadShard, loadChunk } = await indexedFixture(2);
  const { fetched, pagefind, loadBlocks, loads } = fixture();
  const options = { loadBlocks, pagefind, loadShard, loadChunk };
  const spirit = await runSearch('上海精神', indexed, options);
  assert.deepEqual(verifiedHits(spirit).map((h) => [h.article.slug, h.block.anchor, h.position]), [['yu', 'p1', 0]]);
  assert.deepEqual(chunksAsked, [0], 'only the chunk of block 0');
  const five = await runSearch('上海 五國', indexed, options);
  assert.deepEqual(verifiedHits(five).map((h) => [h.article.slug, h.block.anchor, h.position]), [['han', 'h1', 0], ['han', 'p2', 1]]);
  const none = await runSearch('中亚', indexed, options);
  assert.deepEqual(none.articles, []);
  assert.deepEqual(chunksAsked, [0, 0, 1], 'the chunks of blocks 1 and 2; a query with no candidate loads no chunk');
  assert.ok(shardsAsked.length > 0 && shardsAsked.every((n) => n < info.shardCount));
  assert.deepEqual(fetched, []);
  assert.equal(loads(), 0);
});

test('beyond the eager budget, only the articles asked for are verified: counts are the candidates until then, exact for two-unit terms', async () => {
  const { indexed, chunksAsked, loadShard, loadChunk } = await indexedFixture(1);
  const options = { loadBlocks: async () => assert.fail('no article file with the index'), loadShard, loadChunk, eagerChunks: 0 };
  // 上海五 (three units): candidates are every block holding 上海 and 五… — han's heading and paragraph.
  const result = await runSearch('上海五', indexed, options);
  assert.deepEqual(chunksAsked, [], 'nothing verified before it is asked for');
  assert.equal(result.exactCandidates, false);
  assert.deepEqual(result.articles.map((a) => [a.article.slug, a.candidates, hitCount(a)]), [['han', 2, 2]]);
  await result.verify(result.articles);
  assert.deepEqual(chunksAsked.sort(), [1, 2], 'the chunks of han\'s blocks 1 and 2');
  // The heading reads 一　上海五国 (a full-width space between): whitespace is ignored, both are hits.
  assert.deepEqual(verifiedHits(result).map((h) => h.block.anchor), ['h1', 'p2']);
  assert.ok(resultIsExact(result));
  // A two-unit term: the candidates are the hits, exact before verification.
  const pair = await runSearch('精神', indexed, options);
  assert.ok(pair.exactCandidates && resultIsExact(pair));
  assert.deepEqual(pair.articles.map((a) => [a.article.slug, hitCount(a), a.hits]), [['yu', 1, undefined]]);
});
