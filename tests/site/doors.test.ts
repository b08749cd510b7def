/**
 * The machine-readable doors of the built site: what crawlers, feed readers and browsers fetch.
 *
 * - `robots.txt` names the sitemap index by its absolute URL on the build's origin (the origin of the
 *   pages' canonical links);
 * - `sitemap-index.xml` names sitemap files that exist, and together they list every page of dist/ but
 *   the 404 page, each once, on that origin, without `<lastmod>` (the sources record no date of change);
 * - `feed.xml` is Atom: every article whose source states a date is an entry, newest first, its link the
 *   article's canonical URL (a page of dist/), its summary the date as stated and a GB/T reference;
 * - `opensearch.xml`: the results-page template on that origin; every page links it
 *   (`<link rel="search">`) and the feed (`<link rel="alternate" type="application/atom+xml">`);
 * - `_headers` gives both their media types on static hosts (Netlify's own parser reads it).
 *
 * Input: dist/ from `npm run build`. Errors: each test names what is missing or wrong.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { parseDocument, DomUtils } from 'htmlparser2';
import { parseAllHeaders } from '@netlify/headers-parser';
import { builtPages, distDir, pageUrlPath } from './support/dist.ts';

const xml = async (file: string) => parseDocument(await readFile(`${distDir}${file}`, 'utf8'), { xmlMode: true });
const texts = (doc: ReturnType<typeof parseDocument>, tag: string) => DomUtils.getElementsByTagName(tag, doc).map((e) => DomUtils.textContent(e).trim());

async function origin(): Promise<string> {
  const home = await readFile(`${distDir}articles/${(await builtPages()).find((p) => p.startsWith('articles/'))!.split('/')[1]}/index.html`, 'utf8');
  const canonical = /<link rel="canonical" href="([^"]+)"/u.exec(home)?.[1];
  assert.ok(canonical, 'an article page without a canonical link');
  return new URL(canonical).origin;
}

test('robots.txt names the sitemap index on the build origin', async () => {
  const robots = await readFile(`${distDir}robots.txt`, 'utf8');
  assert.match(robots, /^User-agent: \*$/mu);
  assert.equal(/^Sitemap: (.+)$/mu.exec(robots)?.[1], `${await origin()}/sitemap-index.xml`);
});

test('the sitemaps list every page but the 404 page, once, on the build origin, without lastmod', async () => {
  const site = await origin();
  const sitemaps = texts(await xml('sitemap-index.xml'), 'loc');
  assert.ok(sitemaps.length > 0);
  const listed: string[] = [];
  for (const loc of sitemaps) {
    assert.ok(loc.startsWith(`${site}/`), loc);
    const doc = await xml(new URL(loc).pathname.slice(1));
    listed.push(...texts(doc, 'loc'));
    assert.equal(DomUtils.getElementsByTagName('lastmod', doc).length, 0, 'a lastmod would be the build time');
  }
  const pages = (await builtPages()).filter((p) => !p.startsWith('404') && !p.startsWith('pagefind/')).map((p) => `${site}${pageUrlPath(p)}`).sort();
  assert.deepEqual([...listed].sort(), pages);
});

test('the Atom feed: dated articles newest first, each linking its page, with the date as stated and its reference', async () => {
  const doc = await xml('feed.xml');
  assert.equal(doc.children.find((n) => 'name' in n && n.name === 'feed') !== undefined, true);
  const entries = DomUtils.getElementsByTagName('entry', doc);
  assert.ok(entries.length >= 5, `${entries.length} entries`);
  const updated = entries.map((e) => texts(e as never, 'updated')[0]!);
  assert.deepEqual([...updated].sort().reverse(), updated, 'newest first');
  const site = await origin();
  for (const entry of entries) {
    const link = DomUtils.getElementsByTagName('link', entry)[0]!.attribs['href']!;
    assert.ok(link.startsWith(`${site}/articles/`), link);
    assert.ok(existsSync(`${distDir}${new URL(link).pathname.slice(1)}index.html`), `${link} is no page of dist/`);
    const summary = texts(entry as never, 'summary')[0]!;
    assert.match(summary, /^\d{4}年(\d{1,2}月(\d{1,2}日)?)?。.+\[(J|N)\/OL\]/u, summary);
  }
});

test('the OpenSearch description, linked from every page with the feed', async () => {
  const site = await origin();
  const urls = DomUtils.getElementsByTagName('Url', await xml('opensearch.xml'));
  assert.equal(urls.find((u) => u.attribs['type'] === 'text/html')?.attribs['template'], `${site}/search/?q={searchTerms}`);
  const missing: string[] = [];
  for (const page of await builtPages()) {
    if (page.startsWith('pagefind/')) continue;
    const html = await readFile(`${distDir}${page}`, 'utf8');
    if (!html.includes('<link rel="search" type="application/opensearchdescription+xml" href="/opensearch.xml"')) missing.push(`${page}: no OpenSearch link`);
    if (!html.includes('<link rel="alternate" type="application/atom+xml" href="/feed.xml"')) missing.push(`${page}: no feed link`);
  }
  assert.deepEqual(missing, []);
});

test('static hosts serve the description and the feed with their media types (_headers)', async () => {
  const { headers, errors } = await parseAllHeaders({ headersFiles: [`${distDir}_headers`], configHeaders: [], minimal: false });
  assert.deepEqual(errors, []);
  const typeOf = (path: string) =>
    headers.filter((h) => 'forRegExp' in h && h.forRegExp.test(path)).flatMap((h) => Object.entries(h.values).filter(([k]) => k.toLowerCase() === 'content-type').map(([, v]) => v));
  assert.deepEqual(typeOf('/opensearch.xml'), ['application/opensearchdescription+xml; charset=utf-8']);
  assert.deepEqual(typeOf('/feed.xml'), ['application/atom+xml; charset=utf-8']);
});
