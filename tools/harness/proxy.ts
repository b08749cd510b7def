/**
 * An HTTP proxy in front of the test server (./server.ts) that lets a caller rewrite each whole response,
 * for benchmarks and checks that need what a real static host adds (gzip, cache headers, ETags).
 *
 * Input: `upstream`, the test server's base URL; `rewrite(req, response)`, given the request and the
 *   upstream response `{ status, headers, body }` (body fully buffered; hop-by-hop headers and
 *   content-length removed) and returning the response to send; `requestHeaders` (optional) added to
 *   the forwarded request (e.g. `accept-encoding: identity`). Content-length is set from the body sent.
 * Output: resolves to `{ url, close() }`, the proxy's base URL on 127.0.0.1 and a way to stop it.
 * Errors: an upstream connection error is answered 502 with its message; rejects if no port can be bound.
 */
import { createServer, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProxiedResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export async function startRewritingProxy(
  upstream: string,
  rewrite: (req: IncomingMessage, response: ProxiedResponse) => ProxiedResponse,
  requestHeaders: IncomingHttpHeaders = {},
): Promise<{ url: string; close(): Promise<void> }> {
  const target = new URL(upstream);
  const server = createServer((req, res) => {
    const forward = httpRequest({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: { ...req.headers, host: target.host, ...requestHeaders } }, (up) => {
      const chunks: Buffer[] = [];
      up.on('data', (chunk: Buffer) => chunks.push(chunk));
      up.on('end', () => {
        const headers: IncomingHttpHeaders = { ...up.headers };
        for (const hop of ['transfer-encoding', 'connection', 'keep-alive', 'content-length']) delete headers[hop];
        const out = rewrite(req, { status: up.statusCode ?? 502, headers, body: Buffer.concat(chunks) });
        res.writeHead(out.status, { ...out.headers, 'content-length': String(out.body.length) }).end(out.body);
      });
    });
    forward.on('error', (error) => res.writeHead(502).end(String(error)));
    req.pipe(forward);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((closed) => {
        server.closeAllConnections();
        server.close(() => closed());
      }),
  };
}
