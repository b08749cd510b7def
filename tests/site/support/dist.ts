/**
 * The built site as files, for the checks that read dist/ without a browser (tests/site/).
 *
 * `distDir`: absolute path of dist/ (or of `$SITE_DIST_DIR`, to check a build elsewhere), with a trailing
 * slash.
 * `builtPages()`: every HTML file under dist/ (Pagefind's bundle included, should it ever hold one), as
 * paths relative to dist/ with `/` separators, sorted — e.g. `index.html`, `articles/<slug>/index.html`,
 * `404.html`.
 * `pageUrlPath(file)`: the URL path a static host serves that file at: `a/b/index.html` → `/a/b/`,
 * `404.html` → `/404.html`.
 *
 * Errors: `builtPages()` rejects with an explanation when dist/ holds no complete build (run
 * `npm run build` first).
 */
import { access, readdir } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const distDir = process.env['SITE_DIST_DIR']
  ? `${resolve(process.env['SITE_DIST_DIR'])}${sep}`
  : fileURLToPath(new URL('../../../dist/', import.meta.url));

export async function builtPages(): Promise<string[]> {
  for (const file of ['index.html', 'search/index.html', 'pagefind/pagefind.js']) {
    await access(`${distDir}${file}`).catch(() => {
      throw new Error(`dist/${file} is missing: run \`npm run build\` before the site checks.`);
    });
  }
  const files = await readdir(distDir, { recursive: true });
  return files
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('.html'))
    .sort();
}

export function pageUrlPath(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/u, '$1')}`;
}
