/**
 * What a built page links to and what it can be linked to, read with a real HTML parser
 * (hast-util-from-html, i.e. parse5), for the link check in tests/site/links.test.ts.
 *
 * `readPage(html)` → `{ ids, links, canonical?, searchData? }`:
 * - `ids`: every fragment the page can be scrolled to — each element's `id` and each `<a name>` (the
 *   two things WHATWG HTML's "find a potential indicated element" looks for), template contents
 *   included;
 * - `links`: every URL-valued attribute, in document order, as `{ tag, attribute, value }`: `href`
 *   (a, area, link, base, SVG use/a…), `xlink:href`, `src`, `action`, `formaction`, `data`, `poster`,
 *   `cite`, each URL of `ping`, and `<meta content>` when it is an absolute http(s) URL (canonical,
 *   `og:url`, `citation_*_url`). `srcset` is left to linkinator, which parses it; an image candidate
 *   has no fragment;
 * - `canonical`: the `href` of `<link rel="canonical">`, when the page has one (it tells which origin the
 *   site was built for: SCO_SITE_URL);
 * - `searchData`: `<html data-search-data>`, when present (the folder of the search data the page's
 *   scripts fetch: src/routes.ts).
 * `fragmentResolves(ids, hash)`: whether a URL's fragment (`url.hash`, with its `#`) indicates something
 *   on a page with these ids, as WHATWG HTML decides: an empty fragment or `top` (any case) is the top
 *   of the page; otherwise an id or `<a name>` equal to the fragment as written or percent-decoded.
 * `resolveDistFile(root, pathname)`: the file a static host serves for a URL path, as
 *   tools/harness/server.ts and linkinator's server do: `/a/b/` → `a/b/index.html`; `/a/b` → the
 *   file `a/b`, else `a/b/index.html` (after a redirect to `/a/b/`). Output: the path relative to `root`
 *   with `/` separators, or undefined when nothing is served there (or the path leaves `root`).
 *
 * Errors: none (parse5 recovers from any markup; a malformed percent-escape is compared as written).
 */
import { stat } from 'node:fs/promises';
import { join, normalize, relative, sep } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes, Root } from 'hast';

export interface PageLink {
  tag: string;
  attribute: string;
  value: string;
}

export interface PageAnchors {
  ids: Set<string>;
  links: PageLink[];
  canonical?: string;
  /** `<html data-search-data>`: the folder of the search data the page's scripts fetch from. */
  searchData?: string;
}

/** hast property name → HTML attribute name, for the attributes that hold one URL. */
const urlProperties: Record<string, string> = {
  href: 'href',
  xLinkHref: 'xlink:href',
  src: 'src',
  action: 'action',
  formAction: 'formaction',
  data: 'data',
  poster: 'poster',
  cite: 'cite',
};

function isAbsoluteHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export function readPage(html: string): PageAnchors {
  const ids = new Set<string>();
  const links: PageLink[] = [];
  let canonical: string | undefined;
  let searchData: string | undefined;
  const visit = (node: Nodes): void => {
    if (node.type === 'element') {
      const element = node as Element;
      const { properties, tagName: tag } = element;
      if (typeof properties['id'] === 'string') ids.add(properties['id']);
      if (tag === 'a' && typeof properties['name'] === 'string') ids.add(properties['name']);
      for (const [property, attribute] of Object.entries(urlProperties)) {
        const value = properties[property];
        if (typeof value === 'string') links.push({ tag, attribute, value });
      }
      const ping = properties['ping'];
      if (Array.isArray(ping)) for (const value of ping) links.push({ tag, attribute: 'ping', value: String(value) });
      const content = properties['content'];
      if (tag === 'meta' && typeof content === 'string' && isAbsoluteHttpUrl(content)) links.push({ tag, attribute: 'content', value: content });
      const rel = properties['rel'];
      if (tag === 'link' && Array.isArray(rel) && rel.includes('canonical') && typeof properties['href'] === 'string') canonical ??= properties['href'];
      if (tag === 'html' && typeof properties['dataSearchData'] === 'string') searchData = properties['dataSearchData'];
      if (tag === 'template' && element.content) visit(element.content);
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(fromHtml(html) as Root);
  return { ids, links, ...(canonical === undefined ? {} : { canonical }), ...(searchData === undefined ? {} : { searchData }) };
}

export function fragmentResolves(ids: ReadonlySet<string>, hash: string): boolean {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (fragment === '' || ids.has(fragment)) return true;
  let decoded = fragment;
  try {
    decoded = decodeURIComponent(fragment);
  } catch {
    // a malformed escape: only the fragment as written can match
  }
  return ids.has(decoded) || decoded.toLowerCase() === 'top';
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}

export async function resolveDistFile(root: string, pathname: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const base = normalize(root).replace(/[\\/]+$/u, '');
  const path = normalize(join(base, decoded));
  if (path !== base && !path.startsWith(base + sep)) return undefined;
  const candidates = decoded.endsWith('/') ? [join(path, 'index.html')] : [path, join(path, 'index.html')];
  for (const candidate of candidates) {
    if (await isFile(candidate)) return relative(base, candidate).split(sep).join('/');
  }
  return undefined;
}
