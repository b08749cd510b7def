/**
 * `npm run bench:search` — what a search costs a reader: bytes fetched and time from query to rendered
 * results, cold and warm, for eight queries (plus the empty query: the page alone), in headless Chromium
 * against the built site (dist/) served on 127.0.0.1 by tools/harness/server.ts. A benchmark, not a
 * test: it prints numbers with PASS/MISS against the targets (cold ≤ 250 KB and ≤ 400 ms, warm ≤ 30 KB
 * and ≤ 60 ms) and never fails on them.
 *
 * Cold: a new browser context (empty cache) opens `/search/?q=<query>`. Warm, the second search in the
 * same tab, for the next query in the list, two ways: a page load of `/search/?q=<next>` (an opened link,
 * or the header's search box on another page), and the next query typed into the results page's search
 * box and submitted (searched in place when the page supports it; "n/a" when the form loads a new page),
 * either made `--think` ms after the first search's results were painted (default 1000: a reader reads
 * and types; with 0, the work a page load leaves behind competes with the second search — the first
 * `history.pushState` right after a load took up to 16 ms instead of 1).
 * Done = the results are on screen: `#search-results` gets `aria-busy="false"` (set by the page script
 * once the results are in the DOM), seen by a MutationObserver, whose callback asks for an animation
 * frame; that frame's callback (run before the frame's style, layout and paint) posts a message, and
 * the message's handler, which runs once the frame has been laid out, painted and handed to the
 * compositor, reads the clock (`afterNextPaint`). So the time includes laying out and painting the
 * results, not only putting them in the DOM, which is what the figures up to 2026-12-03 measured (the
 * first screen of results took a further 40–140 ms to lay out and paint on a cold page: Chinese text
 * shaped for the first time). A throwaway visit first starts Chromium's processes. The page's
 * icon (/favicon.svg) counts as "other" bytes when it is fetched.
 *   - Time of a page load = done − the navigation's `fetchStart` (page's performance.now() clock): from
 *     the browser starting to fetch /search/?q=… to the results, the page's HTML/CSS/JS included. Split
 *     (medians): page = fetchStart → the manifest request (the page script runs); pagefind = → the first
 *     request for blocks, <data>blocks.json or <data>blocks/… (manifest, Pagefind bundle, worker,
 *     WASM, index chunks: the candidate
 *     articles); blocks = → the last block arrived; render = → done (match, DOM, layout, paint). Time on the page =
 *     submit → done. Median and p95 (nearest rank) over `--runs` runs per query, made without any CDP
 *     session of ours. 127.0.0.1 has no latency: on a real connection every step of the request chain
 *     (the REQUESTS waterfall) adds a round trip.
 *   - Bytes = the sum of CDP `Network.loadingFinished.encodedDataLength` (headers + body as received, 0
 *     for a cache hit) over every request of the page and of its Pagefind worker (auto-attached,
 *     non-flattened CDP sessions) from the navigation (or submit) until done and every open request has
 *     finished, in two untimed runs per query (a difference over 1 KB between them is reported). Chrome
 *     counts only the headers of a dedicated worker's main script: its body is added when a count of the
 *     bytes on the TCP connections shows it was sent (what that count leaves unmatched is printed).
 *     Split: page = /search/?q=… and /_astro/*; data = /pagefind/… and the search data under
 *     <data> = /search/data/<version>/ (manifest.json, blocks.json, blocks/*.json:
 *     src/routes.ts); other = anything else.
 *   - The test server does not compress: "wire" is what it sent; "gzip" = the same responses with each
 *     body replaced by min(body, gzip -9 of the file in dist/), as a gzipping host would send them
 *     (Pagefind's WASM and index files are gzip already), headers as received.
 *   - The test server sends no Cache-Control, ETag or Last-Modified, so Chromium reuses nothing across
 *     page loads. Warm page loads are therefore measured on a "caching host": an HTTP proxy in front of
 *     it adding what a static host would, given the site's public/_headers (dist/_headers): its
 *     `Cache-Control` on the paths it marks `immutable` (content-hashed: /_astro/*, /search/data/*,
 *     Pagefind's index, filter and fragment folders; tools/harness/host-headers.ts), `no-cache` with
 *     an ETag (304 when unchanged) on everything else. Cold loads and searches on the page are as served.
 *
 * Input: the built site (`npm run build` first), dist/ or `--dist=DIR`; `--runs=N` timed runs per query
 * (default 20; each run is about 30 page loads); `--think=MS` (default 1000, above); `--pagefind`:
 * measure the search as it runs once the corpus outweighs Pagefind (search/shared/search-plan.ts), on a
 * temporary copy of the site whose manifest says Pagefind costs nothing and whose search page starts
 * Pagefind (preloading its WASM, not the blocks) — today's corpus is small enough that the results page
 * reads every article's blocks without Pagefind; CHROMIUM_PATH (default /usr/bin/chromium).
 * Output on stdout: the machine's state (load average, CPU busy and stolen by the host over the run,
 * from /proc/stat), cold bytes, warm bytes, time, the floor of a cold and of a warm page load (a blank
 * page loaded the same way, once each per timed run: `measureBlank`), the request waterfall of one
 * cold search, cold bytes per resource, the sizes of all search data in the build.
 * Ours against Pagefind's own default UI (search/compare.ts; after the tables above, or alone with
 * `--compare-only`): `--compare-runs=N` (default 5; 0 skips it) cold page loads per query of each,
 * interleaved A B A B in the same run, medians with the interquartile range of cold bytes (gzip) and
 * time to the first results painted, the ratio ours / Pagefind UI, and Pagefind UI's recall against the
 * recall test's substring oracle over `--recall-articles=N` (default 24) sampled article pages; a
 * `COMPARE-JSON {…}` line for tools/bench/scale.ts.
 * Modules (tools/bench/search/): config.ts (queries, targets), site.ts (the build and its files), hosts.ts
 * (caching proxy, byte counter), network-log.ts (CDP accounting), measure.ts (one search), compare.ts (against Pagefind UI), stats.ts
 * (statistics, table rows), report.ts (the tables); this file reads the options and runs them.
 * Errors: exits 1 if `--think` is not a whole number ≥ 0, if the build has no search page, no single
 * search data folder with its manifest, or no Pagefind bundle, or Chromium cannot start. A search not
 * done within 15 s is listed as failed, not fatal.
 */
import { existsSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { pagefindBundlePath } from '../../src/routes.ts';
import { readImmutableRules } from '../harness/host-headers.ts';
import { startStaticServer } from '../harness/server.ts';
import { byteRuns, label, nextOf, queries, rows, timeoutMs } from './search/config.ts';
import { blankPath, startByteCounter, startCachingProxy, type Counter } from './search/hosts.ts';
import { measure, measureBlank, measureInPage, watchBusy, type MeasureSettings } from './search/measure.ts';
import { NetworkLog } from './search/network-log.ts';
import { firstOk, reportBytes, reportDistSizes, reportResources, reportTimes, reportWaterfall, type Profile, type Results } from './search/report.ts';
import { openBuiltSite, searchPageFile } from './search/site.ts';
import { cpuShare, median, ms, p95, readCpuTimes } from './search/stats.ts';
import { reportComparison, runComparison } from './search/compare.ts';

const { values: options } = parseArgs({
  options: {
    dist: { type: 'string' },
    runs: { type: 'string' },
    think: { type: 'string' },
    pagefind: { type: 'boolean', default: false },
    'compare-runs': { type: 'string' },
    'compare-only': { type: 'boolean', default: false },
    'recall-articles': { type: 'string' },
  },
});
/** `--compare-runs=N`: interleaved runs per query against Pagefind's default UI (search/compare.ts); 0 skips it. */
const compareRuns = Math.max(0, Number.parseInt(options['compare-runs'] ?? '5', 10) || 0);
const recallArticles = Math.max(1, Number.parseInt(options['recall-articles'] ?? '24', 10) || 24);
const builtDir = resolve(options.dist ?? fileURLToPath(new URL('../../dist/', import.meta.url)));
const runs = Math.max(1, Number.parseInt(options.runs ?? '20', 10) || 20);
/** `--think=MS`: the pause between the first search's results on screen and the second search. */
const thinkMs = Number(options.think ?? '1000');
if (!Number.isInteger(thinkMs) || thinkMs < 0) {
  console.error(`bench:search: --think=${options.think} is not a whole number of milliseconds ≥ 0`);
  process.exit(1);
}
const site = openBuiltSite(builtDir, options.pagefind);
const { distDir, dataPaths } = site;
const settings: MeasureSettings = { site, timeoutMs, thinkMs, warmUpQuery: queries[0]! };

async function main(): Promise<void> {
  for (const file of [searchPageFile, dataPaths.manifest.slice(1), pagefindBundlePath.slice(1)]) {
    if (!existsSync(join(distDir, file))) {
      console.error(`${join(distDir, file)} is missing: run \`npm run build\` first.`);
      process.exit(1);
    }
  }
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  } catch (error) {
    console.error(`Chromium could not be started: ${String(error).split('\n')[0]}`);
    process.exit(1);
  }

  const server = await startStaticServer(distDir);
  /** Runs the comparison; returns how to print it (after the other tables). */
  const compare = async (): Promise<() => void> => {
    if (compareRuns === 0 && !options['compare-only']) return () => {};
    const load = loadavg()[0]!;
    const cpuBefore = readCpuTimes();
    const started = performance.now();
    const result = await runComparison(browser, server.url, site, { queries, runs: Math.max(1, compareRuns), timeoutMs, recallArticles, maxLoadMore: 100 });
    const heading = `\nSearch benchmark, ours against Pagefind's default UI: ${builtDir}; headless Chromium ${browser.version()}; ${((performance.now() - started) / 1000).toFixed(0)} s; load average ${load.toFixed(2)} (start), ${loadavg()[0]!.toFixed(2)} (end) on ${cpus().length} CPUs; ${cpuShare(cpuBefore, readCpuTimes())}.`;
    return () => {
      console.log(heading);
      reportComparison(result);
    };
  };
  let printComparison = () => {};
  if (options['compare-only']) {
    try {
      (await compare())();
    } finally {
      await browser.close();
      await server.close();
      site.dispose();
    }
    return;
  }
  const proxy = await startCachingProxy(server.url, await readImmutableRules(join(distDir, '_headers')));
  const counters: Record<Profile, Counter> = { served: await startByteCounter(server.url), caching: await startByteCounter(proxy.url) };
  const empty = () => rows.map((): Results => ({ cold: [], warm: [], inPage: [] }));
  const bytes: Record<Profile, Results[]> = { served: empty(), caching: empty() };
  const times: Record<Profile, Results[]> = { served: empty(), caching: empty() };
  const blankCold: number[] = [];
  const blankWarm: number[] = [];
  let compressed = false;
  let cacheHeaders = false;
  const started = performance.now();
  const load = loadavg()[0]!;
  const cpuBefore = readCpuTimes();
  try {
    // The first context pays for starting Chromium's processes: a throwaway visit keeps that out of the figures.
    for (const profile of ['served', 'caching'] as const) {
      const context = await browser.newContext();
      await context.addInitScript(watchBusy, blankPath);
      const page = await context.newPage();
      await measure(page, undefined, counters[profile], '', settings);
      await context.close();
    }
    for (let run = 0; run < byteRuns + runs; run++) {
      const counting = run < byteRuns;
      for (const profile of ['served', 'caching'] as const) {
        for (let i = 0; i < rows.length; i++) {
          const next = nextOf(i);
          const context = await browser.newContext();
          try {
            await context.addInitScript(watchBusy, blankPath);
            const page = await context.newPage();
            page.on('response', (response) => {
              const headers = response.headers();
              if (headers['content-encoding']) compressed = true;
              if (profile === 'served' && (headers['cache-control'] || headers['etag'] || headers['last-modified'])) cacheHeaders = true;
            });
            const log = counting ? await NetworkLog.attach(context, page) : undefined;
            const into = counting ? bytes[profile] : times[profile];
            into[i]!.cold.push(await measure(page, log, counters[profile], rows[i]!, settings));
            // The reader reads the results and types the next query (--think, see the top of this file).
            await page.waitForTimeout(thinkMs);
            // As served nothing is cached, so a second page load would be a second cold one: the second
            // search there is made on the page; on the caching host it is a page load.
            if (profile === 'served') into[next]!.inPage.push(await measureInPage(page, log, counters[profile], rows[next]!, settings));
            else into[next]!.warm.push(await measure(page, log, counters[profile], rows[next]!, settings));
          } finally {
            await context.close();
          }
        }
      }
      if (!counting) {
        for (const [warm, into] of [[false, blankCold], [true, blankWarm]] as const) {
          const context = await browser.newContext();
          try {
            await context.addInitScript(watchBusy, blankPath);
            into.push(await measureBlank(await context.newPage(), counters.caching, warm, settings));
          } finally {
            await context.close();
          }
        }
      }
    }
    printComparison = await compare();
  } finally {
    await browser.close();
    await Promise.all([counters.served.close(), counters.caching.close(), proxy.close()]);
    await server.close();
  }

  const built = statSync(join(builtDir, searchPageFile)).mtime.toISOString().replace('T', ' ').slice(0, 16);
  console.log(`Search benchmark${options.pagefind ? ' (--pagefind: every search narrows with Pagefind)' : ''}: ${builtDir} built ${built} UTC, served on 127.0.0.1 by tools/harness/server.ts; headless Chromium ${browser.version()}.`);
  console.log(`${runs} timed + ${byteRuns} byte-counting runs per query, ${((performance.now() - started) / 1000).toFixed(0)} s; load average ${load.toFixed(2)} (start), ${loadavg()[0]!.toFixed(2)} (end) on ${cpus().length} CPUs; ${cpuShare(cpuBefore, readCpuTimes())}.`);
  console.log(`KB = 1024 bytes. Cold = new browser context (empty cache). Warm = the same tab, ${thinkMs} ms (--think) after the previous row's results were painted (${queries[0]} after ${queries.at(-1)}).`);
  console.log(compressed ? 'NOTE: the server compressed some responses.' : 'The server does not compress: "wire" = bytes as received from it; "gzip" = what a host gzipping each body (-9) would send.');
  console.log(cacheHeaders ? 'NOTE: the server sent cache headers.' : 'The server sends no Cache-Control/ETag/Last-Modified, so a second page load refetches everything; warm page loads are measured on a caching host.');
  reportBytes(bytes, site);
  reportTimes(times);
  console.log(
    `Floor of a page load: a blank page (one line of text, no CSS, no script), fetchStart → first frame painted, ` +
      `one per timed run: cold (a new context's first page) median ${ms(median(blankCold))} ms, p95 ${ms(p95(blankCold))}; ` +
      `warm (in a tab that has just searched) median ${ms(median(blankWarm))} ms, p95 ${ms(p95(blankWarm))}. ` +
      `The empty query's row adds this page's own HTML, CSS and scripts; the floor moves with the machine.`,
  );
  reportWaterfall(firstOk(bytes.served[0]!.cold), queries[0]!);
  reportResources(bytes.served);
  reportDistSizes(site);
  printComparison();
  const failed = (['served', 'caching'] as const).flatMap((p) => [...bytes[p], ...times[p]].flatMap((r, i) => [...r.cold, ...r.warm, ...r.inPage].filter((s) => !s.ok && !s.navigated).map((s) => `${p} ${label(i % rows.length)}: ${s.status}`)));
  if (failed.length) {
    console.log(`\nFAILED runs (${failed.length}):`);
    for (const f of failed.slice(0, 20)) console.log(`  ${f}`);
  }
  site.dispose();
}

await main();
