/**
 * The cache rules the site ships for static hosts (public/_headers, in dist/ as `_headers`; read by
 * tools/harness/host-headers.ts) let browsers keep only files whose URL changes with their content:
 * a file kept `immutable` under an unchanging name would be served stale after the next build.
 *
 * Every file of dist/ that an `immutable` rule matches must be content-addressed — Astro's hashed
 * assets (`/_astro/<name>.<hash>.<ext>`), the search data under the folder named by its digest
 * (`/search/data/<version>/`: src/routes.ts; tests/site/links.test.ts checks the digest),
 * or Pagefind's hashed index, filter and fragment files (`…_<hex>.pf_index`) — and the search data
 * (manifest and blocks) must all be matched, so that a warm search asks the server for none of it.
 * Pages (`/`, `/search/`, `…/index.html`), each article's raw-lines file (`/articles/<slug>/raw-lines.json`)
 * and Pagefind's unhashed runtime (`pagefind.js`, `pagefind-entry.json`, the WASM) must not be matched.
 *
 * Input: dist/ from `npm run build`. Errors: fails listing the files on the wrong side of the rules.
 */
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { test } from 'node:test';
import { readImmutableRules } from '../../tools/harness/host-headers.ts';
import { builtPages, distDir, pageUrlPath } from './support/dist.ts';

const contentAddressed = [/^\/_astro\/[^/]+\.[\w-]{8}\.\w+$/u, /^\/search\/data\/[0-9a-f]{16}\//u, /_[0-9a-f]{7,}\.pf_(index|filter|fragment)$/u];

test('only content-addressed files are cached as immutable, and all the search data is', async () => {
  const rules = await readImmutableRules(`${distDir}_headers`);
  assert.ok(rules.length > 0, 'dist/_headers gives no immutable rule');
  const immutable = (path: string) => rules.some(([pattern]) => pattern.test(path));
  const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => `/${`${e.parentPath}/${e.name}`.slice(distDir.length).split('\\').join('/')}`);
  const kept = files.filter(immutable);
  const problems = kept.filter((path) => !contentAddressed.some((pattern) => pattern.test(path))).map((path) => `kept immutable, not content-addressed: ${path}`);
  const searchData = files.filter((path) => path.startsWith('/search/data/'));
  assert.ok(searchData.length > 0, 'dist/search/data/ holds no file');
  for (const path of searchData) if (!immutable(path)) problems.push(`search data not kept immutable: ${path}`);
  const pages = (await builtPages()).map(pageUrlPath);
  // Each article's raw-lines file (src/routes.ts articleRawLinesPath) keeps its name when the article changes.
  const rawLinesFiles = files.filter((path) => /^\/articles\/[^/]+\/raw-lines\.json$/u.test(path));
  assert.ok(rawLinesFiles.length > 0, 'dist/ holds no /articles/<slug>/raw-lines.json');
  const unchangingNames = [...pages, ...rawLinesFiles, '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.unknown.pagefind'];
  for (const path of unchangingNames) if (immutable(path)) problems.push(`kept immutable under an unchanging name: ${path}`);
  console.log(`# _headers: ${rules.length} immutable rules; ${kept.length} of ${files.length} files kept immutable (${searchData.length} search data); ${pages.length} pages not`);
  assert.deepEqual(problems, []);
});
