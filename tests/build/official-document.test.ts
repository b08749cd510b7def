/**
 * An official document published end to end: a clean clone of HEAD with the two test fixtures
 * (tests/fixtures/official-document/: a declaration and a charter written for the tests) added to its
 * content/sources/, normalised with the real CLI (`node scripts/normalise.ts`) and built with the real
 * `npm run build`. On the built pages: every paragraph is a permalink target carrying its clause label
 * (`data-clause`, what the cite dialog cites it as, components/cite-dialog.ts), its number link and cite
 * button are named by the clause; the part headings are headings; the metadata names the document type,
 * the issuing body, the place and the date of adoption; the citation downloads exist; the search data
 * holds the text, so the search page finds it. The clause label rules themselves are unit-tested
 * (src/normaliser/blocks/clauses.test.ts, src/normaliser/official-document.test.ts).
 *
 * Run: `node --test tests/build/official-document.test.ts` (Node 22: `npm run test:build`). About 1–2 min
 * on 2 cores, most of it the Astro build. Needs a committed HEAD (it clones it).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument, DomUtils } from 'htmlparser2';
import type { Element } from 'domhandler';
import { cloneAt, headCommit, ROOT, runBuild } from './support/clean-clone.ts';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'official-document');
const work = mkdtempSync(join(tmpdir(), 'sco-official-document-'));
const clone = join(work, 'site');
after(() => rmSync(work, { recursive: true, force: true }));

before(() => {
  cloneAt(headCommit().commit, clone);
  for (const name of readdirSync(FIXTURES)) copyFileSync(join(FIXTURES, name), join(clone, 'content', 'sources', name));
  const normalise = spawnSync(process.execPath, ['scripts/normalise.ts'], { cwd: clone, encoding: 'utf8' });
  assert.equal(normalise.status, 0, `normalise failed:\n${normalise.stderr}`);
  const build = runBuild(clone);
  assert.equal(build.status, 0, `build failed:\n${build.stdout.slice(-2000)}\n${build.stderr.slice(-2000)}`);
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
