/**
 * The site's public origin, from which the build makes every absolute URL it writes: the canonical link,
 * `og:url`, the Highwire/JSON-LD URLs, the URL inside each citation download and the printed 引用本文
 * line (astro.config.mjs's `site`). It comes from `npm run build -- --site <url>`, else the environment
 * variable `SCO_SITE_URL`, else `http://localhost:4321`, where `npm start` serves (a local preview only:
 * scripts/build.ts warns when a build falls back to it). Citations made in the browser (the cite dialog)
 * use the origin the page is served from instead (`onPageOrigin`, src/citations/page-origin.ts).
 *
 * The site is served from the root of its host (every link is root-relative, `/articles/<slug>/`), so
 * the value must be an origin: `http:` or `https:`, a host, an optional port, and nothing after it but an
 * optional `/`.
 *
 * - `siteOrigin(value, source)`: `value` → the origin as `URL.origin` writes it (`https://sco.example.org`,
 *   host lower-cased and IDNA-encoded, default port dropped, no trailing slash). Throws `SiteUrlError`
 *   naming `source` (e.g. `--site`, `SCO_SITE_URL`) and the problem for an empty value, a value that is
 *   not an absolute URL, another scheme, a user name or password, a path, a query or a fragment.
 * - `resolveSite(flag, env)`: `flag` (`--site`) wins over `env` (`SCO_SITE_URL`); an unset `flag` or
 *   `env` is `undefined` (an empty string counts as set, and is refused). Output `{ origin, from }`, `from`
 *   being `'--site'`, `'SCO_SITE_URL'` or `'default'`. Throws as `siteOrigin` does.
 */

/** Where `npm start` (astro preview) serves the site: the origin of a build made without a site URL. */
export const defaultSiteOrigin = 'http://localhost:4321';

/** A site URL that cannot be used; the message names where it came from and what is wrong. */
export class SiteUrlError extends Error {
  override name = 'SiteUrlError';
}

export type SiteSource = '--site' | 'SCO_SITE_URL' | 'default';

export function siteOrigin(value: string, source: string): string {
  const refuse = (problem: string) => new SiteUrlError(`${source}=${JSON.stringify(value)}: ${problem}; expected the site's origin, e.g. https://sco.example.org`);
  if (value.trim() === '') throw refuse('empty');
  if (value !== value.trim()) throw refuse('leading or trailing white space');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw refuse('not an absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw refuse(`scheme ${url.protocol} (only http: and https: can serve the site)`);
  if (url.hostname === '') throw refuse('no host');
  if (url.username !== '' || url.password !== '') throw refuse('a user name or password (it would be published in every citation)');
  if (url.pathname !== '/') throw refuse(`a path (${url.pathname}): the site is served from the root of its host`);
  if (url.search !== '' || value.includes('?')) throw refuse('a query');
  if (url.hash !== '' || value.includes('#')) throw refuse('a fragment');
  return url.origin;
}

export function resolveSite(flag: string | undefined, env: string | undefined): { origin: string; from: SiteSource } {
  if (flag !== undefined) return { origin: siteOrigin(flag, '--site'), from: '--site' };
  if (env !== undefined) return { origin: siteOrigin(env, 'SCO_SITE_URL'), from: 'SCO_SITE_URL' };
  return { origin: defaultSiteOrigin, from: 'default' };
}
