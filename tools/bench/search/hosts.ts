/**
 * The hosts the search benchmark loads pages from, in front of the test server (tools/harness/server.ts):
 *
 * `startCachingProxy(upstream, rules)`: an HTTP proxy adding what a static host would, given the site's
 *   `_headers` rules (`rules`, tools/harness/host-headers.ts `readImmutableRules`): their `Cache-Control`
 *   on the paths they mark `immutable`, `no-cache` on everything else, an ETag on every 200 (answering
 *   304 when `If-None-Match` matches), and the blank page at `blankPath` (the floor of a page load).
 * `startByteCounter(upstream)`: a TCP pass-through counting the bytes sent to the browser (`bytes()`).
 * Both resolve to `{ url, close() }` on 127.0.0.1. Errors: as tools/harness/proxy.ts; a socket error
 *   closes that socket.
 */
import { createHash } from 'node:crypto';
import { connect, createServer as createTcpServer, type AddressInfo, type Socket } from 'node:net';
import { startRewritingProxy } from '../../harness/proxy.ts';

export interface Endpoint {
  url: string;
  close(): Promise<void>;
}

export interface Counter extends Endpoint {
  /** Bytes sent to the browser so far. */
  bytes(): number;
}

/** The Cache-Control the caching host sends for a path: _headers' immutable rule, else `no-cache`. */
function cacheControlOf(rules: [RegExp, string][], pathname: string): string {
  return rules.find(([pattern]) => pattern.test(pathname))?.[1] ?? 'no-cache';
}

/**
 * The floor of a page load, cold or warm: a page of one line of text, no stylesheet, no script, no
 * image, served by the caching host at this path (see `measureBlank`).
 */
export const blankPath = '/__bench/blank';
const blankPage = '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>blank</title><p>上海合作组织</p></html>';

/** An HTTP proxy adding the cache headers of a typical static host (see the top of the file). */
export function startCachingProxy(upstream: string, rules: [RegExp, string][]): Promise<Endpoint> {
  return startRewritingProxy(upstream, (req, response) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname === blankPath) {
      return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' }, body: Buffer.from(blankPage) };
    }
    if (response.status !== 200) return response;
    const etag = `"${createHash('sha1').update(response.body).digest('base64url')}"`;
    const cacheControl = cacheControlOf(rules, new URL(req.url ?? '/', 'http://localhost').pathname);
    if (req.headers['if-none-match'] === etag) return { status: 304, headers: { etag, 'cache-control': cacheControl }, body: Buffer.alloc(0) };
    return { status: 200, headers: { ...response.headers, etag, 'cache-control': cacheControl }, body: response.body };
  });
}

/** A TCP pass-through that counts the bytes sent to the browser. */
export async function startByteCounter(upstream: string): Promise<Counter> {
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
