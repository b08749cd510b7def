/**
 * The paged concordances of the built site (content-model/glossary/concordance-pages.ts): for every
 * glossary term, following 下一页 (`rel="next"`) from the term page reaches every concordance page in
 * order, each page says the exact total, no page holds more than 100 lines (`occurrencesPerPage`), and the lines of all the pages
 * together are exactly the term's concordance computed from the content (content-model/glossary/
 * concordance.ts over the corpus) — every occurrence once, in corpus order, with its paragraph link (carrying
 * the occurrence's words as `?q=`, so the page marks them) and
 * context — which is what a citer of "第 n 处" relies on. Every concordance or article-list page in dist/
 * is reached that way or from the term page (no orphan pages); the per-article counts, on the term page or
 * on the article-list pages it links to (全部 N 篇), are every article's exact count; and every glossary page
 * stays under 1 MB.
 *
 * Input: dist/ from `npm run build`, content/. Errors: each test fails naming the term and page.
 */
import assert from 'node:assert/strict';
import { readFile, stat } from 'node:fs/promises';
import { test } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { builtPages, distDir, pageUrlPath } from './support/dist.ts';
import { readCorpus } from '../../src/content-model/corpus/read-corpus.ts';
import { readGlossary } from '../../src/content-model/glossary/read-glossary.ts';
import { concordance } from '../../src/content-model/glossary/concordance.ts';
import { createTermMatcher } from '../../src/content-model/glossary/term-matcher.ts';
import { occurrencesPerPage } from '../../src/content-model/glossary/concordance-pages.ts';
import { glossaryTermArticlesPath, glossaryTermPath, searchHitPath } from '../../src/routes.ts';

const hasClass = (e: Element, name: string) => String(e.properties['className'] ?? '').split(' ').includes(name) || (Array.isArray(e.properties['className']) && e.properties['className'].includes(name));

function elements(tree: Root, test: (e: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (e: Element) => {
    if (test(e)) found.push(e);
  });
  return found;
}

async function page(url: string): Promise<Root> {
  const file = `${distDir}${url.slice(1)}index.html`;
  return fromHtml(await readFile(file, 'utf8'));
}

/** A line as the page shows it: paragraph link, context before, match, context after, the host term. */
function line(li: Element): string {
  const where = elements({ type: 'root', children: [li] }, (e) => hasClass(e, 'kwic__where'))[0]!;
  const part = (name: string) => elements({ type: 'root', children: [li] }, (e) => hasClass(e, name))[0];
  const within = part('kwic__within');
  const after = part('kwic__after')!;
  const afterText = toText(after).replace(within ? toText(within) : '\u0000', '');
  const mark = elements({ type: 'root', children: [li] }, (e) => e.tagName === 'mark')[0]!;
  return [where.properties['href'], toText(part('kwic__before')!), toText(mark), afterText, within ? toText(within) : ''].join(' | ');
}

const nextOf = (tree: Root) => elements(tree, (e) => e.tagName === 'a' && String(e.properties['rel'] ?? '') === 'next').map((a) => String(a.properties['href']))[0];

/** The rows of the per-article counts on a page: `<article slug> <count>` (the slug from the row's `#in-<slug>` link). */
const countRows = (tree: Root) =>
  elements(tree, (e) => e.tagName === 'tr' && elements({ type: 'root', children: [e] }, (c) => c.tagName === 'td').length > 0).map((tr) => {
    const a = elements({ type: 'root', children: [tr] }, (c) => c.tagName === 'a')[0]!;
    const td = elements({ type: 'root', children: [tr] }, (c) => c.tagName === 'td')[0]!;
    return `${String(a.properties['href']).split('#in-')[1]} ${toText(td)}`;
  });

/** Follows 下一页 from `url`, adding each page to `visited`; returns the per-article count rows of all the pages. */
async function visitChain(url: string | undefined, visited: Set<string>): Promise<string[]> {
  const rows: string[] = [];
  while (url) {
    assert.ok(!visited.has(url), `${url} reached twice`);
    visited.add(url);
    const tree = await page(url);
    rows.push(...countRows(tree));
    url = nextOf(tree);
  }
  return rows;
}

test('every concordance page is reachable, and the pages together are exactly the concordance', async () => {
  const corpus = readCorpus();
  const glossary = readGlossary();
  const matcher = createTermMatcher(glossary.map((e) => ({ slug: e.id, aliases: e.data.aliases })));
  const visited = new Set<string>();
  let paged = 0;
  for (const entry of glossary) {
    const groups = concordance(corpus, entry.id, entry.data.aliases, { glossary: matcher, width: 16 });
    const expected = groups.flatMap((g) =>
      g.occurrences.map((o) => [searchHitPath(g.article, o.match, o.anchor), o.before, o.match, o.after, o.within ? `（在“${o.within}”中）` : ''].join(' | ')),
    );
    const total = expected.length;
    const pages = Math.max(1, Math.ceil(total / occurrencesPerPage));
    const shown: string[] = [];
    let url: string | undefined = glossaryTermPath(entry.id);
    let n = 0;
    while (url) {
      n += 1;
      assert.ok(!visited.has(url), `${url} reached twice`);
      visited.add(url);
      const tree = await page(url);
      const lines = elements(tree, (e) => e.tagName === 'li' && elements({ type: 'root', children: [e] }, (c) => hasClass(c, 'kwic__where')).length > 0);
      assert.ok(lines.length <= occurrencesPerPage, `${url}: ${lines.length} lines`);
      shown.push(...lines.map(line));
      const text = toText(tree);
      if (n === 1) assert.match(text, new RegExp(`语境索引（共 ${total} 处）`), url);
      else assert.match(text, new RegExp(`第 ${n} 页，共 ${pages} 页：第 ${(n - 1) * occurrencesPerPage + 1}–\\d+ 处，共 ${total} 处`), url);
      if (n === 1) {
        const all = elements(tree, (e) => e.tagName === 'a' && String(e.properties['href'] ?? '') === glossaryTermArticlesPath(entry.id));
        const counts = groups.map((g) => `${g.article} ${g.occurrences.length}`);
        if (all.length > 0) assert.deepEqual(await visitChain(glossaryTermArticlesPath(entry.id), visited), counts, `${entry.id}: every article's count`);
        else assert.deepEqual(countRows(tree), counts, `${entry.id}: every article's count on the term page`);
      }
      url = nextOf(tree);
    }
    assert.equal(n, pages, `${entry.id}: ${n} pages reached, ${pages} expected`);
    assert.deepEqual(shown, expected, entry.id);
    if (pages > 1) paged += 1;
  }
  assert.ok(paged >= 1, 'at least one term has more than one page of occurrences');
  const orphans = (await builtPages())
    .filter((file) => /^glossary\/[^/]+\/(concordance|articles)\//.test(file))
    .map(pageUrlPath)
    .filter((url) => !visited.has(url));
  assert.deepEqual(orphans, [], 'concordance and article-list pages reached from no term page');
});

test('no glossary page is over 1 MB', async () => {
  for (const file of (await builtPages()).filter((f) => f.startsWith('glossary/'))) {
    const { size } = await stat(`${distDir}${file}`);
    assert.ok(size < 1_000_000, `${file}: ${size} bytes`);
  }
});
