/**
 * What the site shows readers of its editorial apparatus is written for them, in Chinese: the evidence
 * of inferred bibliographic values (推断依据), the editorial notes (编辑说明) of every article page and
 * the normalisation reports of /about/sources/. The manifests' `evidence`, `reason`, `segmentsReason` and
 * `description` are the editors' English and stay out of the site; readers get each value's and hint's
 * `note` (content/sources/*.yaml, src/content-model/schemas/).
 *
 * Checks, on the built pages (dist/ from `npm run build`):
 * - no page shows an editors' string of a manifest verbatim, in its text or in a `title`, `aria-label`
 *   or `alt` (strings of 12 characters or more: shorter ones, such as the evidence `L414`, are caught by
 *   the next check);
 * - article pages (outside the article's own text) and /about/sources/ show no bare raw-line
 *   reference `L17` (readers get 原文第17行, linked to the raw-line view) and no `source-texts.md`;
 * - the reader-note regions — the 推断依据 list and the 推断 marks' titles, the 编辑说明 table, the whole
 *   /about/sources/ page — hold no English phrase (two Latin words in a row, e.g. `URL mode`,
 *   `The report's title.`); Latin that belongs to the content (URLs, DOIs, ISSNs, file names, Russian
 *   titles) has no such phrase.
 *
 * Errors: fails listing each page and the offending text.
 */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes, Root } from 'hast';
import { parse } from 'yaml';
import { builtPages, distDir } from './support/dist.ts';

const sourcesDir = new URL('../../content/sources/', import.meta.url);

/** Every string under a key named `evidence`, `reason`, `segmentsReason` or `description` in a manifest. */
function editorsStrings(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) editorsStrings(item, out);
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string' && ['evidence', 'reason', 'segmentsReason', 'description'].includes(key)) out.push(value);
      else editorsStrings(value, out);
    }
  }
  return out;
}

async function manifestEnglish(): Promise<string[]> {
  const files = (await readdir(sourcesDir)).filter((f) => f.endsWith('.yaml')).sort();
  const texts = await Promise.all(files.map((f) => readFile(new URL(f, sourcesDir), 'utf8')));
  return [...new Set(texts.flatMap((t) => editorsStrings(parse(t))))].filter((s) => s.length >= 12);
}

const shownAttributes = ['title', 'ariaLabel', 'alt'];

/** The text a reader sees or hears in `node`: text nodes and shown attributes; not scripts or styles. */
function visibleText(node: Nodes, skip: (el: Element) => boolean = () => false): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') {
    if (['script', 'style'].includes(node.tagName) || skip(node)) return '';
    const attributes = shownAttributes.flatMap((name) => {
      const value = node.properties[name];
      return typeof value === 'string' ? [value] : [];
    });
    const children = node.tagName === 'template' && node.content ? [node.content] : node.children;
    return [...attributes, ...children.map((child) => visibleText(child, skip))].join(' ');
  }
  if (node.type === 'root') return node.children.map((child) => visibleText(child, skip)).join(' ');
  return '';
}

const classes = (el: Element): string[] => (Array.isArray(el.properties['className']) ? el.properties['className'].map(String) : []);

/** Elements of `tree` for which `match` holds (not descending into them). */
function findAll(tree: Nodes, match: (el: Element) => boolean, out: Element[] = []): Element[] {
  if (tree.type === 'element' && match(tree)) out.push(tree);
  else if (tree.type === 'element' || tree.type === 'root') for (const child of tree.children) findAll(child, match, out);
  return out;
}

/** The article's own text and the raw lines: content, whose Latin the checks leave alone. */
const isContent = (el: Element) => classes(el).includes('article-body') || classes(el).includes('raw-source') || el.properties['id'] === 'provenance-viewer';

/** The reader-note regions of an article page: 推断依据, the 推断 marks, 编辑说明. */
const isReaderNote = (el: Element) =>
  el.properties['ariaLabelledBy'] !== undefined && ['inferences-title', 'editorial-notes'].includes(String(el.properties['ariaLabelledBy'])) ||
  classes(el).includes('inferred');

const rawLineToken = /(?<![A-Za-z0-9_./#-])L\d+/gu;
const englishPhrase = /\b[A-Za-z][a-z]*'?[a-z]*(?: |, )[A-Za-z][a-z]+\b/gu;

test('no page shows the editors’ English of a manifest, raw-line tokens or English phrases', async () => {
  const english = await manifestEnglish();
  assert.ok(english.length > 50, `only ${english.length} editors' strings found in content/sources/*.yaml`);
  const pages = await builtPages();
  const problems: string[] = [];
  let readerPages = 0;
  for (const file of pages) {
    if (file.startsWith('pagefind/')) continue;
    const tree: Root = fromHtml(await readFile(`${distDir}${file}`, 'utf8'));
    const text = visibleText(tree);
    for (const s of english) if (text.includes(s)) problems.push(`${file}: shows the manifest's “${s.slice(0, 70)}…”`);
    const isArticle = /^articles\/[^/]+\/index\.html$/u.test(file);
    const isSources = file === 'about/sources/index.html';
    if (!isArticle && !isSources) continue;
    readerPages++;
    const apparatus = visibleText(tree, isContent);
    for (const m of apparatus.matchAll(rawLineToken)) problems.push(`${file}: bare raw-line reference ${m[0]} in “${apparatus.slice(Math.max(0, m.index - 30), m.index + 30)}”`);
    if (apparatus.includes('source-texts.md')) problems.push(`${file}: mentions source-texts.md`);
    const regions = isSources ? findAll(tree, (el) => el.tagName === 'main') : findAll(tree, isReaderNote);
    if (isArticle) assert.ok(regions.length > 0, `${file}: no 推断依据 or 编辑说明 region found`);
    for (const region of regions) {
      const regionText = visibleText(region, isContent);
      for (const m of regionText.matchAll(englishPhrase)) problems.push(`${file}: English “${regionText.slice(Math.max(0, m.index - 20), m.index + 40)}”`);
    }
  }
  assert.equal(readerPages, 9, 'expected 8 article pages and /about/sources/');
  console.log(`# ${pages.length} pages checked against ${english.length} editors' strings; ${problems.length} problems`);
  assert.deepEqual(problems, []);
});
