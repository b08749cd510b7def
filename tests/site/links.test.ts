/**
 * Every internal link in the built site resolves, and so does every `#fragment` it names.
 *
 * - Paths: linkinator (its Node API, over its own static server for dist/) requests every URL that every
 *   page references — `href`/`src`/`srcset` of a, area, link, script, img, source…, `<meta content>`
 *   URLs, URLs in JSON-LD and in `<style>` — and fails on any status that is not 2xx (a directory
 *   without its slash is redirected, as on a static host). URLs of the site's own origin (canonical,
 *   `og:url`: SCO_SITE_URL, read from the pages' canonical links) are rewritten to that server, so they
 *   are checked too. Links to other sites are not fetched (there is no network here): they are skipped
 *   and counted.
 * - Fragments: our own check, because linkinator's `checkFragments` accepts any fragment that an
 *   `<a id=… href="#x">` on the page points at (GitHub's permalink pattern) — exactly a note reference
 *   `<a id="ref-3" href="#note-3">` whose note is missing would pass. Each page is parsed with
 *   hast-util-from-html (support/html-links.ts); every internal URL attribute, including those
 *   linkinator does not read (`<form action>`, `formaction`, `ping`, `xlink:href`), is resolved to the
 *   file a static host serves, and a fragment must be an id (or `<a name>`) on that page: the paragraph
 *   links of glossary pages, the timeline and articles (`/articles/<slug>/#p…`), notes (`#note-3`),
 *   table rows (`#<table>-r3`), raw-source lines (`source/#L12`), event markers (`/timeline/#<event>`).
 * - Run-time links: the pages that search (the search page, every article page) name the same folder
 *   of search data, `<html data-search-data="/search/data/<version>/">`, and no other page names one;
 *   the folder is the only one in dist/search/data/, and `<version>` is the digest of
 *   the files in it (src/search/index/search-data.ts `searchDataVersion`), so a host may cache them forever
 *   (public/_headers). The search page links each hit to `/articles/<slug>/?q=…#<anchor>` from
 *   `<folder>blocks/<slug>.json`, so every anchor there must be an id on that article page, and every
 *   article of `<folder>manifest.json` must have its page and its blocks file (and, when a first
 *   search reads every article, the same blocks in `<folder>blocks.json`, which holds exactly those
 *   articles); the files the search page and the cite dialog fetch (Pagefind's bundle and preloads,
 *   the manifest, `/citation-styles/<key>.json` for each style offered) must exist, and the title shards
 *   (`<folder>titles/<n>.json`) hold one title per article of the manifest.
 * - Raw lines: every article page names, in `#provenance-viewer[data-raw-lines]`, its own
 *   `/articles/<slug>/raw-lines.json` (src/routes.ts `articleRawLinesPath`), which the provenance viewer
 *   fetches when a reader opens a 原文 box; the file exists, is JSON, and holds exactly the raw lines the
 *   page's 原文 links name; the page itself embeds none (no `<script id="raw-lines">`).
 *
 * Prints the numbers of pages, links, fragments checked and external links skipped.
 * Input: dist/ from `npm run build`. Errors: each test fails listing the broken links (page, URL,
 * reason), or when dist/ holds no build.
 */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { before, describe, test } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { visit } from 'unist-util-visit';
import { builtPages, distDir, pageUrlPath } from './support/dist.ts';
import { fragmentResolves, readPage, resolveDistFile, type PageAnchors } from './support/html-links.ts';
import { pagefindBundle, pagefindPreloads } from '../../src/search/client/pagefind.ts';
import { searchDataVersion } from '../../src/search/index/search-data.ts';
import type { SearchBlock, SearchManifest } from '../../src/search/shared/types.ts';
import { articleRawLinesPath, searchDataBase, searchDataPaths, searchTitleShardPath } from '../../src/routes.ts';
import { parseLineRanges } from '../../src/content-model/raw-source/raw-source-ranges.ts';
import { readsEveryArticle } from '../../src/search/shared/search-plan.ts';

const maxListed = 40;

function listed(problems: readonly string[]): string {
  return problems.slice(0, maxListed).join('\n') + (problems.length > maxListed ? `\n… and ${problems.length - maxListed} more` : '');
}

/** A TCP port free at the time of asking, for linkinator's server (its URL must be known beforehand). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

test('the fragment check rejects what linkinator lets through, and follows WHATWG HTML', () => {
  const { ids, links } = readPage(
    '<p id="p12">段<sup><a id="ref-3" href="#note-3">3</a></sup></p><a name="legacy"></a><h2 id="注释">注释</h2><form action="/search/"></form>',
  );
  assert.equal(fragmentResolves(ids, '#note-3'), false, 'a note reference does not make its note exist');
  assert.equal(fragmentResolves(ids, '#p12'), true);
  assert.equal(fragmentResolves(ids, '#P12'), false, 'ids are case-sensitive');
  assert.equal(fragmentResolves(ids, '#legacy'), true);
  assert.equal(fragmentResolves(ids, new URL('/a/#注释', 'http://x').hash), true, 'percent-encoded fragments are decoded');
  assert.equal(fragmentResolves(ids, '#Top'), true);
  assert.equal(fragmentResolves(ids, ''), true);
  assert.deepEqual(
    links.map((l) => `${l.tag} ${l.attribute} ${l.value}`),
    ['a href #note-3', 'form action /search/'],
  );
});

describe('links in dist/', () => {
  let files: string[] = [];
  const pages = new Map<string, PageAnchors>();
  let siteOrigin = '';

  before(async () => {
    files = await builtPages();
    for (const file of files) pages.set(file, readPage(await readFile(`${distDir}${file}`, 'utf8')));
    const origins = new Set([...pages.values()].flatMap((p) => (p.canonical ? [new URL(p.canonical).origin] : [])));
    assert.ok(origins.size <= 1, `pages disagree on the site's origin: ${[...origins].join(', ')}`);
    siteOrigin = [...origins][0] ?? new URL(process.env['SCO_SITE_URL'] ?? 'http://localhost:4321').origin;
  });

  test('every URL the pages reference is served (linkinator)', async () => {
    assert.ok(files.length > 50, `only ${files.length} pages under dist/`);
    const port = await freePort();
    const local = `http://127.0.0.1:${port}`;
    const skipped = new Set<string>();
    const result = await new LinkChecker().check({
      path: [...files],
      serverRoot: distDir,
      port,
      recurse: false,
      checkCss: true,
      checkFragments: false,
      concurrency: 8,
      timeout: 20_000,
      redirects: 'allow',
      urlRewriteExpressions: [{ pattern: new RegExp(`^${escapeRegExp(siteOrigin)}(?=/|$)`, 'u'), replacement: local }],
      linksToSkip: async (link) => {
        const { origin } = new URL(link);
        const external = origin !== local && origin !== siteOrigin;
        if (external) skipped.add(link);
        return external;
      },
    });
    // linkinator requests each URL (fragment stripped) once: a start page is reported without a parent,
    // a URL that is served once (from the first page that references it), a broken one once per page.
    const starts = result.links.filter((l: LinkResult) => l.parent === undefined);
    const links = result.links.filter((l: LinkResult) => l.parent !== undefined && l.state !== LinkState.SKIPPED);
    const broken = result.links.filter((l: LinkResult) => l.state === LinkState.BROKEN);
    console.log(
      `linkinator: ${starts.length} pages requested, ${links.length} further distinct URLs checked ` +
        `(${broken.length} broken), ${skipped.size} external URLs skipped (not fetched: no network)`,
    );
    assert.equal(starts.filter((l: LinkResult) => l.state === LinkState.OK).length, files.length, 'every page is served');
    assert.ok(links.length > 0, 'linkinator found no link to check');
    assert.deepEqual(
      broken.map((l: LinkResult) => `${l.parent ?? '(start page)'} → ${l.url}: ${l.status ? `HTTP ${l.status}` : (l.failureDetails ?? []).map(String).join('; ')}`),
      [],
    );
  });

  test('every internal link resolves to a file, and every fragment to an id on its page', async () => {
    const problems: string[] = [];
    let links = 0;
    let internal = 0;
    let fragments = 0;
    const external = new Set<string>();
    let otherSchemes = 0;
    const targets = new Set<string>();
    for (const [file, page] of pages) {
      const base = new URL(pageUrlPath(file), siteOrigin);
      for (const link of page.links) {
        links += 1;
        const where = `dist/${file}: <${link.tag} ${link.attribute}="${link.value}">`;
        let url: URL;
        try {
          url = new URL(link.value, base);
        } catch {
          problems.push(`${where}: not a URL`);
          continue;
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:') {
          otherSchemes += 1;
          continue;
        }
        if (url.origin !== siteOrigin) {
          external.add(url.href);
          continue;
        }
        internal += 1;
        const target = await resolveDistFile(distDir, url.pathname);
        if (target === undefined) {
          problems.push(`${where}: nothing is served at ${url.pathname}`);
          continue;
        }
        if (url.hash === '') continue;
        fragments += 1;
        targets.add(`${target}${url.hash}`);
        const targetPage = pages.get(target);
        if (!targetPage) problems.push(`${where}: a fragment on ${target}, which is not an HTML page`);
        else if (!fragmentResolves(targetPage.ids, url.hash)) problems.push(`${where}: no id "${decodeURIComponent(url.hash.slice(1))}" on ${target}`);
      }
    }
    console.log(
      `own check: ${pages.size} pages, ${links} URL attributes (${internal} internal), ${fragments} fragment links ` +
        `(${targets.size} distinct targets) checked, ${external.size} external URLs skipped, ${otherSchemes} other schemes`,
    );
    assert.ok(fragments > 1000, `only ${fragments} fragment links found`);
    assert.deepEqual(problems, [], listed(problems));
  });

  test('the links the search page builds at run time, and the files it and the cite dialog fetch, exist', async () => {
    const problems: string[] = [];
    // The pages whose scripts fetch search data (the search page, and every article page, which marks a
    // search's occurrences: QueryHighlight.astro) name one folder of it, the only one built; every other
    // page names none (building it does not build the search data: layouts/Base.astro's `searchData`).
    const searches = (file: string) => file === 'search/index.html' || /^articles\/[^/]+\/index\.html$/u.test(file);
    const unnamed = [...pages].filter(([file, page]) => searches(file) && page.searchData === undefined).map(([file]) => file);
    assert.deepEqual(unnamed, [], `pages that search but name no search data (<html data-search-data>): ${unnamed.join(', ')}`);
    const stray = [...pages].filter(([file, page]) => !searches(file) && page.searchData !== undefined).map(([file]) => file);
    assert.deepEqual(stray, [], `pages that do not search but name search data: ${stray.join(', ')}`);
    const named = new Set([...pages].filter(([file]) => searches(file)).map(([, page]) => page.searchData));
    assert.equal(named.size, 1, `the pages name ${named.size} different search data folders: ${[...named].join(', ')}`);
    const folder = [...named][0];
    assert.ok(folder, 'the pages name no search data (<html data-search-data>)');
    const versions = await readdir(`${distDir}search/data`);
    assert.equal(versions.length, 1, `dist/search/data holds ${versions.length} versions: ${versions.join(', ')}`);
    assert.equal(folder, searchDataBase(versions[0]!), `the pages name ${folder}; dist/search/data holds ${versions[0]}`);
    const { manifest: manifestUrl, bundle: bundleUrl, blocks: blocksUrl } = searchDataPaths(folder);
    const read = (url: string) => readFile(`${distDir}${url.slice(1)}`, 'utf8');

    const fetched = [pagefindBundle, manifestUrl, ...pagefindPreloads.map((p) => p.href)];
    const articlePages = files.filter((file) => /^articles\/[^/]+\/index\.html$/u.test(file));
    const styleKeys = await citeStyleKeys(articlePages);
    for (const key of styleKeys) fetched.push(`/citation-styles/${key}.json`);
    for (const path of fetched) if ((await resolveDistFile(distDir, path)) === undefined) problems.push(`fetched at run time, missing: ${path}`);

    const manifestJson = await read(manifestUrl);
    const manifest = JSON.parse(manifestJson) as SearchManifest;
    assert.ok(manifest.articles.slugs.length > 0, 'the search manifest lists no article');
    // When a first search reads every article, the results page reads every article's blocks from one
    // file instead: it must hold exactly the articles of the manifest, each with the blocks of its own file.
    let bundle: Record<string, SearchBlock[]> | undefined;
    if (readsEveryArticle(manifest)) {
      fetched.push(bundleUrl);
      try {
        bundle = JSON.parse(await read(bundleUrl)) as Record<string, SearchBlock[]>;
        const slugs = [...manifest.articles.slugs].sort();
        if (JSON.stringify(Object.keys(bundle).sort()) !== JSON.stringify(slugs)) problems.push(`${bundleUrl}: articles ${Object.keys(bundle).join(', ')}, manifest ${slugs.join(', ')}`);
      } catch (error) {
        problems.push(`${bundleUrl}: ${(error as Error).message}`);
      }
    }
    let anchors = 0;
    const blocksFiles: [string, string][] = [];
    for (const slug of manifest.articles.slugs) {
      const page = pages.get(`articles/${slug}/index.html`);
      if (!page) {
        problems.push(`search manifest: no page /articles/${slug}/`);
        continue;
      }
      let blocks: SearchBlock[];
      try {
        const json = await read(blocksUrl(slug));
        blocksFiles.push([slug, json]);
        blocks = JSON.parse(json) as SearchBlock[];
      } catch (error) {
        problems.push(`${blocksUrl(slug)}: ${(error as Error).message}`);
        continue;
      }
      if (blocks.length === 0) problems.push(`${blocksUrl(slug)}: no block`);
      if (bundle && JSON.stringify(bundle[slug]) !== JSON.stringify(blocks)) problems.push(`${bundleUrl}: the blocks of ${slug} differ from ${blocksUrl(slug)}`);
      for (const block of blocks) {
        anchors += 1;
        // As search.astro builds the hit's link: `#${encodeURIComponent(anchor)}`.
        const hash = new URL(`/articles/${slug}/?q=x#${encodeURIComponent(block.anchor)}`, siteOrigin).hash;
        if (!fragmentResolves(page.ids, hash)) problems.push(`${blocksUrl(slug)}: anchor "${block.anchor}" (${block.kind}) is no id on /articles/${slug}/`);
      }
    }
    // The title shards: together, one title per article of the manifest.
    const titleFiles: string[] = [];
    for (let n = 0; n * manifest.articles.titleShardSize < Math.max(1, manifest.articles.slugs.length); n++) {
      try {
        titleFiles.push(await read(searchTitleShardPath(folder, n)));
      } catch (error) {
        problems.push(`${searchTitleShardPath(folder, n)}: ${(error as Error).message}`);
      }
    }
    const titles = titleFiles.flatMap((json) => JSON.parse(json) as string[]);
    if (titles.length !== manifest.articles.slugs.length || titles.some((t) => typeof t !== 'string' || t === '')) problems.push(`title shards: ${titles.length} titles for ${manifest.articles.slugs.length} articles`);
    // The folder's name is the digest of what it serves: new text gets a new URL, never a stale cached file.
    const digest = searchDataVersion({ manifest: manifestJson, blocks: blocksFiles, titles: titleFiles });
    if (folder !== searchDataBase(digest)) problems.push(`${folder}: its files digest to ${digest}`);
    console.log(
      `run-time links: ${anchors} search-hit anchors in ${manifest.articles.slugs.length} articles, ${fetched.length} fetched files ` +
        `(${styleKeys.size} citation styles)`,
    );
    assert.ok(styleKeys.size > 0, 'no citation style offered on any article page');
    assert.deepEqual(problems, [], listed(problems));
  });

  test('every article page names its raw-lines file, which holds exactly the raw lines its 原文 links show', async () => {
    // The provenance viewer (src/components/provenance-viewer.ts) fetches `data-raw-lines` of
    // #provenance-viewer when a reader opens a 原文 box, and shows the lines each link's data-lines names.
    const problems: string[] = [];
    const articlePages = files.filter((file) => /^articles\/[^/]+\/index\.html$/u.test(file));
    assert.ok(articlePages.length > 0, 'dist/ holds no article page');
    let lines = 0;
    for (const file of articlePages) {
      const slug = file.split('/')[1]!;
      const named: string[] = [];
      const shown = new Set<number>();
      let embedded = 0;
      visit(fromHtml(await readFile(`${distDir}${file}`, 'utf8')), 'element', (node) => {
        const { id, className, dataRawLines, dataLines } = node.properties;
        if (id === 'provenance-viewer' && typeof dataRawLines === 'string') named.push(dataRawLines);
        if (node.tagName === 'script' && id === 'raw-lines') embedded += 1;
        if (node.tagName === 'a' && Array.isArray(className) && className.includes('provenance-link') && typeof dataLines === 'string') {
          for (const no of parseLineRanges(dataLines)) shown.add(no);
        }
      });
      if (embedded > 0) problems.push(`${file}: embeds the raw lines (<script id="raw-lines">)`);
      if (named.length !== 1 || named[0] !== articleRawLinesPath(slug)) {
        problems.push(`${file}: names ${JSON.stringify(named)} as its raw-lines file, not ${articleRawLinesPath(slug)}`);
        continue;
      }
      if ((await resolveDistFile(distDir, named[0])) === undefined) {
        problems.push(`${file}: its raw-lines file ${named[0]} is missing`);
        continue;
      }
      let map: Record<string, unknown>;
      try {
        map = JSON.parse(await readFile(`${distDir}${named[0].slice(1)}`, 'utf8')) as Record<string, unknown>;
      } catch (error) {
        problems.push(`${named[0]}: ${(error as Error).message}`);
        continue;
      }
      const keys = Object.keys(map).map(Number);
      const expected = [...shown].sort((a, b) => a - b);
      if (JSON.stringify(keys) !== JSON.stringify(expected)) problems.push(`${named[0]}: lines ${keys.join(',')}; the page's 原文 links show ${expected.join(',')}`);
      if (!Object.values(map).every((text) => typeof text === 'string')) problems.push(`${named[0]}: a line's text is not a string`);
      lines += keys.length;
    }
    console.log(`raw-lines files: ${articlePages.length}, ${lines} lines`);
    assert.deepEqual(problems, [], listed(problems));
  });
});

/**
 * The citation styles the cite dialog offers (`<input name="cite-style" value="<key>">`) on the given
 * article pages; the dialog fetches `/citation-styles/<key>.json` for the one chosen.
 */
async function citeStyleKeys(files: readonly string[]): Promise<Set<string>> {
  const keys = new Set<string>();
  for (const file of files) {
    visit(fromHtml(await readFile(`${distDir}${file}`, 'utf8')), 'element', (node) => {
      const { name, value } = node.properties;
      if (node.tagName === 'input' && name === 'cite-style' && typeof value === 'string') keys.add(value);
    });
  }
  return keys;
}
