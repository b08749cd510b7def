/**
 * README's walkthrough "Adding a document", run on a clean clone of HEAD, and the official documents it
 * publishes. In the clone: `npm run source:add -- <declaration> --kind official-document --slug
 * example-declaration` drafts the manifest of a declaration written for the tests
 * (tests/fixtures/official-document/example-declaration.txt); `npm run normalise` refuses the draft,
 * naming its TODOs; the TODOs are resolved as the walkthrough says (description, genre, issuing body,
 * segments' reason; the todo list deleted); a charter written for the tests is added with its finished
 * manifest (example-charter.yaml); `npm run normalise` and `npm run build` run. Then, on the built site:
 * the search page finds a sentence of the new declaration and labels the hit with its clause; following
 * the hit lands on that paragraph; its cite dialog cites it by the clause (Chicago `sec. …`). On the
 * built pages: every paragraph is a permalink target carrying its clause label
 * (`data-clause`, what the cite dialog cites it as, components/cite-dialog.ts), its number link and cite
 * button are named by the clause; the part headings are headings; the metadata names the document type,
 * the issuing body, the place and the date of adoption; the citation downloads exist; the search data
 * holds the text, so the search page finds it. The clause label rules themselves are unit-tested
 * (src/normaliser/blocks/clauses.test.ts, src/normaliser/official-document.test.ts).
 *
 * Run: `node --test tests/build/add-document.test.ts` (Node 22: `npm run test:build`). About 1–2 min
 * on 2 cores, most of it the Astro build. Needs a committed HEAD (it clones it).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../../tools/harness/server.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument, DomUtils } from 'htmlparser2';
import type { Element } from 'domhandler';
import { cloneAt, headCommit, ROOT, runBuild } from './support/clean-clone.ts';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'official-document');
const work = mkdtempSync(join(tmpdir(), 'sco-add-document-'));
const clone = join(work, 'site');
const sources = join(clone, 'content', 'sources');
after(() => rmSync(work, { recursive: true, force: true }));

const run = (script: string, args: string[]) => spawnSync(process.execPath, [script, ...args], { cwd: clone, encoding: 'utf8' });
/** What the first normalise said of the unresolved draft. */
let refused: ReturnType<typeof run>;

before(() => {
  cloneAt(headCommit().commit, clone);
  // 1. Add the raw text: the draft manifest beside it.
  const added = run('scripts/source-add.ts', [join(FIXTURES, 'example-declaration.txt'), '--kind', 'official-document', '--slug', 'example-declaration']);
  assert.equal(added.status, 0, `source:add failed:\n${added.stderr}`);
  // 2. Normalise refuses the draft while it holds TODOs.
  refused = run('scripts/normalise.ts', []);
  // 3. Resolve the TODOs as README's walkthrough says.
  const manifestFile = join(sources, 'example-declaration.yaml');
  const manifest = parse(readFileSync(manifestFile, 'utf8')) as Record<string, any>;
  const article = manifest['articles'][0];
  manifest['description'] = 'A declaration written for the tests in the shape of an SCO declaration, one paragraph per line.';
  article.bibliography.genre = 'declaration';
  article.bibliography.issuer = { value: '示例组织成员国元首理事会', basis: 'stated', evidence: 'L1' };
  article.segmentsReason = 'The file holds one document, from its title (L1) to its last paragraph.';
  delete manifest['todo'];
  writeFileSync(manifestFile, stringify(manifest));
  // A second document, with its finished manifest.
  for (const name of ['example-charter.txt', 'example-charter.yaml']) copyFileSync(join(FIXTURES, name), join(sources, name));
  // 4. Normalise and build.
  const normalise = run('scripts/normalise.ts', []);
  assert.equal(normalise.status, 0, `normalise failed:\n${normalise.stderr}`);
  const build = runBuild(clone);
  assert.equal(build.status, 0, `build failed:\n${build.stdout.slice(-2000)}\n${build.stderr.slice(-2000)}`);
});

test('source:add drafted a manifest that normalise refuses, naming each TODO with its line, until resolved', () => {
  assert.equal(refused.status, 2);
  assert.match(refused.stderr, /^normalise: \S*example-declaration\.yaml:\d+: description: unresolved TODO/mu);
  assert.match(refused.stderr, /^\S*example-declaration\.yaml:\d+: articles\.0\.bibliography\.genre: TODO the genre/mu);
  assert.equal(existsSync(join(clone, 'content', 'articles', 'example-declaration.mdx')), true, 'published after the TODOs were resolved');
});

function page(slug: string) {
  const html = readFileSync(join(clone, 'dist', 'articles', slug, 'index.html'), 'utf8');
  const doc = parseDocument(html);
  const paragraphs = DomUtils.findAll((e) => e.name === 'p' && /\bpara\b/.test(e.attribs['class'] ?? ''), doc.children);
  const textOf = (p: Element) => {
    const span = DomUtils.findOne((e) => e.attribs['class'] === 'para-text', p.children);
    return span ? DomUtils.textContent(span) : '';
  };
  return { html, doc, paragraphs: paragraphs.map((p) => ({ p, clause: p.attribs['data-clause'], text: textOf(p) })) };
}

test('the declaration: each clause a permalink with its label; parts as headings; its metadata', () => {
  const { doc, paragraphs, html } = page('example-declaration');
  const clauses = paragraphs.filter((x) => x.clause !== undefined);
  assert.deepEqual(
    clauses.map((x) => x.clause),
    ['序言第1段', '第一部分第1段', '第一部分第2段', '第二部分第1段', '第二部分第2段', '第三部分（一）第1段', '第三部分（二）第1段'],
  );
  const part3 = clauses.find((x) => x.clause === '第三部分（一）第1段')!;
  assert.equal(part3.text, '成员国支持扩大留学生交流规模，2025年共有1.7万名学生参加交流项目。');
  assert.match(part3.p.attribs['id'] ?? '', /^p[a-z0-9]+$/u, 'a permalink id');
  const number = DomUtils.findOne((e) => (e.attribs['class'] ?? '').includes('para-num'), part3.p.children)!;
  assert.equal(number.attribs['href'], `#${part3.p.attribs['id']}`);
  assert.equal(number.attribs['aria-label'], '第三部分（一）第1段');
  const cite = DomUtils.findOne((e) => (e.attribs['class'] ?? '').includes('para-cite'), part3.p.children)!;
  assert.equal(cite.attribs['aria-label'], '引用第三部分（一）第1段');
  const headings = DomUtils.findAll((e) => /^h[2-4]$/u.test(e.name) && (e.attribs['class'] ?? '').includes('heading'), doc.children).map((h) => DomUtils.textContent(h).trim());
  for (const h of ['一、政治合作', '三、人文交流', '（一）教育', '（二）文化']) assert.ok(headings.some((x) => x.includes(h)), `heading ${h} in ${headings.join(' | ')}`);
  for (const shown of ['官方文件（宣言）', '发布机构', '示例组织成员国元首理事会', '通过地点', '示例市', '通过日期', '2026年1月10日']) assert.ok(html.includes(shown), shown);
  for (const file of ['cite.ris', 'cite.bib', 'cite.json']) assert.ok(existsSync(join(clone, 'dist', 'articles', 'example-declaration', file)), file);
});

test('the charter: articles, items and a further paragraph cited as 第一条, 第一条第（一）项, 第三条第2款', () => {
  const { paragraphs } = page('example-charter');
  assert.deepEqual(
    paragraphs.map((x) => [x.clause, x.text]),
    [
      ['第一条', '第一条　本组织的宗旨是：'],
      ['第一条第（一）项', '（一）加强成员国之间的相互信任与睦邻友好；'],
      ['第一条第（二）项', '（二）共同维护地区和平、安全与稳定。'],
      ['第二条', '第二条　成员国遵循相互尊重主权、独立和领土完整的原则。'],
      ['第三条', '第三条　元首理事会是本组织的最高决策机构。'],
      ['第三条第2款', '元首理事会每年举行一次例会。'],
    ],
  );
});

test("the search data holds the documents' text with their clause labels", () => {
  const data = join(clone, 'dist', 'search', 'data');
  const [version] = readdirSync(data);
  const chunks = readdirSync(join(data, version!, 'chunks')).map((f) => readFileSync(join(data, version!, 'chunks', f), 'utf8')).join('\n');
  assert.ok(chunks.includes('"clause":"第三条第2款"'), 'a clause label in the search blocks');
  assert.ok(chunks.includes('成员国商定于2027年举办第3届艺术节。'), 'the declaration text in the search blocks');
});

test('in a browser: search finds the new text, labelled with its clause; the hit lands on the paragraph; the cite dialog cites the clause', async () => {
  const server = await startStaticServer(join(clone, 'dist'));
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('艺术节')}`);
    await page.locator('#search-results[aria-busy="false"]').waitFor();
    const hit = page.locator('#search-results a.hit__link').filter({ hasText: '第三部分（二）第1段' });
    assert.equal(await hit.count(), 1, await page.locator('#search-results').innerText());
    await hit.click();
    await page.waitForURL((url) => url.pathname === '/articles/example-declaration/' && /^#p[a-z0-9]+$/u.test(url.hash));
    const id = new URL(page.url()).hash.slice(1);
    const paragraph = page.locator(`[id="${id}"]`);
    assert.equal(await paragraph.getAttribute('data-clause'), '第三部分（二）第1段');
    await paragraph.hover();
    await paragraph.locator('.para-cite').click();
    await page.locator('#cite-dialog').waitFor({ state: 'visible' });
    assert.match((await page.locator('#cite-title').textContent()) ?? '', /第三部分（二）第1段/u);
    await page.getByRole('radio', { name: 'GB/T 7714—2015' }).check();
    await page.locator('#cite-entry').filter({ hasText: '[EB/OL]. (2026-01-10)' }).waitFor();
    await page.getByRole('radio', { name: 'Chicago（注释—参考文献）' }).check();
    await page.locator('#cite-citation').filter({ hasText: 'sec. 第三部分（二）第1段' }).waitFor();
  } finally {
    await browser.close();
    await server.close();
  }
});
