/**
 * A static file server for the built site, as a static host would serve it: `/a/b/` serves
 * `dist/a/b/index.html`, `/a/b` redirects to `/a/b/` when that directory exists, query strings are
 * ignored, paths outside the root are refused. Files are read and sent by `sirv` (path normalisation
 * and the refusal of paths outside the root, streaming, HEAD and range requests); this module adds what
 * sirv leaves to its caller: the redirect of a folder path without its slash, the 404 page, and the
 * media types below.
 *
 * Input: `root`, the directory to serve (normally dist/). Output: `startStaticServer` resolves to the
 * base URL (`http://127.0.0.1:<free port>`) and a `close()`.
 * Content types by extension, plus the citation downloads' types, which a deployment must configure on
 * its host too (docs/deploy.md, Media types): `.ris` → application/x-research-info-systems, `.bib` →
 * application/x-bibtex, and a file named `cite.json` → application/vnd.citationstyles.csl+json; any other
 * extension → application/octet-stream. These replace sirv's own types (mrmime), which differ in
 * charset (`text/html;charset=utf-8`, CSS and JS without one) and type robots.txt, so that the tests and
 * gates see the responses they were calibrated on.
 * No caching headers: sirv always sends `Last-Modified` (and in its `dev` mode `Cache-Control: no-store`),
 * which this server removes. It sends no `Cache-Control`, `ETag` or `Last-Modified`, like the server it
 * replaced: the benchmarks add a static host's caching on purpose, in a proxy (./proxy.ts), and a
 * `Last-Modified` alone would let Chromium cache heuristically and change what a second page load costs.
 *
 * Errors: rejects if the port cannot be bound; requests for missing files get 404 (dist/404.html when
 * it exists); an error while reading a file is answered 500 with its message.
 */
import { createServer, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
};

/** Types by file name, before the extension's: the CSL-JSON download is JSON of a registered kind. */
const contentTypesByName: Record<string, string> = {
  'cite.json': 'application/vnd.citationstyles.csl+json; charset=utf-8',
};

/** The content type this server sends for a file name. */
export function contentTypeOf(file: string): string {
  return contentTypesByName[basename(file)] ?? contentTypes[extname(file)] ?? 'application/octet-stream';
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}

/** Caching headers sirv sets that this server does not send (see the top of the file). */
const droppedHeaders = new Set(['last-modified', 'cache-control', 'etag']);

/** Make `res.writeHead` drop `droppedHeaders` from the headers sirv passes it. */
function withoutCachingHeaders(res: ServerResponse): void {
  const writeHead = res.writeHead.bind(res) as (status: number, headers?: OutgoingHttpHeaders) => ServerResponse;
  res.writeHead = ((status: number, headers?: OutgoingHttpHeaders) =>
    writeHead(status, headers && Object.fromEntries(Object.entries(headers).filter(([name]) => !droppedHeaders.has(name.toLowerCase()))))) as typeof res.writeHead;
}

export async function startStaticServer(root: string): Promise<StaticServer> {
  const base = normalize(root).replace(/[\\/]+$/, '');
  const notFound = async (res: ServerResponse) => {
    const page = join(base, '404.html');
    const body = (await isFile(page)) ? await readFile(page) : 'Not found';
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  };
  // dev: read the folder on each request (a test may serve a build it has just written). sirv is given
  // the exact file (a folder's `index.html` named in the URL, below), so none of its guesses (`<path>.html`,
  // `<path>/index`) apply.
  const serve = sirv(base, {
    dev: true,
    dotfiles: true,
    extensions: [],
    setHeaders: (res, pathname) => res.setHeader('Content-Type', contentTypeOf(pathname)),
    onNoMatch: (_req, res) => void notFound(res),
  });
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      void notFound(res);
      return;
    }
    const path = normalize(join(base, decoded));
    if (path !== base && !path.startsWith(base + sep)) {
      void notFound(res);
      return;
    }
    (async () => {
      if (!decoded.endsWith('/') && !(await isFile(path))) {
        // A folder without its slash: redirect as a static host does; anything else is not found (sirv
        // would try `<path>.html`, which a host serving dist/ as files does not).
        if (await isFile(join(path, 'index.html'))) res.writeHead(301, { location: `${pathname}/` }).end();
        else await notFound(res);
        return;
      }
      if (decoded.endsWith('/')) {
        if (!(await isFile(join(path, 'index.html')))) {
          await notFound(res);
          return;
        }
        req.url = `${pathname}index.html`;
      } else req.url = pathname;
      withoutCachingHeaders(res);
      serve(req, res);
    })().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
