/**
 * The cache rules the site ships for static hosts, read from its `_headers` file (public/_headers,
 * copied to dist/): Netlify's and Cloudflare Pages' format — a line with a path pattern (`*` matches any
 * run of characters, `/` included), then indented `Name: value` lines; `#` starts a comment line.
 *
 * `readImmutableRules(file)` → `[pattern, cacheControl][]`: each path pattern as an anchored RegExp with
 *   the `Cache-Control` value it is given, for the rules whose value says `immutable`, in file order;
 *   `[]` when the file does not exist. Example: `/_astro/*` + `  Cache-Control: public, max-age=31536000,
 *   immutable` → `[/^\/_astro\/.*$/u, 'public, max-age=31536000, immutable']`.
 * Used by tools/bench/search.ts (its caching host sends these) and tests/site/headers.test.ts (only
 *   content-addressed files may match).
 * Errors: none; a header line before any path line is ignored.
 */
import { existsSync, readFileSync } from 'node:fs';

export function readImmutableRules(file: string): [RegExp, string][] {
  if (!existsSync(file)) return [];
  const rules: [RegExp, string][] = [];
  let pattern: RegExp | undefined;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/u.test(line)) {
      pattern = new RegExp(`^${line.trim().split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/gu, '\\$&')).join('.*')}$`, 'u');
      continue;
    }
    const colon = line.indexOf(':');
    const [name, value] = [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
    if (pattern && name === 'cache-control' && /\bimmutable\b/u.test(value)) rules.push([pattern, value]);
  }
  return rules;
}
