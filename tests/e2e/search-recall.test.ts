/**
 * Search recall and precision against a plain substring scan of the built pages.
 *
 * In Chromium, every article page linked from the home page is read block by block (paragraphs,
 * headings, footnotes, table captions and cells: support/search-queries.ts `scanArticle`), and for a
 * fixed set of at least 150 queries — every glossary term and alias, single characters, substrings at
 * fixed strides through every article and across former line breaks, traditional / full-width /
 * mixed-case forms, several terms, quoted phrases, English names, abbreviations and pinyin, queries that
 * occur nowhere, and edge queries (punctuation only, 1,000 characters, over the limit, markup) — the refs
 * that `/search/?q=…` lists (`#search-hits li.hit[data-ref]`) must equal the refs of the blocks whose
 * folded text contains every term group (the independent oracle `makeOracle`). Recall and precision
 * are printed and must both be 100 %; each block of a ref must be listed once (hit counts per ref equal
 * the number of matching blocks). The markup query must stay text: no `img` in the results and
 * `window.__pwned` never set.
 *
 * The query set runs twice: as built (candidate blocks from the paragraph-level index, then only the
 * blocks files of the articles holding them: search/client/index-candidates.ts; the built pass must
 * have fetched index shards and never Pagefind) and with Pagefind forced — the manifest's `index`
 * removed and its `pagefindBytes` rewritten to 0 in the browser, so every first search on a page
 * narrows through the Pagefind adapter (search/client/candidates.ts) and fetches its candidates' blocks one
 * file each, as it will once the corpus outweighs Pagefind. Both must
 * give 100 %; the forced pass must have fetched Pagefind's index.
 *
 * Needs a built site with its Pagefind index (npm run build).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { T2sMap } from '../../src/search/shared/types.ts';
import { searchDataPaths } from '../../src/routes.ts';
import { articleLinks, useSite } from './support/site.ts';
import { buildQuerySet, makeOracle, readGlossary, scanArticle, type ScannedArticle } from './support/search-queries.ts';

interface Outcome {
  query: string;
  kind: string;
  expected: Map<string, number>;
  got: Map<string, number>;
  status: string;
}

function countRefs(refs: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ref of refs) counts.set(ref, (counts.get(ref) ?? 0) + 1);
  return counts;
}

type Mode = 'as built' | 'Pagefind forced';
const modes: Mode[] = ['as built', 'Pagefind forced'];

interface RunContext {
  queries: readonly { kind: string }[];
  blockCount: number;
  articleCount: number;
  scanSeconds: number;
}

/** Pages searching at the same time. */
const concurrency = Number(process.env['SEARCH_RECALL_PAGES'] ?? 3);

const percent = (part: number, whole: number): string => (whole === 0 ? 100 : (100 * part) / whole).toFixed(2);

const shorten = (query: string): string => (query.length > 40 ? `${query.slice(0, 40)}…(${query.length} chars)` : query);

describe('search recall', () => {
  const site = useSite();

  test('every query lists exactly the blocks a substring scan of the built pages finds', async () => {
    const started = performance.now();
    const { baseUrl, browser } = site();
    const errors: string[] = [];
    const page = await browser.newPage();
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));

    const glossary = readGlossary();
    const articles: ScannedArticle[] = [];
    const articleUrls = await articleLinks(page, baseUrl);
    for (const url of articleUrls) articles.push(await scanArticle(page, url));
    // The fold map the site folds with: from the search data an article page names (scanArticle ends on
    // the article's raw-source view, which does not search and names none: layouts/Base.astro).
    await page.goto(articleUrls.at(-1)!);
    const folder = await page.evaluate(() => document.documentElement.dataset['searchData']);
    assert.ok(folder, 'the article page names no search data (<html data-search-data>)');
    const manifest = (await (await fetch(`${baseUrl}${searchDataPaths(folder).manifest}`)).json()) as { t2s: T2sMap };
    const blocks = articles.flatMap((a) => a.blocks);
    assert.ok(articles.length >= 8 && blocks.length >= 400, `scanned ${articles.length} articles, ${blocks.length} blocks`);
    for (const kind of ['paragraph', 'heading', 'note', 'caption', 'cell'] as const) {
      assert.ok(blocks.some((b) => b.kind === kind && b.text.trim() !== ''), `no ${kind} block with text was scanned`);
    }

    const oracle = makeOracle(manifest.t2s, glossary);
    // Every hit on one page: `page=n` shows the first n pages of 20 (search/client/result-pages.ts), and
    // no query has more hits than there are blocks. (search.test.ts clicks through the pages themselves.)
    const everyPage = Math.ceil(blocks.length / 20) + 1;
    const queries = buildQuerySet({ articles, glossary, t2s: manifest.t2s });
    await page.close();
    assert.ok(queries.length >= 150, `only ${queries.length} queries`);
    const scanned = performance.now();

    // A few pages search side by side, each navigating to /search/?q=… for one query after another.
    const runQueries = async (mode: Mode): Promise<{ outcomes: Outcome[]; pagefindRequests: number; shardRequests: number; seconds: number }> => {
      const from = performance.now();
      const outcomes: Outcome[] = [];
      let pagefindRequests = 0;
      let shardRequests = 0;
      let next = 0;
      const worker = async (): Promise<void> => {
        const page = await browser.newPage();
        page.on('pageerror', (error) => errors.push(`${mode}: ${page.url()}: ${error.message}`));
        page.on('request', (request) => {
          const path = new URL(request.url()).pathname;
          if (path.startsWith('/pagefind/')) pagefindRequests++;
          if (/^\/search\/data\/[0-9a-f]+\/index\//.test(path)) shardRequests++;
        });
        if (mode === 'Pagefind forced') {
          await page.route('**/search/data/*/manifest.json', async (route) => {
            const response = await route.fetch();
            const json = { ...(await response.json()), index: undefined, pagefindBytes: { cold: 0, chunk: 0 } };
            await route.fulfill({ response, json });
          });
        }
        for (let i = next++; i < queries.length; i = next++) {
          const { query, kind } = queries[i]!;
          const groups = oracle.groups(query);
          const expected = countRefs(blocks.filter((b) => oracle.matches(b.text, groups)).map((b) => b.ref));
          await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(query)}&page=${everyPage}`);
          await page.locator('#search-results[aria-busy="false"]').waitFor();
          const got = countRefs(await page.locator('#search-hits li.hit').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset['ref'] ?? '')));
          const status = (await page.locator('#search-status').textContent()) ?? '';
          outcomes[i] = { query, kind, expected, got, status };

          if (kind === 'nowhere') assert.equal(expected.size, 0, `"${query}" was meant to occur nowhere`);
          if (query.includes('onerror')) {
            await page.waitForLoadState('networkidle');
            assert.equal(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned), undefined, 'a script from the query ran');
            assert.equal(await page.locator('#search-results img').count(), 0, 'the query was inserted as markup');
            assert.ok(status.includes(query), `the status does not show the query as text: "${status}"`);
          }
          if (query === '，。') assert.match(status, /没有文字或数字/, `punctuation-only query: "${status}"`);
        }
        await page.close();
      };
      await Promise.all(Array.from({ length: concurrency }, worker));
      return { outcomes, pagefindRequests, shardRequests, seconds: (performance.now() - from) / 1000 };
    };

    for (const mode of modes) {
      const { outcomes, pagefindRequests, shardRequests, seconds } = await runQueries(mode);
      report(mode, outcomes, pagefindRequests, seconds, { queries, blockCount: blocks.length, articleCount: articles.length, scanSeconds: (scanned - started) / 1000 });
      if (mode === 'Pagefind forced') assert.ok(pagefindRequests > 0, 'the forced pass never fetched Pagefind: the adapter was not exercised');
      else {
        assert.ok(shardRequests > 0, 'the built pass never fetched an index shard: the index was not exercised');
        assert.equal(pagefindRequests, 0, 'the built pass fetched Pagefind although the index answers');
      }
    }
    assert.deepEqual(errors, [], 'page errors during the searches');
  });
});

/** Prints one pass's figures and asserts 100 % recall and precision. */
function report(mode: Mode, outcomes: Outcome[], pagefindRequests: number, searchSeconds: number, context: RunContext): void {
  const { queries, blockCount, articleCount, scanSeconds } = context;
  let expectedTotal = 0;
  let gotTotal = 0;
  let found = 0;
  const failures: string[] = [];
  const countMismatches: string[] = [];
  for (const o of outcomes) {
    const missing = [...o.expected.keys()].filter((ref) => !o.got.has(ref));
    const extra = [...o.got.keys()].filter((ref) => !o.expected.has(ref));
    expectedTotal += o.expected.size;
    gotTotal += o.got.size;
    found += o.expected.size - missing.length;
    if (missing.length || extra.length) {
      failures.push(`  [${o.kind}] "${shorten(o.query)}" (status: ${o.status})\n    missing: ${missing.join(' ') || '—'}\n    extra: ${extra.join(' ') || '—'}`);
    }
    const differing = [...o.expected].filter(([ref, n]) => o.got.has(ref) && o.got.get(ref) !== n).map(([ref, n]) => `${ref} ${o.got.get(ref)}≠${n}`);
    if (differing.length) countMismatches.push(`  "${shorten(o.query)}": ${differing.join(', ')}`);
  }
  const composition = Object.entries(Object.groupBy(queries, (q) => q.kind)).map(([kind, list]) => `${kind} ${list!.length}`).join(', ');
  const withHits = outcomes.filter((o) => o.expected.size > 0).length;
  console.log(
    `search recall (${mode}) ${percent(found, expectedTotal)} % precision ${percent(found, gotTotal)} % over ${queries.length} queries ` +
      `(${withHits} with hits; ${expectedTotal} expected refs, ${gotTotal} listed; ${blockCount} blocks in ${articleCount} articles; ` +
      `scan ${scanSeconds.toFixed(1)} s, searches ${searchSeconds.toFixed(1)} s on ${concurrency} pages; ${pagefindRequests} Pagefind requests) ` +
      `(composition: ${composition})`,
  );
  assert.ok(withHits >= 100, `only ${withHits} queries are expected to find something: the query set is too weak`);
  assert.equal(failures.length, 0, `${mode}: ${failures.length} of ${queries.length} queries differ from the substring scan:\n${failures.join('\n')}`);
  assert.equal(countMismatches.length, 0, `${mode}: hits per ref differ from the number of matching blocks (listed ≠ expected):\n${countMismatches.join('\n')}`);
}
