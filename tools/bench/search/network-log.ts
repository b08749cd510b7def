/**
 * Network accounting over CDP for one search: the page's session and, through non-flattened auto-attach,
 * the sessions of its dedicated workers (were Pagefind to run in its worker, it would fetch its WASM and
 * index there).
 *
 * `NetworkLog.attach(context, page)` starts recording; `reset()` forgets what was seen; `settle()` waits
 * until every request seen has finished (3 s at most); `resources(tcpBytes, doneEpochMs, site)` → the
 * requests as `Resource`s (path, category, status — a number, 'cache' or 'failed' —, wire bytes =
 * CDP `encodedDataLength`, gzip bytes = headers + min(body, gzip -9 of the dist/ file), start and end in ms
 * from the search page's request), the TCP bytes no CDP figure accounts for (`leftover`), and when the
 * search was done on the same clock. Chrome counts only the headers of a dedicated worker's main script:
 * its body is added when `tcpBytes` (the bytes the server sent meanwhile) has room for it.
 * Errors: none (events for unknown requests are ignored).
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { searchPath } from '../../../src/routes.ts';
import type { BuiltSite, Category } from './site.ts';

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

export interface Resource {
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
export class NetworkLog {
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
  resources(tcpBytes: number, doneEpochMs: number, site: BuiltSite): { resources: Resource[]; leftover: number; doneMs: number } {
    const fetches = [...this.fetches.values()];
    const doc = fetches.find((f) => new URL(f.url).pathname === searchPath()) ?? fetches[0];
    const since = (t: number) => (doc ? (t - doc.start) * 1000 : 0);
    let leftover = tcpBytes - fetches.reduce((n, f) => n + f.encoded, 0);
    // Responses CDP counted without a body (Chrome does so for a dedicated worker's main script, the
    // worker's first): the body was sent if the TCP count has room for it; otherwise it is a 304.
    const bodyless = fetches.filter((f) => !f.failed && !(f.fromCache && f.encoded === 0) && f.encoded <= (f.headerBytes ?? f.encoded));
    const bodyAdded = new Set<Fetch>();
    for (const f of bodyless.sort((a, b) => Number(b.url.endsWith('-worker.js')) - Number(a.url.endsWith('-worker.js')))) {
      const raw = site.fileSizes(new URL(f.url).pathname).raw;
      if (raw > 0 && leftover >= raw) {
        bodyAdded.add(f);
        leftover -= raw;
      }
    }
    const resources = fetches.map((f): Resource => {
      const { pathname } = new URL(f.url);
      const base = { path: pathname, category: site.category(pathname), start: since(f.start), end: since(f.end) };
      if (f.failed) return { ...base, status: 'failed', wire: f.encoded, gzip: f.encoded };
      if (f.fromCache && f.encoded === 0) return { ...base, status: 'cache', wire: 0, gzip: 0 };
      const file = site.fileSizes(pathname);
      const headers = Math.min(f.headerBytes ?? f.encoded, f.encoded);
      if (bodyAdded.has(f)) return { ...base, status: f.status ?? 200, wire: f.encoded + file.raw, gzip: headers + file.gzip };
      if (f.encoded - headers <= 0) return { ...base, status: 304, wire: f.encoded, gzip: f.encoded };
      return { ...base, status: f.status ?? 200, wire: f.encoded, gzip: headers + file.gzip };
    });
    return { resources, leftover, doneMs: doc ? doneEpochMs - doc.wallTime * 1000 : 0 };
  }
}
