/**
 * The cache rules the site ships for static hosts, read from its `_headers` file (public/_headers,
 * copied to dist/): Netlify's and Cloudflare Pages' format, parsed and matched by Netlify's own parser
 * (`@netlify/headers-parser`), so a path pattern means here what it means on the host (`*` matches any
 * run of characters, `/` included; `/a/*` also matches `/a`; `:name` matches one path segment; matching
 * ignores case and a trailing slash).
 *
 * `readImmutableRules(file)` → `[pattern, cacheControl][]`: each rule's path pattern as the RegExp the
 *   parser matches it with, and the `Cache-Control` value it is given, for the rules whose value says
 *   `immutable`, in file order; `[]` when the file does not exist. Example: `/_astro/*` + `  Cache-Control:
 *   public, max-age=31536000, immutable` → `[/^\/_astro\/?(.*)\/?$/iu, 'public, max-age=31536000, immutable']`.
 * Used by tools/bench/search.ts (its caching host sends these) and tests/site/headers.test.ts (only
 *   content-addressed files may match).
 * Errors: rejects with the parser's messages when the file cannot be parsed (e.g. a header line before
 *   any path line, a header without a value).
 */
import { parseAllHeaders } from '@netlify/headers-parser';

export async function readImmutableRules(file: string): Promise<[RegExp, string][]> {
  const { headers, errors } = await parseAllHeaders({ headersFiles: [file], configHeaders: [], minimal: false });
  if (errors.length > 0) throw new Error(`${file}: ${errors.map((error) => error.message).join('; ')}`);
  const rules: [RegExp, string][] = [];
  for (const header of headers) {
    if (!('forRegExp' in header)) continue;
    const cacheControl = Object.entries(header.values).find(([name]) => name.toLowerCase() === 'cache-control')?.[1];
    if (cacheControl !== undefined && /\bimmutable\b/u.test(cacheControl)) rules.push([header.forRegExp, cacheControl]);
  }
  return rules;
}
