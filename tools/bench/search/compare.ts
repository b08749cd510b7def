/**
 * Ours against Pagefind's own default UI, over the same dist/, interleaved in one run (issue 22,
 * deliverable 5): for each run and each query, a cold page load of our results page `/search/?q=<query>`
 * (A), then a cold page load of a harness page mounting Pagefind's bundled default UI
 * (`/pagefind/pagefind-ui.js` and `.css`, which `pagefind --site dist` writes into dist/pagefind/) and
 * searching the same query (B): A B A B …, so drift of the shared machine falls on both alike.
 *
 * The harness page is served at `pagefindUiPath` (`/__bench/pagefind-ui?q=…`, the bench's own path, not a
 * page of the site) by a proxy in front of the test server, which also records every request. It creates
 * `new PagefindUI({ element, showSubResults: true, showImages: false, debounceTimeoutMs: 0 })` and calls
 * `triggerSearch(q)` at once: sub-results so it can link to blocks, no debounce so the time is Pagefind's
 * work and not a 300 ms typing timer (both favour Pagefind; the rest is its default). Done = Pagefind UI
 * rendered its results list (`ol.pagefind-ui__results`) holding either no result or a first result with
 * its link (its data fragment loaded); for ours, `aria-busy="false"` on `#search-results` (measure.ts
 * `watchBusy`). Either way the clock is read in the frame after the results were painted
 * (`afterNextPaint`), on the page's clock from the navigation's `fetchStart`.
 *
 * Bytes (cold, "gzip"): every request the proxy saw from the navigation until done and no request open
 * for 250 ms (Pagefind's worker included), each body counted as min(body, gzip -9 of the file in dist/)
 * (site.ts `fileSizes`), the harness page's own HTML as its gzip size; headers not counted (the main
 * table of bench:search counts them: its figures are a little larger).
 *
 * Recall of Pagefind UI: the same substring oracle as the recall test (tools/harness/search-oracle.ts,
 * re-exported by tests/e2e/support/search-queries.ts) run over the blocks of a sample of built article
 * pages (every real article, slugs without `-sNNNN`, plus synthetic ones evenly spaced, `recallArticles`
 * in all); once per query, Pagefind UI's "load more" is pressed until every result is listed (at most
 * `maxLoadMore` times: beyond that, the rest counts as not shown) and its links are read: a hit page is
 * shown when an oracle hit's article is listed, a hit block when a link points at the block's anchor.
 *
 * `runComparison(browser, upstream, site, options)` → `ComparisonResult` (per query samples, recall);
 * `reportComparison(result)` prints the tables OURS AGAINST PAGEFIND UI and PAGEFIND UI RECALL and one
 * line `COMPARE-JSON {…}` (a `CompareSummary`, read by tools/bench/scale.ts).
 * Errors: a search not done within `timeoutMs` is a failed sample (counted, not fatal); Chromium and
 * file errors propagate.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { gzipSizeSync } from 'gzip-size';
import { articlePath, searchPath } from '../../../src/routes.ts';
import type { T2sMap } from '../../../src/search/shared/types.ts';
import { startRewritingProxy } from '../../harness/proxy.ts';
import { makeOracle, readGlossary, scanArticle, type ScannedArticle } from '../../harness/search-oracle.ts';
import { blankPath } from './hosts.ts';
import { watchBusy } from './measure.ts';
import type { BuiltSite } from './site.ts';
import { kb, median, ms, quantile, row } from './stats.ts';

/** The harness page mounting Pagefind's default UI (served by the comparison host, not part of the site). */
export const pagefindUiPath = '/__bench/pagefind-ui';

const harnessPage = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>Pagefind UI</title>
<link rel="stylesheet" href="/pagefind/pagefind-ui.css"></head>
<body><div id="search"></div>
<script src="/pagefind/pagefind-ui.js"></script>
<script>
(() => {
  let finish;
  window.__searchDone = new Promise((r) => (finish = r));
  const afterNextPaint = (then) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => then(performance.now());
    channel.port2.postMessage(null);
  });
  const root = document.getElementById('search');
  const done = () => {
    const list = root.querySelector('ol.pagefind-ui__results');
    return list !== null && (list.children.length === 0 || list.querySelector('a.pagefind-ui__result-link') !== null);
  };
  new MutationObserver((_records, observer) => {
    if (done()) { observer.disconnect(); afterNextPaint(finish); }
  }).observe(root, { subtree: true, childList: true });
  const q = new URLSearchParams(location.search).get('q') ?? '';
  window.__ui = new PagefindUI({ element: '#search', showSubResults: true, showImages: false, debounceTimeoutMs: 0 });
  window.__ui.triggerSearch(q);
})();
</script></body></html>`;

export interface CompareOptions {
  queries: string[];
  runs: number;
  timeoutMs: number;
  recallArticles: number;
  maxLoadMore: number;
}

export interface Cold {
  ok: boolean;
  ms: number;
  gzip: number;
  requests: number;
}

export interface QueryComparison {
  query: string;
  ours: Cold[];
  pagefind: Cold[];
  /** Oracle hits in the sampled articles, and how many Pagefind UI shows (pages, blocks). */
  hitPages: number;
  shownPages: number;
  hitBlocks: number;
  shownBlocks: number;
  /** Results Pagefind UI listed, and whether "load more" was still offered after `maxLoadMore` presses. */
  listed: number;
  capped: boolean;
}

export interface ComparisonResult {
  perQuery: QueryComparison[];
  runs: number;
  articlesScanned: number;
}

/** What tools/bench/search.ts prints on its `COMPARE-JSON ` line, and tools/bench/scale.ts reads. */
export interface CompareSummary {
  queries: number;
  runs: number;
  /** Largest per-query median of our cold bytes (gzip), bytes; and the pooled medians. */
  oursBytesWorst: number;
  oursBytesMedian: number;
  pagefindBytesMedian: number;
  /** Pooled medians of time to the first results painted, ms, and their ratio ours / Pagefind UI. */
  oursMsMedian: number;
  pagefindMsMedian: number;
  timeRatio: number;
  /** The largest per-query ratio of medians. */
  timeRatioWorst: number;
  /** Pagefind UI's recall against the substring oracle (fractions), over `recallArticles` scanned articles. */
  recallPages: number;
  recallBlocks: number;
  recallArticles: number;
  failed: number;
}

interface Seen {
  path: string;
  gzip: number;
}

/** The proxy in front of the test server: serves the harness page and records each request's gzip size. */
async function startComparisonHost(upstream: string, site: BuiltSite) {
  let log: Seen[] = [];
  let open = 0;
  let lastChange = performance.now();
  const harnessGzip = gzipSizeSync(harnessPage);
  const proxy = await startRewritingProxy(upstream, (req, response) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    lastChange = performance.now();
    if (path === pagefindUiPath) {
      log.push({ path, gzip: harnessGzip });
      return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }, body: Buffer.from(harnessPage) };
    }
    const gzip = response.status === 200 ? Math.min(response.body.length, site.fileSizes(path).gzip) : Math.min(response.body.length, gzipSizeSync(response.body));
    log.push({ path, gzip });
    return response;
  });
  return {
    url: proxy.url,
    close: proxy.close,
    /** Starts a new request log. */
    begin() {
      log = [];
      open = 0;
    },
    /** The page's requests open (its `request` events less its `requestfinished` and `requestfailed`). */
    sent() {
      open++;
      lastChange = performance.now();
    },
    ended() {
      open = Math.max(0, open - 1);
      lastChange = performance.now();
    },
    /** Resolves once no request has been open for `quietMs` (at most `timeoutMs`), with the log. */
    async settled(quietMs: number, timeoutMs: number): Promise<Seen[]> {
      const start = performance.now();
      while (performance.now() - start < timeoutMs && (open > 0 || performance.now() - lastChange < quietMs)) await new Promise((r) => setTimeout(r, 50));
      return log;
    },
  };
}

type Host = Awaited<ReturnType<typeof startComparisonHost>>;

/** One cold page load in a new context: `url` until `__searchDone`, then its bytes. */
async function coldLoad(browser: Browser, host: Host, url: string, ours: boolean, timeoutMs: number): Promise<Cold> {
  const context = await browser.newContext();
  try {
    if (ours) await context.addInitScript(watchBusy, blankPath);
    const page = await context.newPage();
    page.on('request', () => host.sent());
    page.on('requestfinished', () => host.ended());
    page.on('requestfailed', () => host.ended());
    host.begin();
    await page.goto(`${host.url}${url}`, { waitUntil: 'commit', timeout: timeoutMs });
    const timeout = new Promise<undefined>((r) => setTimeout(() => r(undefined), timeoutMs));
    const elapsed = await Promise.race([
      page.evaluate(async () => {
        // The harness page defines it in its own script, which runs once pagefind-ui.js has loaded.
        const w = window as unknown as { __searchDone?: Promise<number> };
        while (w.__searchDone === undefined) await new Promise((r) => setTimeout(r, 5));
        const done = await w.__searchDone;
        return done - (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).fetchStart;
      }),
      timeout,
    ]).catch(() => undefined);
    const log = await host.settled(250, timeoutMs);
    return { ok: elapsed !== undefined, ms: elapsed ?? Number.NaN, gzip: log.reduce((n, s) => n + s.gzip, 0), requests: log.length };
  } finally {
    await context.close();
  }
}

/** Pagefind UI's result links for `query` after pressing "load more" until all are listed (or the cap). */
async function pagefindLinks(page: Page, host: Host, query: string, options: CompareOptions): Promise<{ links: string[]; capped: boolean }> {
  await page.goto(`${host.url}${pagefindUiPath}?q=${encodeURIComponent(query)}`, { timeout: options.timeoutMs, waitUntil: 'load' });
  await page.evaluate(() => (window as unknown as { __searchDone: Promise<number> }).__searchDone);
  let presses = 0;
  for (; presses < options.maxLoadMore; presses++) {
    const more = page.locator('button.pagefind-ui__button');
    if ((await more.count()) === 0) break;
    await more.first().click();
    await page.waitForTimeout(50);
  }
  const capped = (await page.locator('button.pagefind-ui__button').count()) > 0;
  // Every listed result's data loaded (a placeholder has no link yet).
  await page.waitForFunction(() => document.querySelectorAll('.pagefind-ui__result .pagefind-ui__loading').length === 0, undefined, { timeout: options.timeoutMs }).catch(() => undefined);
  const links = await page.locator('a.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  return { links, capped };
}

/** The article slugs of the build (dist/articles/<slug>/index.html), sampled: every real one, then evenly spaced. */
function sampleArticles(distDir: string, count: number): string[] {
  const dir = join(distDir, articlePath('x').split('/').filter(Boolean)[0]!);
  const slugs = readdirSync(dir).filter((s) => existsSync(join(dir, s, 'index.html'))).sort();
  const real = slugs.filter((s) => !/-s\d{4,}$/u.test(s));
  const synthetic = slugs.filter((s) => /-s\d{4,}$/u.test(s));
  const room = Math.max(0, count - real.length);
  const step = synthetic.length / Math.max(1, room);
  const picked = Array.from({ length: Math.min(room, synthetic.length) }, (_, i) => synthetic[Math.floor(i * step)]!);
  return [...real, ...picked];
}

export async function runComparison(browser: Browser, upstream: string, site: BuiltSite, options: CompareOptions): Promise<ComparisonResult> {
  const host = await startComparisonHost(upstream, site);
  try {
    const perQuery: QueryComparison[] = options.queries.map((query) => ({ query, ours: [], pagefind: [], hitPages: 0, shownPages: 0, hitBlocks: 0, shownBlocks: 0, listed: 0, capped: false }));
    // A throwaway visit of each starts Chromium's processes and Pagefind's first compile outside the figures.
    await coldLoad(browser, host, searchPath(options.queries[0]!), true, options.timeoutMs);
    await coldLoad(browser, host, `${pagefindUiPath}?q=${encodeURIComponent(options.queries[0]!)}`, false, options.timeoutMs);
    for (let run = 0; run < options.runs; run++) {
      for (const q of perQuery) {
        q.ours.push(await coldLoad(browser, host, searchPath(q.query), true, options.timeoutMs));
        q.pagefind.push(await coldLoad(browser, host, `${pagefindUiPath}?q=${encodeURIComponent(q.query)}`, false, options.timeoutMs));
      }
    }

    // Recall: the oracle over the sampled articles, against what Pagefind UI lists.
    const context = await browser.newContext();
    const page = await context.newPage();
    const articles: ScannedArticle[] = [];
    for (const slug of sampleArticles(site.distDir, options.recallArticles)) articles.push(await scanArticle(page, `${host.url}${articlePath(slug)}`));
    const t2s = (JSON.parse(readFileSync(join(site.distDir, site.dataPaths.manifest), 'utf8')) as { t2s: T2sMap }).t2s;
    const oracle = makeOracle(t2s, readGlossary());
    for (const q of perQuery) {
      const groups = oracle.groups(q.query);
      const hits = articles.flatMap((a) => a.blocks.filter((b) => oracle.matches(b.text, groups)));
      const { links, capped } = await pagefindLinks(page, host, q.query, options);
      const paths = links.map((href) => new URL(href));
      const pages = new Set(paths.map((u) => u.pathname));
      const anchors = new Set(paths.filter((u) => u.hash).map((u) => `${u.pathname}${u.hash}`));
      const hitSlugs = new Set(hits.map((b) => b.ref.split('#')[0]!));
      q.hitPages = hitSlugs.size;
      q.shownPages = [...hitSlugs].filter((slug) => pages.has(articlePath(slug))).length;
      q.hitBlocks = hits.length;
      q.shownBlocks = hits.filter((b) => {
        const [slug, id] = b.ref.split('#') as [string, string];
        return anchors.has(`${articlePath(slug)}#${id}`);
      }).length;
      q.listed = pages.size;
      q.capped = capped;
    }
    await context.close();
    return { perQuery, runs: options.runs, articlesScanned: articles.length };
  } finally {
    await host.close();
  }
}

const spread = (values: number[], format: (n: number) => string) => (values.length === 0 ? '—' : `${format(median(values))} (${format(quantile(values, 0.25))}–${format(quantile(values, 0.75))})`);
const okOf = (samples: Cold[]) => samples.filter((s) => s.ok);
const pct = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)} %`);

export function reportComparison(result: ComparisonResult): CompareSummary {
  const { perQuery, runs } = result;
  console.log(`\nOURS AGAINST PAGEFIND UI (cold page loads, interleaved A B per query, ${runs} runs each; median (interquartile range); KB = 1024 bytes, bodies gzip -9, headers not counted)`);
  console.log(row(['query', -18], ['ours KB', 20], ['Pagefind UI KB', 20], ['ours ms', 16], ['Pagefind UI ms', 16], ['ms ratio', 9], ['KB ratio', 9], ['failed', 7]));
  const all = { oursMs: [] as number[], pfMs: [] as number[], oursKb: [] as number[], pfKb: [] as number[] };
  let worstRatio = 0;
  let worstBytes = 0;
  let failed = 0;
  for (const q of perQuery) {
    const ours = okOf(q.ours);
    const pf = okOf(q.pagefind);
    failed += q.ours.length - ours.length + q.pagefind.length - pf.length;
    all.oursMs.push(...ours.map((s) => s.ms));
    all.pfMs.push(...pf.map((s) => s.ms));
    all.oursKb.push(...ours.map((s) => s.gzip));
    all.pfKb.push(...pf.map((s) => s.gzip));
    const ratio = median(ours.map((s) => s.ms)) / median(pf.map((s) => s.ms));
    if (Number.isFinite(ratio)) worstRatio = Math.max(worstRatio, ratio);
    const oursBytes = median(ours.map((s) => s.gzip));
    if (Number.isFinite(oursBytes)) worstBytes = Math.max(worstBytes, oursBytes);
    const byteRatio = oursBytes / median(pf.map((s) => s.gzip));
    console.log(row([q.query, -18], [spread(ours.map((s) => s.gzip), kb), 20], [spread(pf.map((s) => s.gzip), kb), 20], [spread(ours.map((s) => s.ms), ms), 16], [spread(pf.map((s) => s.ms), ms), 16], [Number.isFinite(ratio) ? ratio.toFixed(2) : '—', 9], [Number.isFinite(byteRatio) ? byteRatio.toFixed(2) : '—', 9], [String(q.ours.length - ours.length + q.pagefind.length - pf.length), 7]));
  }
  const timeRatio = median(all.oursMs) / median(all.pfMs);
  console.log(row(['all queries', -18], [spread(all.oursKb, kb), 20], [spread(all.pfKb, kb), 20], [spread(all.oursMs, ms), 16], [spread(all.pfMs, ms), 16], [timeRatio.toFixed(2), 9], [(median(all.oursKb) / median(all.pfKb)).toFixed(2), 9], [String(failed), 7]));
  console.log('ms = the navigation\'s fetchStart → the first results painted (the frame after they are in the DOM). ratio = median ours / median Pagefind UI.');
  console.log(`Pagefind UI: its bundled default UI (dist/pagefind/pagefind-ui.js) on ${pagefindUiPath}, showSubResults, no debounce, triggerSearch(q) at load.`);

  console.log(`\nPAGEFIND UI RECALL against the substring oracle (tools/harness/search-oracle.ts) over ${result.articlesScanned} scanned articles`);
  console.log(row(['query', -18], ['hit pages', 10], ['shown', 7], ['recall', 8], ['hit blocks', 11], ['shown', 7], ['recall', 8], ['listed', 7], ['', -8]));
  let hitPages = 0;
  let shownPages = 0;
  let hitBlocks = 0;
  let shownBlocks = 0;
  for (const q of perQuery) {
    hitPages += q.hitPages;
    shownPages += q.shownPages;
    hitBlocks += q.hitBlocks;
    shownBlocks += q.shownBlocks;
    console.log(row([q.query, -18], [String(q.hitPages), 10], [String(q.shownPages), 7], [pct(q.shownPages, q.hitPages), 8], [String(q.hitBlocks), 11], [String(q.shownBlocks), 7], [pct(q.shownBlocks, q.hitBlocks), 8], [String(q.listed), 7], [q.capped ? 'capped' : '', -8]));
  }
  console.log(row(['all queries', -18], [String(hitPages), 10], [String(shownPages), 7], [pct(shownPages, hitPages), 8], [String(hitBlocks), 11], [String(shownBlocks), 7], [pct(shownBlocks, hitBlocks), 8]));
  console.log('A hit page is shown when Pagefind UI lists the article (after "load more" until all are listed); a hit block when one of its links points at the block. Ours: 100 % / 100 % (tests/e2e/search-recall.test.ts).');

  const summary: CompareSummary = {
    queries: perQuery.length,
    runs,
    oursBytesWorst: worstBytes,
    oursBytesMedian: median(all.oursKb),
    pagefindBytesMedian: median(all.pfKb),
    oursMsMedian: median(all.oursMs),
    pagefindMsMedian: median(all.pfMs),
    timeRatio,
    timeRatioWorst: worstRatio,
    recallPages: hitPages === 0 ? 1 : shownPages / hitPages,
    recallBlocks: hitBlocks === 0 ? 1 : shownBlocks / hitBlocks,
    recallArticles: result.articlesScanned,
    failed,
  };
  console.log(`\nCOMPARE-JSON ${JSON.stringify(summary)}`);
  return summary;
}
