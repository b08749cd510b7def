/**
 * Search recall and precision over a synthetic corpus of 1,000 articles, in Node: the paragraph-level
 * index and the search data are built by the build's own functions (search/index/search-data.ts
 * `searchManifest`, `searchBlockChunks`; search/index/postings-index.ts), read back through JSON as the
 * browser reads the served files, and searched by the results page's own steps (search/client/run-search.ts,
 * facets.ts `orderArticles`, result-pages.ts `pagePlan`, paging until no page is left) with loaders that
 * serve the shards and chunks from memory and count what is fetched. The answer is compared with the
 * substring oracle of the browser recall test (tools/harness/search-oracle.ts), over a sampled query set
 * (tests/e2e/support/search-queries.ts `buildQuerySet` on every 25th article, plus substrings sampled
 * from random blocks, alone, two together and as a traditional-character form).
 *
 * The corpus: the real corpus's blocks (content-model/corpus/read-corpus.ts) dealt into 1,000 articles
 * of 10–59 consecutive blocks from a random starting block, by a seeded PRNG (mulberry32, seed 22), some
 * blocks changed the way other extractions of the same text differ: traditional characters (opencc-js),
 * full-width Latin letters and digits, upper case, a space inside a word. So the index meets the real
 * text's keys at 125 × its size, with every block repeated many times (the worst case for candidates).
 *
 * What must hold: for every query, the hits of all pages together are exactly the oracle's blocks, each
 * once (recall and precision 100 %); the counts the page shows before verification are exact when the
 * candidates are (every alternative ≤ 2 code units) and never below the truth; the first page fetches
 * only chunks of the articles it shows. Prints the corpus size, the query count and the bytes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as OpenCC from 'opencc-js/cn2t';
import { readCorpus } from '../../src/content-model/corpus/read-corpus.ts';
import type { CorpusArticle, CorpusBlock } from '../../src/content-model/corpus/corpus-types.ts';
import { searchBlockChunks, searchManifest } from '../../src/search/index/search-data.ts';
import { buildPostingsIndex } from '../../src/search/index/postings-index.ts';
import { hitCount, runSearch, type SearchHit } from '../../src/search/client/run-search.ts';
import { orderArticleHits, orderArticles } from '../../src/search/client/facets.ts';
import { pagePlan } from '../../src/search/client/result-pages.ts';
import { blockStarts, type IndexShard } from '../../src/search/shared/postings.ts';
import type { SearchBlock, SearchManifest } from '../../src/search/shared/types.ts';
import { buildQuerySet, makeOracle, readGlossary, type ScannedArticle } from '../e2e/support/search-queries.ts';

const articleCount = 1_000;
const seed = 22;

function mulberry32(a: number): () => number {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(seed);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
const fullWidth = (s: string) => s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** A block's text as another extraction might give it (or unchanged, most of the time). */
function variant(text: string): string {
  const r = random();
  if (r < 0.08) return toTraditional(text);
  if (r < 0.11) return fullWidth(text);
  if (r < 0.14) return text.toUpperCase();
  if (r < 0.17 && text.length > 4) {
    const at = 1 + Math.floor(random() * (text.length - 2));
    return `${text.slice(0, at)} ${text.slice(at)}`;
  }
  return text;
}

const real = readCorpus();
const pool: CorpusBlock[] = real.flatMap((a) => a.blocks);
const corpus: CorpusArticle[] = Array.from({ length: articleCount }, (_, i) => {
  const slug = `syn-${String(i).padStart(4, '0')}`;
  const start = Math.floor(random() * pool.length);
  const count = 10 + Math.floor(random() * 50);
  const blocks = Array.from({ length: count }, (_, k): CorpusBlock => {
    const from = pool[(start + k) % pool.length]!;
    return { ...from, article: slug, anchor: `b${k + 1}`, text: variant(from.text) };
  });
  return { slug, title: `合成文章 ${i}`, blocks };
});
const authors = ['于洪君', '李进峰', '赖毅', '孙壮志', '陈亚州', '韩璐'];
const kinds = ['journal', 'newspaper', 'roundtable'];
const facets = corpus.map((a) => ({ slug: a.slug, title: a.title, authors: [pick(authors)], sourceKind: pick(kinds), year: String(2001 + Math.floor(random() * 25)) }));
const glossary = readGlossary();

// The files as the build writes them and the browser parses them.
const base = searchManifest(corpus, facets, glossary);
const index = buildPostingsIndex(
  corpus.map((a) => a.blocks.map((b) => b.text)),
  base.t2s,
);
const manifest: SearchManifest = JSON.parse(JSON.stringify({ ...base, index: index.info }));
const shardBodies = index.shards;
const chunkBodies = searchBlockChunks(corpus, index.info.chunkSize);
const starts = blockStarts(manifest.articles.counts);

const oracle = makeOracle(manifest.t2s, glossary);
const blocks = corpus.flatMap((a) => a.blocks.map((b) => ({ ref: `${a.slug}#${b.anchor}`, folded: oracle.fold(b.text) })));

/** Every 25th article, as the e2e recall test's query builder reads a scanned article. */
const scanned: ScannedArticle[] = corpus
  .filter((_, i) => i % 25 === 0)
  .map((a) => ({ slug: a.slug, blocks: a.blocks.map((b) => ({ ref: `${a.slug}#${b.anchor}`, kind: b.kind, text: b.text, lines: [] })), rawLines: new Map() }));

function sampledQueries(): string[] {
  const substring = () => {
    const text = pick(pick(corpus).blocks).text;
    const length = 1 + Math.floor(random() * 12);
    const start = Math.floor(random() * Math.max(1, text.length - length));
    return text.slice(start, start + length).trim();
  };
  const out: string[] = [];
  for (let k = 0; k < 120; k++) out.push(substring());
  for (let k = 0; k < 40; k++) out.push(`${substring()} ${substring()}`);
  for (let k = 0; k < 30; k++) out.push(toTraditional(substring()));
  return out;
}

const queries = [...new Set([...buildQuerySet({ articles: scanned, glossary, t2s: manifest.t2s }).map((q) => q.query), ...sampledQueries()])];

test(`search over ${articleCount} synthetic articles: every page together is exactly the substring matches`, async (t) => {
  assert.equal(corpus.length, articleCount);
  assert.ok(blocks.length > 25_000, `${blocks.length} blocks`);
  assert.ok(queries.length >= 300, `${queries.length} queries`);
  const shards = new Map<number, IndexShard>();
  const chunks = new Map<number, SearchBlock[]>();
  let fetchedBytes = 0;
  let fetchedChunks: number[] = [];
  const loadShard = async (n: number) => {
    if (!shards.has(n)) {
      fetchedBytes += shardBodies[n]!.length;
      shards.set(n, JSON.parse(shardBodies[n]!) as IndexShard);
    }
    return shards.get(n)!;
  };
  const loadChunk = async (n: number) => {
    fetchedChunks.push(n);
    if (!chunks.has(n)) chunks.set(n, JSON.parse(chunkBodies[n]!) as SearchBlock[]);
    return chunks.get(n)!;
  };
  const loadBlocks = async (): Promise<SearchBlock[]> => assert.fail('with the index no article file is read');

  let expectedTotal = 0;
  let foundTotal = 0;
  let missed = 0;
  let extra = 0;
  let withHits = 0;
  let paged = 0;
  let exactBefore = 0;
  for (const query of queries) {
    const groups = oracle.groups(query);
    const expected = new Set(groups.length === 0 ? [] : blocks.filter((b) => oracle.matchesFolded(b.folded, groups)).map((b) => b.ref));
    fetchedChunks = [];
    // eagerChunks 0: always the paged path a large corpus takes.
    const result = await runSearch(query, manifest, { loadBlocks, loadShard, loadChunk, eagerChunks: 0 });
    assert.deepEqual(fetchedChunks, [], `${query}: chunks fetched before a page asked for them`);
    const before = result.articles.reduce((sum, a) => sum + hitCount(a), 0);
    assert.ok(before >= expected.size, `${query}: the index counted ${before} < ${expected.size}`);
    if (result.exactCandidates) {
      assert.equal(before, expected.size, `${query}: exact candidates counted ${before}, not ${expected.size}`);
      exactBefore++;
    }
    const ordered = orderArticles(result.articles, 'relevance');
    const shown: SearchHit[] = [];
    for (let page = 1; ; page++) {
      let plan = pagePlan(ordered, {}, page);
      while (plan.pending.length > 0) {
        const asked = new Set(plan.pending.map((a) => a.index));
        if (page === 1) assert.ok(plan.pending.every((a) => plan.shown.some((s) => s.article === a)));
        fetchedChunks = [];
        await result.verify(plan.pending);
        // Only chunks holding blocks of the articles asked for.
        for (const n of fetchedChunks) {
          const first = n * manifest.index!.chunkSize;
          const last = first + manifest.index!.chunkSize - 1;
          assert.ok([...asked].some((i) => starts[i]! <= last && first < starts[i]! + manifest.articles.counts[i]!), `${query}: chunk ${n} holds none of the articles shown`);
        }
        plan = pagePlan(ordered, {}, page);
      }
      if (page === 1 && plan.more) paged++;
      if (!plan.more) {
        shown.push(...plan.shown.flatMap(({ article, limit }) => orderArticleHits(article.hits!, 'relevance').slice(0, limit)));
        break;
      }
    }
    const got = shown.map((h) => `${h.article.slug}#${h.block.anchor}`);
    assert.equal(new Set(got).size, got.length, `${query}: a hit listed twice`);
    const gotSet = new Set(got);
    const misses = [...expected].filter((r) => !gotSet.has(r));
    const extras = got.filter((r) => !expected.has(r));
    missed += misses.length;
    extra += extras.length;
    expectedTotal += expected.size;
    foundTotal += got.length;
    if (expected.size > 0) withHits++;
    assert.deepEqual([misses.slice(0, 5), extras.slice(0, 5)], [[], []], `${query}: ${misses.length} missed, ${extras.length} not matching`);
  }
  const recall = expectedTotal === 0 ? 1 : (expectedTotal - missed) / expectedTotal;
  const precision = foundTotal === 0 ? 1 : (foundTotal - extra) / foundTotal;
  t.diagnostic(
    `${corpus.length} articles, ${blocks.length} blocks, ${shardBodies.length} shards; ${queries.length} queries (${withHits} with hits, ${paged} over more than one page, ${exactBefore} exact before verification): ` +
      `recall ${(recall * 100).toFixed(2)} %, precision ${(precision * 100).toFixed(2)} % over ${expectedTotal} expected refs; ${(fetchedBytes / 1e6).toFixed(1)} MB of shards read in all`,
  );
  assert.equal(recall, 1);
  assert.equal(precision, 1);
  assert.ok(withHits > queries.length / 2 && paged > 20, `${withHits} queries with hits, ${paged} paged: the sample does not exercise paging`);
});
