/**
 * The built site the search benchmark measures, and what it knows about its files.
 *
 * `openBuiltSite(builtDir, pagefind)` → a `BuiltSite`: the folder to serve (`builtDir`, or with
 *   `pagefind` a temporary copy in which every search narrows with Pagefind: `copyWithPagefind`), the
 *   build's one search data folder `/search/data/<version>/` and its file paths (src/routes.ts), and:
 *   `isBlocks(path)`: a request for article blocks (all in one file, or one article's);
 *   `fileSizes(path)`: the size of the dist/ file a URL path is served from (as tools/harness/server.ts
 *   resolves it; 404.html when there is none) and min(size, gzip -9 size) (gzip-size), cached;
 *   `category(path)`: 'page' (/search/ and /_astro/*), 'data' (Pagefind and the search data) or 'other';
 *   `dispose()`: removes the temporary copy, if any.
 * Errors: exits 1 when dist/search/data/ does not hold exactly one folder (run `npm run build` first);
 *   throws when the search page has no `startPagefind` to switch on (`--pagefind`).
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { gzipSizeSync } from 'gzip-size';
import { pagefindPreloads } from '../../../src/search/client/pagefind.ts';
import { pagefindBundlePath, searchDataBase, searchDataPaths, searchPath, type SearchDataPaths } from '../../../src/routes.ts';

export type Category = 'page' | 'data' | 'other';

export interface BuiltSite {
  /** The folder served: the build, or its `--pagefind` copy. */
  distDir: string;
  /** `/search/data/<version>/`. */
  dataFolder: string;
  /** The search data's paths, for the page's resource timing: the manifest, the bundle, the per-article folder. */
  dataPaths: SearchDataPaths & { blocksFolder: string };
  isBlocks(pathname: string): boolean;
  fileSizes(pathname: string): { raw: number; gzip: number };
  category(pathname: string): Category;
  dispose(): void;
}

/** Pagefind's folder, `/pagefind/` (the folder of its script). */
const pagefindFolder = pagefindBundlePath.slice(0, pagefindBundlePath.lastIndexOf('/') + 1);

/** The dist/ file of the search page (`/search/` → `search/index.html`). */
export const searchPageFile = `${searchPath().slice(1)}index.html`;

/**
 * The build's search data folder, `/search/data/<version>/` (the one every page names: tests/site/links
 * checks it is the only one); exits 1 when dist/search/data/ does not hold exactly one.
 */
export function searchDataFolder(dir: string): string {
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
  const pageFile = join(copy, searchPageFile);
  const preloads = [{ rel: 'preload', href: manifestUrl, as: 'fetch', crossorigin: 'anonymous' }, ...pagefindPreloads];
  const page = readFileSync(pageFile, 'utf8')
    .replace(/const startPagefind = false;/u, 'const startPagefind = true;')
    .replace(/const preloads = \[.*?\];/u, `const preloads = ${JSON.stringify(preloads)};`);
  if (!page.includes('const startPagefind = true;')) throw new Error(`${pageFile}: no startPagefind to switch on`);
  writeFileSync(pageFile, page);
  return copy;
}

export function openBuiltSite(builtDir: string, pagefind: boolean): BuiltSite {
  const distDir = pagefind ? copyWithPagefind(builtDir) : builtDir;
  const dataFolder = searchDataFolder(distDir);
  const dataPaths = { ...searchDataPaths(dataFolder), blocksFolder: `${dataFolder}blocks/` };
  const fileSizeCache = new Map<string, { raw: number; gzip: number }>();

  /** The dist/ file a URL path is served from, as server.ts resolves it (404.html when there is none). */
  function distFile(pathname: string): string {
    const decoded = decodeURIComponent(pathname);
    const path = normalize(join(distDir, decoded));
    const candidates = decoded.endsWith('/') ? [join(path, 'index.html')] : [path, join(path, 'index.html')];
    return candidates.find((f) => existsSync(f) && statSync(f).isFile()) ?? join(distDir, '404.html');
  }

  return {
    distDir,
    dataFolder,
    dataPaths,
    isBlocks: (pathname) => pathname === dataPaths.bundle || pathname.startsWith(dataPaths.blocksFolder),
    fileSizes(pathname) {
      const file = distFile(pathname);
      let sizes = fileSizeCache.get(file);
      if (!sizes) {
        const body = readFileSync(file);
        sizes = { raw: body.length, gzip: Math.min(body.length, gzipSizeSync(body)) };
        fileSizeCache.set(file, sizes);
      }
      return sizes;
    },
    category(pathname) {
      if (pathname.startsWith(pagefindFolder) || pathname.startsWith(dataFolder)) return 'data';
      if (pathname === searchPath() || pathname.startsWith('/_astro/')) return 'page';
      return 'other';
    },
    dispose() {
      if (distDir !== builtDir) rmSync(distDir, { recursive: true, force: true });
    },
  };
}
