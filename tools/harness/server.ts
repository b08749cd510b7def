/**
 * A minimal static file server for the built site, as a static host would serve it: `/a/b/` serves
 * `dist/a/b/index.html`, `/a/b` redirects to `/a/b/` when that directory exists, query strings are
 * ignored, paths outside the root are refused.
 *
 * Input: `root`, the directory to serve (normally dist/). Output: `startStaticServer` resolves to the
 * base URL (`http://127.0.0.1:<free port>`) and a `close()`.
 * Content types by extension, plus the citation downloads' types, which a deployment must configure on
 * its host too (README, Citation metadata): `.ris` → application/x-research-info-systems, `.bib` →
 * application/x-bibtex, and a file named `cite.json` → application/vnd.citationstyles.csl+json.
 *
 * Errors: rejects if the port cannot be bound; requests for missing files get 404 (dist/404.html when
 * it exists).
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

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

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}

/** The file a URL path maps to, a redirect target, or null (not found). */
async function resolvePath(root: string, pathname: string): Promise<{ file: string } | { redirect: string } | null> {
  const decoded = decodeURIComponent(pathname);
  const path = normalize(join(root, decoded));
  if (path !== root && !path.startsWith(root + sep)) return null;
  if (decoded.endsWith('/')) {
    const index = join(path, 'index.html');
    return (await isFile(index)) ? { file: index } : null;
  }
  if (await isFile(path)) return { file: path };
  if (await isFile(join(path, 'index.html'))) return { redirect: `${pathname}/` };
  return null;
}

export async function startStaticServer(root: string): Promise<StaticServer> {
  const base = normalize(root).replace(/[\\/]+$/, '');
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    resolvePath(base, pathname)
      .then(async (target) => {
        if (target === null) {
          const notFound = join(base, '404.html');
          const body = (await isFile(notFound)) ? await readFile(notFound) : 'Not found';
          res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(body);
        } else if ('redirect' in target) {
          res.writeHead(301, { location: target.redirect }).end();
        } else {
          const type = contentTypesByName[basename(target.file)] ?? contentTypes[extname(target.file)] ?? 'application/octet-stream';
          res.writeHead(200, { 'content-type': type }).end(await readFile(target.file));
        }
      })
      .catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
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
