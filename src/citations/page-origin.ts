/**
 * Citations made in the browser carry the origin the reader's page came from, not the one the site was
 * built for: a build made without its public origin (SCO_SITE_URL / `--site`, src/lib/site-url.ts) has
 * `http://localhost:4321` in its canonical URLs, and a copy served elsewhere (a mirror, a staging host)
 * would otherwise hand out links to somewhere else.
 *
 * `onPageOrigin(url, origin)`: `url`, an absolute URL made at build time (the article's canonical URL,
 * csl-item.ts `URL`); `origin`, the page's `location.origin`. Output: `url` with its scheme, host and port
 * replaced by `origin`'s (path, query and fragment kept), as `URL.href` writes it. When `origin` is not an
 * http(s) origin — `"null"` for a page saved and opened from disk (`file:`) — `url` is returned unchanged:
 * the build's origin is the best link such a copy has. Throws a `TypeError` when `url` is not an absolute
 * URL.
 */
export function onPageOrigin(url: string, origin: string): string {
  const target = new URL(url);
  let page: URL;
  try {
    page = new URL(origin);
  } catch {
    return target.href;
  }
  if (page.protocol !== 'http:' && page.protocol !== 'https:') return target.href;
  return new URL(`${target.pathname}${target.search}${target.hash}`, page.origin).href;
}
