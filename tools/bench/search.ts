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
 *     src/search/search-data-urls.ts); other = anything else.
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
 * measure the search as it runs once the corpus outweighs Pagefind (search/search-plan.ts), on a
 * temporary copy of the site whose manifest says Pagefind costs nothing and whose search page starts
 * Pagefind (preloading its WASM, not the blocks) — today's corpus is small enough that the results page
 * reads every article's blocks without Pagefind; CHROMIUM_PATH (default /usr/bin/chromium).
 * Output on stdout: the machine's state (load average, CPU busy and stolen by the host over the run,
 * from /proc/stat), cold bytes, warm bytes, time, the floor of a cold and of a warm page load (a blank
 * page loaded the same way, once each per timed run: `measureBlank`), the request waterfall of one
 * cold search, cold bytes per resource, the sizes of all search data in the build.
 * Errors: exits 1 if `--think` is not a whole number ≥ 0, if the build has no search page, no single
 * search data folder with its manifest, or no Pagefind bundle, or Chromium cannot start. A search not
 * done within 15 s is listed as failed, not fatal.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, type Dirent } from 'node:fs';
import { connect, createServer as createTcpServer, type AddressInfo, type Socket } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { startStaticServer } from '../harness/server.ts';
import { startRewritingProxy } from '../harness/proxy.ts';
import { readImmutableRules } from '../harness/host-headers.ts';
import { pagefindPreloads } from '../../src/search/pagefind.ts';
import { searchDataBase, searchDataPaths } from '../../src/search/search-data-urls.ts';

const { values: options } = parseArgs({ options: { dist: { type: 'string' }, runs: { type: 'string' }, think: { type: 'string' }, pagefind: { type: 'boolean', default: false } } });
const builtDir = resolve(options.dist ?? fileURLToPath(new URL('../../dist/', import.meta.url)));

/**
 * The build's search data folder, `/search/data/<version>/` (the one every page names: tests/site/links
 * checks it is the only one); exits 1 when dist/search/data/ does not hold exactly one.
 */
function searchDataFolder(dir: string): string {
  const parent = join(dir, 'search/data');
  const versions = existsSync(parent) ? readdirSync(parent) : [];
  if (versions.length !== 1) {
    console.error(`${parent}: ${versions.length} search data folders, expected 1: run \`npm run build\` first.`);
    process.exit(1);
  }
  return searchDataBase(versions[0]!);
}

/**
 * `--pagefind`: a temporary copy of the site in which every search narrows with Pagefind, as it does
 * for a corpus whose blocks outweigh Pagefind: the manifest's `pagefindBytes` set to 0, and the search
 * page's head told to start Pagefind and preload the manifest and its WASM.
 */
function copyWithPagefind(dir: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'sco-bench-pagefind-'));
  cpSync(dir, copy, { recursive: true });
  const manifestUrl = searchDataPaths(searchDataFolder(copy)).manifest;
  const manifestFile = join(copy, manifestUrl);
  writeFileSync(manifestFile, JSON.stringify({ ...JSON.parse(readFileSync(manifestFile, 'utf8')), pagefindBytes: { cold: 0, chunk: 0 } }));
  const pageFile = join(copy, 'search/index.html');
  const preloads = [{ rel: 'preload', href: manifestUrl, as: 'fetch', crossorigin: 'anonymous' }, ...pagefindPreloads];
  const page = readFileSync(pageFile, 'utf8')
    .replace(/const startPagefind = false;/u, 'const startPagefind = true;')
    .replace(/const preloads = \[.*?\];/u, `const preloads = ${JSON.stringify(preloads)};`);
  if (!page.includes('const startPagefind = true;')) throw new Error(`${pageFile}: no startPagefind to switch on`);
  writeFileSync(pageFile, page);
  return copy;
}

const distDir = options.pagefind ? copyWithPagefind(builtDir) : builtDir;
const dataFolder = searchDataFolder(distDir);
/** The search data's paths, for the page's resource timing: the manifest, the bundle, the per-article folder. */
const dataPaths = { ...searchDataPaths(dataFolder), blocksFolder: `${dataFolder}blocks/` };
/** A request for article blocks: all of them in one file, or one article's. */
const isBlocks = (pathname: string) => pathname === dataPaths.bundle || pathname.startsWith(dataPaths.blocksFolder);

const queries = ['上海精神', '路', '中国', '上合組織', '上合组织 安全', '"一带一路"', 'Shanghai Spirit', '量子计算机'];
/** The rows: the queries, then the empty query (the page alone, which fetches no search data). */
const rows = [...queries, ''];
const label = (i: number) => (rows[i] === '' ? '(no query)' : rows[i]!);
/** The warm search after query i: the next query; the empty query is followed by itself. */
const nextOf = (i: number) => (i < queries.length ? (i + 1) % queries.length : i);
const targets = { coldKb: 250, coldMs: 400, warmKb: 30, warmMs: 60 };
const runs = Math.max(1, Number.parseInt(options.runs ?? '20', 10) || 20);
const byteRuns = 2;
/** `--think=MS`: the pause between the first search's results on screen and the second search. */
const thinkMs = Number(options.think ?? '1000');
if (!Number.isInteger(thinkMs) || thinkMs < 0) {
  console.error(`bench:search: --think=${options.think} is not a whole number of milliseconds ≥ 0`);
  process.exit(1);
}
const timeoutMs = 15_000;

// ---------------------------------------------------------------------------------------------------
// Servers: the test server, a caching proxy in front of it, and a TCP byte counter in front of either.

interface Endpoint {
  url: string;
  close(): Promise<void>;
}

interface Counter extends Endpoint {
  /** Bytes sent to the browser so far. */
  bytes(): number;
}

const cacheRules = await readImmutableRules(join(distDir, '_headers'));

/** The Cache-Control the caching host sends for a path: _headers' immutable rule, else `no-cache`. */
function cacheControlOf(pathname: string): string {
  return cacheRules.find(([pattern]) => pattern.test(pathname))?.[1] ?? 'no-cache';
}

/**
 * The floor of a page load, cold or warm: a page of one line of text, no stylesheet, no script, no
 * image, served by the caching host at this path (see `measureBlank`).
 */
const blankPath = '/__bench/blank';
const blankPage = '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>blank</title><p>上海合作组织</p></html>';

/** An HTTP proxy adding the cache headers of a typical static host (see the top of the file). */
function startCachingProxy(upstream: string): Promise<Endpoint> {
  return startRewritingProxy(upstream, (req, response) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname === blankPath) {
      return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' }, body: Buffer.from(blankPage) };
    }
    if (response.status !== 200) return response;
    const etag = `"${createHash('sha1').update(response.body).digest('base64url')}"`;
    const cacheControl = cacheControlOf(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (req.headers['if-none-match'] === etag) return { status: 304, headers: { etag, 'cache-control': cacheControl }, body: Buffer.alloc(0) };
    return { status: 200, headers: { ...response.headers, etag, 'cache-control': cacheControl }, body: response.body };
  });
}

/** A TCP pass-through that counts the bytes sent to the browser. */
async function startByteCounter(upstream: string): Promise<Counter> {
  const target = new URL(upstream);
  let down = 0;
  const sockets = new Set<Socket>();
  const server = createTcpServer((client) => {
    const up = connect(Number(target.port), target.hostname);
    for (const socket of [client, up]) {
      sockets.add(socket);
      socket.on('error', () => socket.destroy());
      socket.on('close', () => sockets.delete(socket));
    }
    up.on('data', (chunk: Buffer) => {
      down += chunk.length;
    });
    client.pipe(up);
    up.pipe(client);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    bytes: () => down,
    close: () =>
      new Promise<void>((closed) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => closed());
      }),
  };
}

// ---------------------------------------------------------------------------------------------------
// Files in dist/: which one a URL serves, its size and its gzip size.

const fileSizeCache = new Map<string, { raw: number; gzip: number }>();

/** The dist/ file a URL path is served from, as server.ts resolves it (404.html when there is none). */
function distFile(pathname: string): string {
  const decoded = decodeURIComponent(pathname);
  const path = normalize(join(distDir, decoded));
  const candidates = decoded.endsWith('/') ? [join(path, 'index.html')] : [path, join(path, 'index.html')];
  return candidates.find((f) => existsSync(f) && statSync(f).isFile()) ?? join(distDir, '404.html');
}

/** The body's size and min(size, gzip -9 size). */
function fileSizes(pathname: string): { raw: number; gzip: number } {
  const file = distFile(pathname);
  let sizes = fileSizeCache.get(file);
  if (!sizes) {
    const body = readFileSync(file);
    sizes = { raw: body.length, gzip: Math.min(body.length, gzipSync(body, { level: 9 }).length) };
    fileSizeCache.set(file, sizes);
  }
  return sizes;
}

type Category = 'page' | 'data' | 'other';

function category(pathname: string): Category {
  if (pathname.startsWith('/pagefind/') || pathname.startsWith(dataFolder)) return 'data';
  if (pathname === '/search/' || pathname.startsWith('/_astro/')) return 'page';
  return 'other';
}

// ---------------------------------------------------------------------------------------------------
// Network accounting over CDP: the page's session and, through non-flattened auto-attach, the sessions
// of its dedicated workers (were Pagefind to run in its worker, it would fetch its WASM and index there).

interface Fetch {
  url: string;
  status?: number;
  /** encodedDataLength at responseReceived: the response headers. Absent for a worker's main script. */
  headerBytes?: number;
  fromCache: boolean;
  failed: boolean;
  encoded: number;
  finished: boolean;
  /** CDP timestamps (s): request sent, loading finished; and the wall-clock time (s) it was sent. */
  start: number;
  end: number;
  wallTime: number;
}

interface Resource {
  path: string;
  category: Category;
  /** 'cache': served from the cache, nothing sent; 304: revalidated, headers only. */
  status: number | 'cache' | 'failed';
  wire: number;
  gzip: number;
  /** ms from the search page's request: this request sent, its last byte received. */
  start: number;
  end: number;
}

class NetworkLog {
  private readonly fetches = new Map<string, Fetch>();

  static async attach(context: BrowserContext, page: Page): Promise<NetworkLog> {
    const cdp: CDPSession = await context.newCDPSession(page);
    const log = new NetworkLog();
    for (const method of ['Network.requestWillBeSent', 'Network.responseReceived', 'Network.requestServedFromCache', 'Network.loadingFinished', 'Network.loadingFailed'] as const) {
      cdp.on(method, (params) => log.event(method, params as unknown as Record<string, unknown>));
    }
    let messageId = 0;
    cdp.on('Target.attachedToTarget', (event) => {
      const send = (method: string) =>
        cdp.send('Target.sendMessageToTarget', { sessionId: event.sessionId, message: JSON.stringify({ id: ++messageId, method, params: {} }) }).catch(() => undefined);
      void send('Network.enable').then(() => send('Runtime.runIfWaitingForDebugger'));
    });
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      const message = JSON.parse(event.message) as { method?: string; params?: Record<string, unknown> };
      if (message.method && message.params) log.event(message.method, message.params);
    });
    await cdp.send('Network.enable');
    await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
    return log;
  }

  private event(method: string, params: Record<string, unknown>): void {
    const id = params['requestId'] as string;
    if (method === 'Network.requestWillBeSent') {
      const { url } = params['request'] as { url: string };
      const start = params['timestamp'] as number;
      if (/^https?:/u.test(url)) this.fetches.set(id, { url, fromCache: false, failed: false, encoded: 0, finished: false, start, end: start, wallTime: params['wallTime'] as number });
      return;
    }
    const fetch = this.fetches.get(id);
    if (!fetch) return;
    if (method === 'Network.responseReceived') {
      const response = params['response'] as { status: number; encodedDataLength: number; fromDiskCache?: boolean; fromPrefetchCache?: boolean };
      fetch.status = response.status;
      fetch.headerBytes = response.encodedDataLength;
      if (response.fromDiskCache || response.fromPrefetchCache) fetch.fromCache = true;
    } else if (method === 'Network.requestServedFromCache') {
      fetch.fromCache = true;
    } else if (method === 'Network.loadingFinished') {
      fetch.encoded = params['encodedDataLength'] as number;
      fetch.end = params['timestamp'] as number;
      fetch.finished = true;
    } else if (method === 'Network.loadingFailed') {
      fetch.failed = true;
      fetch.finished = true;
    }
  }

  reset(): void {
    this.fetches.clear();
  }

  /** Wait until every request seen so far has finished (or `limitMs` has passed). */
  async settle(limitMs = 3000): Promise<void> {
    const until = performance.now() + limitMs;
    while ([...this.fetches.values()].some((f) => !f.finished) && performance.now() < until) await new Promise((r) => setTimeout(r, 10));
  }

  /**
   * The requests with their bytes. `tcpBytes`, the bytes the server sent meanwhile, tells whether the
   * worker's main script (the request without a responseReceived) came with its body; returns the
   * bytes the TCP count saw beyond the CDP figures and that body.
   */
  resources(tcpBytes: number, doneEpochMs: number): { resources: Resource[]; leftover: number; doneMs: number } {
    const fetches = [...this.fetches.values()];
    const doc = fetches.find((f) => new URL(f.url).pathname === '/search/') ?? fetches[0];
    const since = (t: number) => (doc ? (t - doc.start) * 1000 : 0);
    let leftover = tcpBytes - fetches.reduce((n, f) => n + f.encoded, 0);
    // Responses CDP counted without a body (Chrome does so for a dedicated worker's main script, the
    // worker's first): the body was sent if the TCP count has room for it; otherwise it is a 304.
    const bodyless = fetches.filter((f) => !f.failed && !(f.fromCache && f.encoded === 0) && f.encoded <= (f.headerBytes ?? f.encoded));
    const bodyAdded = new Set<Fetch>();
    for (const f of bodyless.sort((a, b) => Number(b.url.endsWith('-worker.js')) - Number(a.url.endsWith('-worker.js')))) {
      const raw = fileSizes(new URL(f.url).pathname).raw;
      if (raw > 0 && leftover >= raw) {
        bodyAdded.add(f);
        leftover -= raw;
      }
    }
    const resources = fetches.map((f): Resource => {
      const { pathname } = new URL(f.url);
      const base = { path: pathname, category: category(pathname), start: since(f.start), end: since(f.end) };
      if (f.failed) return { ...base, status: 'failed', wire: f.encoded, gzip: f.encoded };
      if (f.fromCache && f.encoded === 0) return { ...base, status: 'cache', wire: 0, gzip: 0 };
      const file = fileSizes(pathname);
      const headers = Math.min(f.headerBytes ?? f.encoded, f.encoded);
      if (bodyAdded.has(f)) return { ...base, status: f.status ?? 200, wire: f.encoded + file.raw, gzip: headers + file.gzip };
      if (f.encoded - headers <= 0) return { ...base, status: 304, wire: f.encoded, gzip: f.encoded };
      return { ...base, status: f.status ?? 200, wire: f.encoded, gzip: headers + file.gzip };
    });
    return { resources, leftover, doneMs: doc ? doneEpochMs - doc.wallTime * 1000 : 0 };
  }
}

// ---------------------------------------------------------------------------------------------------
// One search: navigate, wait until done, read the timings (and, with a NetworkLog, the bytes).

interface Timing {
  total: number;
  page: number;
  pagefind: number;
  blocks: number;
  render: number;
}

interface Sample {
  ok: boolean;
  status: string;
  timing?: Timing;
  resources: Resource[];
  leftover: number;
  /** With byte counting: done, in ms from the search page's request (the resources' clock). */
  doneMs: number;
  /** In-page search only: submitting the form loaded a new page. */
  navigated?: boolean;
}

/**
 * Installed before any page script: `window.__searchDone` resolves to performance.now() when done (the
 * results painted; on the page at `blank`, `blankPath`, its first frame painted), and
 * `window.__afterNextPaint(then)` calls `then(performance.now())` once the next frame has been painted
 * (for `measureInPage`). Everything it uses is defined inside or passed in (`blank`), since the function
 * is serialised into the page.
 */
function watchBusy(blank: string): void {
  const afterNextPaint = (then: (t: number) => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => then(performance.now());
      channel.port2.postMessage(null);
    });
  (window as unknown as { __afterNextPaint: typeof afterNextPaint }).__afterNextPaint = afterNextPaint;
  let finish: (t: number) => void = () => {};
  (window as unknown as { __searchDone: Promise<number> }).__searchDone = new Promise<number>((r) => (finish = r));
  new MutationObserver((_records, observer) => {
    if (document.getElementById('search-results')?.getAttribute('aria-busy') === 'false') {
      observer.disconnect();
      afterNextPaint(finish);
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
  if (location.pathname === blank) document.addEventListener('DOMContentLoaded', () => afterNextPaint(finish));
}

/**
 * The floor of a page load: the blank page from the caching host, ms from its `fetchStart` to its
 * first frame painted (as `measure`'s done) — what any page costs here before it does anything:
 * navigation, a renderer commit, one frame. `warm`: in a tab that has just searched (cold, then
 * `--think` ms), as a warm page load is measured; else in the new context's first page, as a cold load
 * is. Either way a new renderer process: the floor moves with the machine, so each run's times can be
 * read against it.
 */
async function measureBlank(page: Page, counter: Counter, warm: boolean): Promise<number> {
  if (warm) {
    await measure(page, undefined, counter, queries[0]!);
    await page.waitForTimeout(thinkMs);
  }
  await page.goto(`${counter.url}${blankPath}`, { waitUntil: 'commit', timeout: timeoutMs });
  return page.evaluate(async () => {
    const done = await (window as unknown as { __searchDone: Promise<number> }).__searchDone;
    return done - (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).fetchStart;
  });
}

async function measure(page: Page, log: NetworkLog | undefined, counter: Counter, query: string): Promise<Sample> {
  log?.reset();
  const before = counter.bytes();
  let timer: NodeJS.Timeout | undefined;
  try {
    await page.goto(`${counter.url}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit', timeout: timeoutMs });
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`not done after ${timeoutMs} ms`)), timeoutMs)));
    await Promise.race([page.evaluate(() => (window as unknown as { __searchDone: Promise<number> }).__searchDone), timeout]);
  } catch (error) {
    return { ok: false, status: String(error).split('\n')[0] ?? '', resources: [], leftover: 0, doneMs: 0 };
  } finally {
    clearTimeout(timer);
  }
  if (log) await log.settle();
  else await page.waitForLoadState('load');
  const result = await page.evaluate(async ({ manifest: manifestPath, bundle: bundlePath, blocksFolder }) => {
    const done = await (window as unknown as { __searchDone: Promise<number> }).__searchDone;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const entries = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.startTime <= done);
    const path = (e: PerformanceResourceTiming) => new URL(e.name).pathname;
    const manifest = entries.find((e) => path(e) === manifestPath);
    const blocks = entries.filter((e) => path(e) === bundlePath || path(e).startsWith(blocksFolder)); // isBlocks (this runs in the page)
    const searchStart = manifest?.startTime ?? done;
    const blocksStart = blocks.length ? Math.min(...blocks.map((e) => e.startTime)) : done;
    const blocksEnd = blocks.length ? Math.max(...blocks.map((e) => e.responseEnd)) : done;
    return {
      doneEpochMs: performance.timeOrigin + done,
      status: document.getElementById('search-status')?.textContent ?? '',
      timing: { total: done - nav.fetchStart, page: searchStart - nav.fetchStart, pagefind: blocksStart - searchStart, blocks: blocksEnd - blocksStart, render: done - blocksEnd },
    };
  }, { manifest: dataPaths.manifest, bundle: dataPaths.bundle, blocksFolder: dataPaths.blocksFolder });
  const bytes = log ? log.resources(counter.bytes() - before, result.doneEpochMs) : { resources: [], leftover: 0, doneMs: 0 };
  return { ok: !result.status.includes('无法加载'), status: result.status, timing: result.timing, ...bytes };
}

/**
 * A second search on the open results page, the way a reader makes it: the next query typed into the
 * page's search box and submitted. Time = submit → results painted (`watchBusy`'s `__afterNextPaint`), on
 * the page's clock. When the form loads a new page instead (no in-place search), the sample is marked
 * `navigated`.
 */
async function measureInPage(page: Page, log: NetworkLog | undefined, counter: Counter, query: string): Promise<Sample> {
  log?.reset();
  const before = counter.bytes();
  let elapsed: number;
  try {
    elapsed = await page.evaluate(
      async ({ q, limit }) => {
        const region = document.getElementById('search-results')!;
        const input = document.getElementById('search-q') as HTMLInputElement;
        const done = new Promise<number>((resolveDone, reject) => {
          const observer = new MutationObserver(() => {
            if (region.getAttribute('aria-busy') === 'false') {
              observer.disconnect();
              // As watchBusy: done when the frame holding the results has been painted.
              (window as unknown as { __afterNextPaint: (then: (t: number) => void) => void }).__afterNextPaint(resolveDone);
            }
          });
          observer.observe(region, { attributes: true, attributeFilter: ['aria-busy'] });
          setTimeout(() => reject(new Error(`not done after ${limit} ms`)), limit);
        });
        input.value = q;
        const start = performance.now();
        input.form!.requestSubmit();
        return (await done) - start;
      },
      { q: query, limit: timeoutMs },
    );
  } catch (error) {
    const navigated = /destroyed|navigat/iu.test(String(error));
    if (navigated) {
      // Let the new page finish its search before the context is closed.
      await page.waitForLoadState('load').catch(() => undefined);
      await Promise.race([page.evaluate(() => (window as unknown as { __searchDone: Promise<number> }).__searchDone), new Promise((r) => setTimeout(r, timeoutMs))]).catch(() => undefined);
    }
    return { ok: false, navigated, status: navigated ? 'the form loaded a new page' : (String(error).split('\n')[0] ?? ''), resources: [], leftover: 0, doneMs: 0 };
  }
  if (log) await log.settle();
  const status = (await page.textContent('#search-status')) ?? '';
  const bytes = log ? log.resources(counter.bytes() - before, 0) : { resources: [], leftover: 0, doneMs: 0 };
  return { ok: !status.includes('无法加载'), status, timing: { total: elapsed, page: Number.NaN, pagefind: Number.NaN, blocks: Number.NaN, render: Number.NaN }, ...bytes };
}

// ---------------------------------------------------------------------------------------------------
// Statistics and formatting.

/** The machine's CPU time so far from Linux's /proc/stat (jiffies, all CPUs); undefined elsewhere. */
function readCpuTimes(): { busy: number; steal: number; total: number } | undefined {
  let fields: number[];
  try {
    // "cpu  user nice system idle iowait irq softirq steal guest guest_nice"
    fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
  } catch {
    return undefined;
  }
  if (fields.length < 8 || fields.some(Number.isNaN)) return undefined;
  const [user, nice, system, idle, iowait, irq, softirq, steal] = fields as [number, number, number, number, number, number, number, number];
  const busy = user + nice + system + irq + softirq;
  return { busy, steal, total: busy + idle + iowait + steal };
}

/**
 * How the machine's CPUs were used between two readings, e.g. "CPU busy 61 %, stolen by the host 2 %":
 * time stolen by the hypervisor (other guests) slows every figure without showing in the load average.
 */
function cpuShare(before: ReturnType<typeof readCpuTimes>, after: ReturnType<typeof readCpuTimes>): string {
  if (!before || !after || after.total <= before.total) return 'CPU time not readable (/proc/stat)';
  const share = (key: 'busy' | 'steal') => (((after[key] - before[key]) / (after.total - before.total)) * 100).toFixed(0);
  return `CPU busy ${share('busy')} %, stolen by the host ${share('steal')} %`;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Nearest-rank 95th percentile. */
function p95(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.ceil(0.95 * s.length) - 1]! : Number.NaN;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ms = (value: number) => (Number.isNaN(value) ? '—' : value.toFixed(0));
const pm = (value: number, limit: number) => (Number.isNaN(value) ? '' : value <= limit ? 'PASS' : 'MISS');

/** Pad to a display width, counting CJK characters as two columns. */
function pad(text: string, width: number, left: boolean): string {
  const shown = [...text].reduce((n, ch) => n + (/[\u2E80-\uFFEF]/u.test(ch) ? 2 : 1), 0);
  const fill = ' '.repeat(Math.max(0, width - shown));
  return left ? text + fill : fill + text;
}

/** A table row: each cell [text, width], right-aligned unless its width is negative (left-aligned). */
function row(...cells: [string, number][]): string {
  return cells.map(([text, width]) => pad(text, Math.abs(width), width < 0)).join(' ').trimEnd();
}

function total(resources: Resource[], pick: 'wire' | 'gzip', where: (r: Resource) => boolean = () => true): number {
  return resources.filter(where).reduce((n, r) => n + r[pick], 0);
}

function hitCount(status: string): string {
  const count = /共 (\d+) 处/u.exec(status);
  return count ? count[1]! : status.startsWith('没有找到') ? '0' : '?';
}

/** What a warm search fetched with a body, by kind: "HTML 20.4, 2 blocks 70.1, 1 index 38.3". */
function newBodies(resources: Resource[]): string {
  const kinds = new Map<string, { n: number; bytes: number }>();
  for (const r of resources.filter((x) => typeof x.status === 'number' && x.status !== 304)) {
    const kind = r.path === '/search/' ? 'HTML' : isBlocks(r.path) ? 'blocks' : r.path.endsWith('.pf_index') ? 'index' : r.path.split('/').pop()!.replace(/^pagefind-entry\.json$/u, 'entry');
    const k = kinds.get(kind) ?? { n: 0, bytes: 0 };
    k.n++;
    k.bytes += r.wire;
    kinds.set(kind, k);
  }
  return [...kinds].sort((a, b) => b[1].bytes - a[1].bytes).map(([kind, k]) => `${k.n > 1 || kind === 'blocks' || kind === 'index' ? `${k.n} ` : ''}${kind} ${kb(k.bytes)}`).join(', ');
}

// ---------------------------------------------------------------------------------------------------

type Profile = 'served' | 'caching';

interface Results {
  cold: Sample[];
  /** A page load of the next query in the same tab (caching host). */
  warm: Sample[];
  /** The next query submitted on the results page (as served). */
  inPage: Sample[];
}

async function main(): Promise<void> {
  for (const file of ['search/index.html', dataPaths.manifest.slice(1), 'pagefind/pagefind.js']) {
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
  const proxy = await startCachingProxy(server.url);
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
      await measure(page, undefined, counters[profile], '');
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
            into[i]!.cold.push(await measure(page, log, counters[profile], rows[i]!));
            // The reader reads the results and types the next query (--think, see the top of this file).
            await page.waitForTimeout(thinkMs);
            // As served nothing is cached, so a second page load would be a second cold one: the second
            // search there is made on the page; on the caching host it is a page load.
            if (profile === 'served') into[next]!.inPage.push(await measureInPage(page, log, counters[profile], rows[next]!));
            else into[next]!.warm.push(await measure(page, log, counters[profile], rows[next]!));
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
            into.push(await measureBlank(await context.newPage(), counters.caching, warm));
          } finally {
            await context.close();
          }
        }
      }
    }
  } finally {
    await browser.close();
    await Promise.all([counters.served.close(), counters.caching.close(), proxy.close()]);
    await server.close();
  }

  const built = statSync(join(builtDir, 'search/index.html')).mtime.toISOString().replace('T', ' ').slice(0, 16);
  console.log(`Search benchmark${options.pagefind ? ' (--pagefind: every search narrows with Pagefind)' : ''}: ${builtDir} built ${built} UTC, served on 127.0.0.1 by tools/harness/server.ts; headless Chromium ${browser.version()}.`);
  console.log(`${runs} timed + ${byteRuns} byte-counting runs per query, ${((performance.now() - started) / 1000).toFixed(0)} s; load average ${load.toFixed(2)} (start), ${loadavg()[0]!.toFixed(2)} (end) on ${cpus().length} CPUs; ${cpuShare(cpuBefore, readCpuTimes())}.`);
  console.log(`KB = 1024 bytes. Cold = new browser context (empty cache). Warm = the same tab, ${thinkMs} ms (--think) after the previous row's results were painted (${queries[0]} after ${queries.at(-1)}).`);
  console.log(compressed ? 'NOTE: the server compressed some responses.' : 'The server does not compress: "wire" = bytes as received from it; "gzip" = what a host gzipping each body (-9) would send.');
  console.log(cacheHeaders ? 'NOTE: the server sent cache headers.' : 'The server sends no Cache-Control/ETag/Last-Modified, so a second page load refetches everything; warm page loads are measured on a caching host.');
  reportBytes(bytes);
  reportTimes(times);
  console.log(
    `Floor of a page load: a blank page (one line of text, no CSS, no script), fetchStart → first frame painted, ` +
      `one per timed run: cold (a new context's first page) median ${ms(median(blankCold))} ms, p95 ${ms(p95(blankCold))}; ` +
      `warm (in a tab that has just searched) median ${ms(median(blankWarm))} ms, p95 ${ms(p95(blankWarm))}. ` +
      `The empty query's row adds this page's own HTML, CSS and scripts; the floor moves with the machine.`,
  );
  reportWaterfall(firstOk(bytes.served[0]!.cold), queries[0]!);
  reportResources(bytes.served);
  reportDistSizes();
  const failed = (['served', 'caching'] as const).flatMap((p) => [...bytes[p], ...times[p]].flatMap((r, i) => [...r.cold, ...r.warm, ...r.inPage].filter((s) => !s.ok && !s.navigated).map((s) => `${p} ${label(i % rows.length)}: ${s.status}`)));
  if (failed.length) {
    console.log(`\nFAILED runs (${failed.length}):`);
    for (const f of failed.slice(0, 20)) console.log(`  ${f}`);
  }
  if (distDir !== builtDir) rmSync(distDir, { recursive: true, force: true });
}

function firstOk(samples: Sample[]): Sample | undefined {
  return samples.find((s) => s.ok);
}

/** The byte-counting runs of a query should agree; describe any difference. */
function byteDifferences(results: Results[], host: string): string[] {
  return results.flatMap((r, i) =>
    (['cold', 'warm', 'inPage'] as const).flatMap((kind) => {
      const totals = r[kind].filter((s) => s.ok).map((s) => total(s.resources, 'wire'));
      return Math.max(...totals) - Math.min(...totals) > 1024 ? [`${host} ${kind} ${label(i)}: ${totals.map(kb).join(' vs ')} KB`] : [];
    }),
  );
}

function reportBytes(bytes: Record<Profile, Results[]>): void {
  const T = targets.coldKb * 1024;
  const W = targets.warmKb * 1024;
  console.log(`\nCOLD BYTES (KB), as served                   target ≤ ${targets.coldKb} KB`);
  console.log(row(['query', -16], ['hits', 5], ['|  wire', 7], ['', 4], ['page', 6], ['data', 6], ['other', 6], ['|  gzip', 7], ['', 4], ['page', 6], ['data', 6], ['other', 6], ['| reqs', 6]));
  let worst = { wire: 0, gzip: 0 };
  rows.forEach((_, i) => {
    const s = firstOk(bytes.served[i]!.cold);
    if (!s) return console.log(row([label(i), -16], ['failed', 12]));
    const r = s.resources;
    const of = (c: Category) => (x: Resource) => x.category === c;
    const wire = total(r, 'wire');
    const gzip = total(r, 'gzip');
    if (i < queries.length) worst = { wire: Math.max(worst.wire, wire), gzip: Math.max(worst.gzip, gzip) };
    console.log(row([label(i), -16], [rows[i] ? hitCount(s.status) : '—', 5], [kb(wire), 7], [pm(wire, T), 4], [kb(total(r, 'wire', of('page'))), 6], [kb(total(r, 'wire', of('data'))), 6], [kb(total(r, 'wire', of('other'))), 6], [kb(gzip), 7], [pm(gzip, T), 4], [kb(total(r, 'gzip', of('page'))), 6], [kb(total(r, 'gzip', of('data'))), 6], [kb(total(r, 'gzip', of('other'))), 6], [String(r.length), 6]));
  });
  console.log(row(['worst query', -22], [kb(worst.wire), 7], [pm(worst.wire, T), 4], ['', 20], [kb(worst.gzip), 7], [pm(worst.gzip, T), 4]));

  console.log(`\nWARM BYTES (KB): the second search in the same tab        target ≤ ${targets.warmKb} KB`);
  console.log(row(['', -16], ['| page load of the next query, caching host', -103], ['| submitted on the page, as served', -34]));
  console.log(row(['query', -16], ['|   wire', 8], ['', 4], ['gzip', 6], ['', 4], ['reqs', 5], ['cache', 6], ['304', 4], ['200', 4], ['  fetched with a body (wire KB)', -54], ['|   wire', 8], ['', 4], ['gzip', 6], ['', 4], ['reqs', 5]));
  let worstPage = { wire: 0, gzip: 0 };
  let worstInPage = { wire: 0, gzip: 0 };
  let navigated = false;
  rows.forEach((_, i) => {
    const c = firstOk(bytes.caching[i]!.warm);
    const p = firstOk(bytes.served[i]!.inPage);
    navigated ||= bytes.served[i]!.inPage.some((x) => x.navigated);
    const cells: [string, number][] = [[label(i), -16]];
    if (c) {
      const [cw, cg] = [total(c.resources, 'wire'), total(c.resources, 'gzip')];
      if (i < queries.length) worstPage = { wire: Math.max(worstPage.wire, cw), gzip: Math.max(worstPage.gzip, cg) };
      const count = (f: (r: Resource) => boolean) => String(c.resources.filter(f).length);
      cells.push([kb(cw), 8], [pm(cw, W), 4], [kb(cg), 6], [pm(cg, W), 4], [count(() => true), 5], [count((r) => r.status === 'cache'), 6], [count((r) => r.status === 304), 4], [count((r) => typeof r.status === 'number' && r.status !== 304), 4], [`  ${newBodies(c.resources)}`, -54]);
    } else cells.push(['failed', 8], ['', 94]);
    if (p) {
      const [pw, pg] = [total(p.resources, 'wire'), total(p.resources, 'gzip')];
      if (i < queries.length) worstInPage = { wire: Math.max(worstInPage.wire, pw), gzip: Math.max(worstInPage.gzip, pg) };
      cells.push([kb(pw), 8], [pm(pw, W), 4], [kb(pg), 6], [pm(pg, W), 4], [String(p.resources.length), 5]);
    } else cells.push([navigated ? 'n/a' : 'failed', 8]);
    console.log(row(...cells));
  });
  const worstCells: [string, number][] = [['worst query', -16], [kb(worstPage.wire), 8], [pm(worstPage.wire, W), 4], [kb(worstPage.gzip), 6], [pm(worstPage.gzip, W), 4], ['', 77]];
  if (!navigated) worstCells.push([kb(worstInPage.wire), 8], [pm(worstInPage.wire, W), 4], [kb(worstInPage.gzip), 6], [pm(worstInPage.gzip, W), 4]);
  console.log(row(...worstCells));
  console.log('reqs = requests made; cache = answered from the browser cache; 304 = revalidated (headers only); 200 = sent with a body.');
  if (navigated) console.log('n/a: submitting the search form on the results page loads a new page (no in-place search in this build).');

  const all = [...bytes.served, ...bytes.caching].flatMap((r) => [...r.cold, ...r.warm, ...r.inPage]).filter((s) => s.ok);
  const leftovers = all.map((s) => s.leftover);
  console.log(`check: TCP bytes not matched by CDP figures (after adding the worker script's body): min ${Math.min(...leftovers)}, max ${Math.max(...leftovers)} bytes per search (chunked-encoding framing of the worker script is ~13).`);
  const differences = [...byteDifferences(bytes.served, 'as served'), ...byteDifferences(bytes.caching, 'caching host')];
  console.log(differences.length ? `check: the ${byteRuns} byte-counting runs differ by more than 1 KB: ${differences.join('; ')}` : `check: the ${byteRuns} byte-counting runs agree within 1 KB.`);
}

function reportTimes(times: Record<Profile, Results[]>): void {
  const timings = (samples: Sample[]) => samples.flatMap((s) => (s.ok && s.timing ? [s.timing] : []));
  const pooled = { cold: [] as Timing[], warm: [] as Timing[], inPage: [] as Timing[] };
  let navigated = false;
  const stats = (t: Timing[], limit: number): [string, number][] => {
    const [m, p] = [median(t.map((x) => x.total)), p95(t.map((x) => x.total))];
    return [[ms(m), 8], [pm(m, limit), 4], [ms(p), 5], [pm(p, limit), 4]];
  };
  const split = (t: Timing[]): [string, number][] => (['page', 'pagefind', 'blocks', 'render'] as const).map((k) => [ms(median(t.map((x) => x[k]))), k === 'pagefind' ? 8 : 6]);
  console.log(`\nTIME (ms)                      target cold ≤ ${targets.coldMs} ms, warm ≤ ${targets.warmMs} ms`);
  console.log(row(['', -16], ['| cold page load, as served', -54], ['| warm page load, caching host', -54], ['| warm, on the page', -24]));
  console.log(row(['query', -16], ['| median', 8], ['', 4], ['p95', 5], ['', 4], ['page', 6], ['pagefind', 8], ['blocks', 6], ['render', 6], ['| median', 8], ['', 4], ['p95', 5], ['', 4], ['page', 6], ['pagefind', 8], ['blocks', 6], ['render', 6], ['| median', 8], ['', 4], ['p95', 5], ['', 4], ['runs', 5]));
  const line = (name: string, i: number | undefined, cold: Timing[], warm: Timing[], inPage: Timing[]) => {
    const missing = i !== undefined && times.served[i]!.inPage.some((s) => s.navigated);
    navigated ||= missing;
    const page: [string, number][] = missing || (i === undefined && navigated) ? [['n/a', 8]] : stats(inPage, targets.warmMs);
    console.log(row([name, -16], ...stats(cold, targets.coldMs), ...split(cold), ...stats(warm, targets.warmMs), ...split(warm), ...page, ...(page.length > 1 ? [] : [['', 13] as [string, number]]), [String(Math.min(cold.length, warm.length)), 5]));
  };
  const of = (i: number) => [timings(times.served[i]!.cold), timings(times.caching[i]!.warm), timings(times.served[i]!.inPage)] as const;
  queries.forEach((query, i) => {
    const [cold, warm, inPage] = of(i);
    pooled.cold.push(...cold);
    pooled.warm.push(...warm);
    pooled.inPage.push(...inPage);
    line(query, i, cold, warm, inPage);
  });
  line('all queries', undefined, pooled.cold, pooled.warm, pooled.inPage);
  line(label(queries.length), queries.length, ...of(queries.length));
  console.log('Page loads: fetchStart → results painted (the frame after aria-busy="false"). page = → the search script starts (manifest request);');
  console.log('pagefind = → candidates known (first block request); blocks = → last block arrived; render = → done (match, DOM, layout, paint).');
  console.log('Split columns are medians. On the page: the next query typed into the search box and submitted → results painted, on the page\'s clock.');
  if (navigated) console.log('n/a: submitting the search form on the results page loads a new page (no in-place search in this build).');
  console.log('all queries = every run of every query pooled. (no query) = /search/?q= : the page alone, no search data fetched.');
}

/** When each request of one search was sent and finished, on the page's clock (from a byte-counting run). */
function reportWaterfall(sample: Sample | undefined, query: string): void {
  if (!sample) return;
  console.log(`\nREQUESTS of one cold search for ${query} (as served; ms from the page request; a byte-counting run, so a little slower)`);
  const scale = Math.max(sample.doneMs, ...sample.resources.map((r) => r.end)) / 50;
  const bar = (from: number, to: number) => ' '.repeat(Math.round(from / scale)) + '#'.repeat(Math.max(1, Math.round((to - from) / scale)));
  for (const r of [...sample.resources].sort((a, b) => a.start - b.start)) {
    const path = r.path === '/search/' ? '/search/?q=… (HTML)' : r.path;
    const name = path.length > 58 ? `${path.slice(0, 57)}…` : path;
    console.log(row([ms(r.start), 5], [ms(r.end), 5], [kb(r.wire), 6], [name, -58], [bar(r.start, r.end), -1]));
  }
  console.log(row([ms(sample.doneMs), 5], ['', 5], ['', 6], ['done: results painted', -58], [`${' '.repeat(Math.round(sample.doneMs / scale))}|`, -1]));
}

/** What the search data in dist/ amounts to, by part, for comparison with what a search fetches. */
function reportDistSizes(): void {
  const groups: [string, (path: string) => boolean][] = [
    ['Pagefind runtime (pagefind.js, worker, WASM, entry, meta, filter)', (p) => /^pagefind\/(pagefind\.js|pagefind-worker\.js|wasm\..*|pagefind-entry\.json|.*\.pf_meta|filter\/.*)$/u.test(p)],
    ['Pagefind index chunks (pagefind/index/*)', (p) => p.startsWith('pagefind/index/')],
    ['search manifest (search/data/<version>/manifest.json)', (p) => `/${p}` === dataPaths.manifest],
    ['all article blocks (search/data/<version>/blocks/*.json)', (p) => `/${p}`.startsWith(dataPaths.blocksFolder)],
    ['all article blocks in one file (…/blocks.json)', (p) => `/${p}` === dataPaths.bundle],
  ];
  console.log('\nSEARCH DATA IN dist/ (everything, not what one search fetches)');
  console.log(row(['part', -66], ['files', 5], ['raw KB', 8], ['gzip KB', 8]));
  const files = (readdirSync(distDir, { recursive: true, withFileTypes: true }) as Dirent[]).filter((e) => e.isFile()).map((e) => relative(distDir, join(e.parentPath, e.name)).split(sep).join('/'));
  for (const [name, test] of groups) {
    const sizes = files.filter(test).map((f) => fileSizes(`/${f}`));
    console.log(row([name, -66], [String(sizes.length), 5], [kb(sizes.reduce((n, x) => n + x.raw, 0)), 8], [kb(sizes.reduce((n, x) => n + x.gzip, 0)), 8]));
  }
}

function reportResources(served: Results[]): void {
  console.log('\nCOLD BYTES PER RESOURCE, as served (largest over the queries that fetched it)');
  console.log(row(['resource', -62], ['kind', -5], ['wire KB', 8], ['gzip KB', 8], ['queries', 8]));
  const byPath = new Map<string, { category: Category; wire: number; gzip: number; queries: number }>();
  for (const r of served.slice(0, queries.length)) {
    for (const x of firstOk(r.cold)?.resources ?? []) {
      const key = x.path;
      const entry = byPath.get(key) ?? { category: x.category, wire: 0, gzip: 0, queries: 0 };
      byPath.set(key, { ...entry, wire: Math.max(entry.wire, x.wire), gzip: Math.max(entry.gzip, x.gzip), queries: entry.queries + 1 });
    }
  }
  const order: Category[] = ['page', 'data', 'other'];
  for (const [path, e] of [...byPath].sort((a, b) => order.indexOf(a[1].category) - order.indexOf(b[1].category) || b[1].wire - a[1].wire)) {
    const name = path === '/search/' ? '/search/?q=… (HTML)' : path.length > 62 ? `${path.slice(0, 61)}…` : path;
    console.log(row([name, -62], [e.category, -5], [kb(e.wire), 8], [kb(e.gzip), 8], [`${e.queries}/${queries.length}`, 8]));
  }
}

await main();
