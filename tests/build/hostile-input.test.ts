/**
 * Hostile and broken input, at the command line: every case runs the real CLI
 * (`node scripts/normalise.ts --content <copy>`, and `--check` as `npm run build` runs it first) on a
 * temporary copy of content/ (sources, permalink registries and the generated articles and reports),
 * never on the project's own content/.
 *
 * Refused (exit 2, a message `file:line: field: problem`, and the copy byte-for-byte as it was before the
 * run: nothing written, no staging folder left): a missing source file; an unreadable one (tests run as
 * root, where `chmod 000` does not stop reading, so a directory stands in place of the file); bytes that
 * are not UTF-8 (the GBK bytes of a Chinese sentence); an empty file; binary garbage (the source
 * gzipped); a line separator U+2028 inside a line; a manifest failing its schema; a hint outside the
 * file; overlapping role hints, overlapping drop hints, segments of two articles overlapping; a role hint
 * outside its article's segments; a sha256 mismatch; a 50 MB source
 * (a sparse file, so nothing is written: refused from its size, before reading, against the stated
 * limit MAX_SOURCE_BYTES).
 * Accepted: a BOM and CRLF line ends (the generated articles and permalink registries identical to those
 * of the LF original; the reports differ only in the raw file's sha256); source text holding
 * `{alert(1)}`, `<script>`, `import x from 'y'`, `export const`, `<!--`, `</p>` is published
 * escaped, and compiling and rendering the generated MDX (as tests/render/mdx-escape.property.test.ts
 * does) shows it as text: no element, comment or code made from it.
 * The build (`npm run build` in a copy of the project: check, astro build, pagefind): refuses a raw text
 * changed without its manifest before Astro runs, and publishes the six hostile strings literally.
 *
 * Run: `node --test tests/build/hostile-input.test.ts` (Node 22: `npm run test:build`). About 1–2 min on
 * 2 cores, most of it the one Astro build.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { evaluate } from '@mdx-js/mdx';
import * as runtime from 'hastscript/jsx-runtime';
import { toHtml } from 'hast-util-to-html';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Root, RootContent } from 'hast';
import { remarkPlugins } from '../../src/content-model/corpus/remark-plugins.ts';
import { MAX_SOURCE_BYTES } from '../../src/normaliser/build-collection.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'scripts', 'normalise.ts');
/** The source every case edits: the roundtable page, one raw line per paragraph (125 lines). */
const SOURCE = 'zhiku-yuanzhuo-54-tianjin-summit';
const ARTICLE = 'roundtable-sco-new-blueprint';
/** A paragraph line of SOURCE (L25, published as paragraph 7 of ARTICLE) that hostile text is put in front of. */
const PARAGRAPH_START = '创造性提出新安全观与合作理念。';
const HOSTILE = ['{alert(1)}', '<script>', "import x from 'y'", 'export const', '<!--', '</p>'] as const;

const temporary: string[] = [];
after(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** A fresh copy of the project's sources, permalink registries, articles and reports: `<tmp>/content`. */
function copyContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sco-hostile-'));
  temporary.push(dir);
  const content = join(dir, 'content');
  for (const folder of ['sources', 'permalinks', 'articles', 'reports']) cpSync(join(ROOT, 'content', folder), join(content, folder), { recursive: true });
  return content;
}

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
const txtPath = (content: string) => join(content, 'sources', `${SOURCE}.txt`);
const yamlPath = (content: string) => join(content, 'sources', `${SOURCE}.yaml`);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Every file and folder under `dir` (hidden ones too) with the sha256 of each file, as one digest. */
function treeDigest(dir: string): string {
  const hash = createHash('sha256');
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((e) => ({ path: relative(dir, join(e.parentPath, e.name)), file: e.isFile() }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const e of entries) hash.update(`${e.path}\0${e.file ? sha256(readFileSync(join(dir, e.path))) : 'dir'}\n`);
  return hash.digest('hex');
}

/** The generated folders only (what the CLI writes): articles, permalinks, reports. */
function generated(content: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const folder of ['articles', 'permalinks', 'reports']) {
    for (const name of readdirSync(join(content, folder)).sort()) files.set(`${folder}/${name}`, readFileSync(join(content, folder, name), 'utf8'));
  }
  return files;
}

/** 1-based number of the first line of `text` containing `needle`. */
function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((line) => line.includes(needle));
  assert.ok(i >= 0, `"${needle}" not found`);
  return i + 1;
}

/** Replace SOURCE's raw bytes and record their sha256 in its manifest, so only the bytes themselves are at issue. */
function replaceSource(content: string, bytes: Uint8Array): void {
  writeFileSync(txtPath(content), bytes);
  const manifest = readFileSync(yamlPath(content), 'utf8');
  writeFileSync(yamlPath(content), manifest.replace(/^sha256: [0-9a-f]{64}$/mu, `sha256: ${sha256(bytes)}`));
}

/** Edit SOURCE's manifest text (the replaced text must occur). */
function editManifest(content: string, from: string, to: string): void {
  const text = readFileSync(yamlPath(content), 'utf8');
  assert.ok(text.includes(from), `manifest has no "${from}"`);
  writeFileSync(yamlPath(content), text.replace(from, to));
}

function runCli(content: string, ...args: string[]) {
  return spawnSync(process.execPath, [CLI, '--content', content, ...args], { cwd: ROOT, encoding: 'utf8' });
}

/**
 * The CLI, writing and with --check, exits 2 with `message` on stderr and leaves the copy as it was.
 * `message` is matched against the line after `normalise: `.
 */
function assertRefused(content: string, message: RegExp, t: { diagnostic: (m: string) => void }): void {
  const before = treeDigest(content);
  for (const args of [[], ['--check']]) {
    const run = runCli(content, ...args);
    assert.equal(run.status, 2, `exit code of normalise ${args.join(' ')}; stderr: ${run.stderr}`);
    assert.match(run.stderr, new RegExp(`^normalise: ${message.source}`, 'mu'));
    assert.equal(run.stdout, '');
    assert.equal(treeDigest(content), before, `normalise ${args.join(' ')} changed the content folder`);
  }
  t.diagnostic(runCli(content).stderr.trim());
}

// ---------------------------------------------------------------------------------------------------
// Refused

test('a missing source file: the manifest line that names it, field file, ENOENT', (t) => {
  const content = copyContent();
  rmSync(txtPath(content));
  const line = lineOf(readFileSync(yamlPath(content), 'utf8'), `file: ${SOURCE}.txt`);
  assertRefused(content, new RegExp(`${escapeRe(yamlPath(content))}:${line}: file: cannot read ${escapeRe(txtPath(content))}: no such file \\(ENOENT\\)$`), t);
});

test('an unreadable source (a directory in its place: as root, chmod 000 would not stop reading) is refused', (t) => {
  const content = copyContent();
  rmSync(txtPath(content));
  mkdirSync(txtPath(content));
  const line = lineOf(readFileSync(yamlPath(content), 'utf8'), `file: ${SOURCE}.txt`);
  assertRefused(content, new RegExp(`${escapeRe(yamlPath(content))}:${line}: file: ${escapeRe(txtPath(content))} is a directory, not a file$`), t);
});

test('GBK bytes of a Chinese sentence on line 3 are refused as not UTF-8, naming line, column and bytes', (t) => {
  const content = copyContent();
  // 上海合作组织成立于2001年。 in GBK (iconv -t GBK); decoded back below, so they are real GBK bytes.
  const gbk = Buffer.from('c9cfbaa3bacfd7f7d7e9d6afb3c9c1a2d3da32303031c4eaa1a3', 'hex');
  assert.equal(new TextDecoder('gbk').decode(gbk), '上海合作组织成立于2001年。');
  const lines = readFileSync(txtPath(content)).toString('utf8').split('\n');
  const bytes = Buffer.concat([Buffer.from(`${lines.slice(0, 2).join('\n')}\n`), gbk, Buffer.from(`\n${lines.slice(3).join('\n')}`)]);
  replaceSource(content, bytes);
  assertRefused(content, new RegExp(`${SOURCE}\\.txt:3: encoding: not valid UTF-8 at column 1 \\(bytes C9 CF BA A3\\): the file must be UTF-8; GBK`), t);
});

test('an empty source file is refused', (t) => {
  const content = copyContent();
  replaceSource(content, new Uint8Array(0));
  assertRefused(content, new RegExp(`${SOURCE}\\.txt:1: content: the file is empty \\(0 bytes\\)$`), t);
});

test('binary garbage (the source gzipped) is refused as binary data', (t) => {
  const content = copyContent();
  replaceSource(content, gzipSync(readFileSync(txtPath(content))));
  assertRefused(content, new RegExp(`${SOURCE}\\.txt:1: content: NUL byte at byte 4 of the line: binary data, not a text file$`), t);
});

test('a line separator U+2028 inside a line is refused (it would break the published line)', (t) => {
  const content = copyContent();
  const text = readFileSync(txtPath(content), 'utf8');
  replaceSource(content, Buffer.from(text.replace(PARAGRAPH_START, `${PARAGRAPH_START}\u2028`)));
  const line = lineOf(text, PARAGRAPH_START);
  assertRefused(content, new RegExp(`${SOURCE}\\.txt:${line}: content: U\\+2028 \\(line separator\\) at column ${PARAGRAPH_START.length + 1}: a line break inside the line`), t);
});

test('a manifest failing its schema is refused at the field\'s line', (t) => {
  const content = copyContent();
  const line = lineOf(readFileSync(yamlPath(content), 'utf8'), 'segments: [[79, 91]]');
  editManifest(content, 'segments: [[79, 91]]', 'segments: [[91, 79]]');
  assertRefused(content, new RegExp(`${escapeRe(yamlPath(content))}:${line}: articles\\.1\\.segments\\.0: range starts after it ends$`), t);
});

test('a hint pointing outside the file is refused at the hint\'s line', (t) => {
  const content = copyContent();
  const line = lineOf(readFileSync(yamlPath(content), 'utf8'), '{ role: drop, lines: [9, 9]');
  const lines = readFileSync(txtPath(content), 'utf8').split(/\r?\n/u).length;
  editManifest(content, '{ role: drop, lines: [9, 9]', '{ role: drop, lines: [9, 400]');
  assertRefused(content, new RegExp(`${escapeRe(yamlPath(content))}:${line}: articles\\.0\\.roles\\.2\\.lines: lines 9–400 lie outside ${SOURCE}\\.txt \\(${lines} lines\\)$`), t);
});

test('two role hints of an article that overlap are refused, naming both', (t) => {
  const content = copyContent();
  const line = lineOf(readFileSync(yamlPath(content), 'utf8'), '{ role: drop, lines: [9, 9]');
  editManifest(content, '{ role: drop, lines: [9, 9]', '{ role: drop, lines: [5, 9]');
  assertRefused(
    content,
    new RegExp(`${escapeRe(yamlPath(content))}:${line}: articles\\.0\\.roles\\.2\\.lines: drop hint L5–L9 overlaps articles\\.0\\.roles\\.1\\.lines \\(title hint L5\\) at ${SOURCE}\\.txt:5: hints must not overlap$`),
    t,
  );
});

test('two drop hints that overlap are refused, naming both', (t) => {
  const content = copyContent();
  const manifest = join(content, 'sources', 'jingji-ribao-2021-sco-20.yaml');
  const text = readFileSync(manifest, 'utf8');
  const line = text.split('\n').indexOf('articles:') + 1; // where the new drop hint goes
  writeFileSync(manifest, text.replace('\narticles:\n', '\n  - lines: [601, 602]\n    reason: "A second drop hint that repeats L601 of the first."\n    note: 重复第一条删除提示中的原文第601行。\narticles:\n'));
  assertRefused(
    content,
    new RegExp(`${escapeRe(manifest)}:${line}: drops\\.1\\.lines: drop L601–L602 overlaps drops\\.0\\.lines \\(drop L599–L601\\) at jingji-ribao-2021-sco-20\\.txt:601: hints must not overlap$`),
    t,
  );
});

test('a role hint outside its article\'s segments is refused (it would never apply)', (t) => {
  const content = copyContent();
  const line = lineOf(readFileSync(yamlPath(content), 'utf8'), '{ role: signature, lines: [91, 91]');
  editManifest(content, '{ role: signature, lines: [91, 91]', '{ role: signature, lines: [91, 92]');
  assertRefused(content, new RegExp(`${escapeRe(yamlPath(content))}:${line}: articles\\.1\\.roles\\.0\\.lines: ${SOURCE}\\.txt:92 is outside the article's segments \\(L79–L91\\), so the hint would never apply$`), t);
});

test('segments of two articles that overlap are refused, naming the line and its first article', (t) => {
  const content = copyContent();
  const line = lineOf(readFileSync(yamlPath(content), 'utf8'), 'segments: [[79, 91]]');
  editManifest(content, 'segments: [[79, 91]]', 'segments: [[77, 91]]');
  assertRefused(content, new RegExp(`${escapeRe(yamlPath(content))}:${line}: articles\\.1\\.segments\\.0: ${SOURCE}\\.txt:77 is already used by the article ${ARTICLE}$`), t);
});

test('a raw text changed without its manifest (sha256 mismatch) is refused at the sha256 line', (t) => {
  const content = copyContent();
  const line = lineOf(readFileSync(yamlPath(content), 'utf8'), 'sha256: ');
  writeFileSync(txtPath(content), readFileSync(txtPath(content), 'utf8').replace('安合作', '安全合作'));
  assertRefused(content, new RegExp(`${escapeRe(yamlPath(content))}:${line}: sha256: ${SOURCE}\\.txt has sha256 [0-9a-f]{64}, the manifest records [0-9a-f]{64}: the raw text changed without its manifest$`), t);
});

test('a 50 MB source is refused from its size, before reading, against the stated limit', (t) => {
  const content = copyContent();
  truncateSync(txtPath(content), 0);
  truncateSync(txtPath(content), 50 * 1024 * 1024); // sparse: 50 MB of NUL bytes that take no disk space
  const stat = statSync(txtPath(content));
  assert.equal(stat.size, 52_428_800);
  assert.ok(stat.blocks * 512 < 1024 * 1024, 'the test file should be sparse');
  assert.equal(MAX_SOURCE_BYTES, 4 * 1024 * 1024);
  const line = lineOf(readFileSync(yamlPath(content), 'utf8'), `file: ${SOURCE}.txt`);
  // Were the file read, its NUL bytes would be refused as binary data instead.
  assertRefused(content, new RegExp(`${escapeRe(yamlPath(content))}:${line}: file: ${escapeRe(txtPath(content))} is 52428800 bytes \\(50\\.0 MiB\\); the limit is 4194304 bytes \\(4\\.0 MiB\\): larger files are refused, not read$`), t);
});

// ---------------------------------------------------------------------------------------------------
// Accepted

let baseline: Map<string, string>;
before(() => {
  const content = copyContent();
  const run = runCli(content);
  assert.equal(run.status, 0, run.stderr);
  baseline = generated(content);
});

/** The generated files equal the LF original's, but for the raw file's sha256 in SOURCE's report. */
function assertSameOutput(content: string, bytes: Uint8Array): void {
  const output = generated(content);
  assert.deepEqual([...output.keys()], [...baseline.keys()]);
  for (const [path, text] of output) {
    const expected = path === `reports/${SOURCE}.json` ? baseline.get(path)!.replace(/"sha256": "[0-9a-f]{64}"/u, `"sha256": "${sha256(bytes)}"`) : baseline.get(path);
    assert.equal(text, expected, path);
  }
}

test('a byte order mark is accepted: the output is the same as without it', () => {
  const content = copyContent();
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(txtPath(content))]);
  replaceSource(content, bytes);
  const run = runCli(content);
  assert.equal(run.status, 0, run.stderr);
  assertSameOutput(content, bytes);
});

test('CRLF line ends are accepted: the output is the same as with LF', () => {
  const content = copyContent();
  const bytes = Buffer.from(readFileSync(txtPath(content), 'utf8').replace(/\n/gu, '\r\n'));
  assert.ok(bytes.includes('\r\n'));
  replaceSource(content, bytes);
  const run = runCli(content);
  assert.equal(run.status, 0, run.stderr);
  assertSameOutput(content, bytes);
});

/** Every node of a hast tree, depth first. */
function* walk(node: Root | RootContent): Generator<Root | RootContent> {
  yield node;
  if ('children' in node) for (const child of node.children) yield* walk(child);
}

/**
 * Compile an article's MDX body (frontmatter cut) with the site's remark plugins and render it to hast,
 * every component a plain element (`Para` → p, `Heading` → h2, the rest span), as the render tests do.
 */
async function renderArticle(mdx: string): Promise<{ tree: Root; html: string }> {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/u, '');
  const names = new Set([...body.matchAll(/<([A-Z][A-Za-z]*)/gu)].map((m) => m[1]!));
  const components = Object.fromEntries([...names].map((name) => [name, name === 'Para' ? 'p' : name === 'Heading' ? 'h2' : 'span']));
  // hastscript's runtime has `Fragment: null`, which evaluate() refuses; a wrapper element stands in.
  const { default: Content } = await evaluate(body, { ...runtime, Fragment: 'div', remarkPlugins } as never);
  const tree = (Content as (props: object) => Root)({ components });
  return { tree, html: toHtml(tree) };
}

for (const hostile of HOSTILE) {
  test(`source text ${JSON.stringify(hostile)} is published as text: escaped in the MDX, literal in the rendered HTML`, async () => {
    const content = copyContent();
    const raw = readFileSync(txtPath(content), 'utf8');
    assert.equal(raw.split('\n').filter((l) => l.startsWith(PARAGRAPH_START)).length, 1);
    replaceSource(content, Buffer.from(raw.replace(PARAGRAPH_START, hostile + PARAGRAPH_START)));
    const run = runCli(content);
    assert.equal(run.status, 0, run.stderr);

    const mdx = readFileSync(join(content, 'articles', `${ARTICLE}.mdx`), 'utf8');
    const escaped = hostile.replace(/[\\`*_{}[\]<>#|~&!]/gu, (ch) => `\\${ch}`);
    assert.ok(mdx.includes(`>${escaped}${PARAGRAPH_START}`), `the MDX should hold ${escaped} before the paragraph's text`);
    // MDX reads `import`/`export` as code only at the start of a line: no line of the body may start so.
    assert.deepEqual(mdx.replace(/^---\n[\s\S]*?\n---\n/u, '').split('\n').filter((l) => /^(import|export)\b/u.test(l)), []);

    const { tree, html } = await renderArticle(mdx);
    const paras = [...walk(tree)].filter((n): n is Element => n.type === 'element' && n.tagName === 'p');
    assert.equal(paras.length, mdx.match(/<Para /gu)!.length, 'one <p> per <Para>: nothing opened or closed a paragraph');
    const para = paras.find((p) => toText(p).includes(PARAGRAPH_START))!;
    assert.ok(toText(para).startsWith(hostile + PARAGRAPH_START), `the paragraph reads ${toText(para).slice(0, 40)}`);
    assert.ok(para.children.every((c) => c.type === 'text'), 'the paragraph is text only');
    assert.deepEqual([...walk(tree)].filter((n) => n.type === 'comment' || (n.type === 'element' && n.tagName === 'script')), []);
    // The HTML as served: parsed back, the paragraph still reads the same; < is written as &#x3C;.
    const reparsed = [...walk(fromHtml(html, { fragment: true }))].filter((n): n is Element => n.type === 'element' && n.tagName === 'p');
    assert.ok(reparsed.some((p) => toText(p).startsWith(hostile + PARAGRAPH_START)));
    if (hostile.includes('<')) assert.ok(html.includes(`${hostile.replaceAll('<', '&#x3C;')}${PARAGRAPH_START}`), 'the HTML holds the text with < escaped');
  });
}

// ---------------------------------------------------------------------------------------------------
// The build, in a copy of the project

/** A copy of the project (no .git, no dist) whose node_modules is a folder of symlinks to the project's packages. */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sco-hostile-build-'));
  temporary.push(dir);
  for (const name of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'scripts', 'content', 'public']) {
    if (!existsSync(join(ROOT, name))) continue;
    cpSync(join(ROOT, name), join(dir, name), { recursive: true, filter: (from) => !basename(from).startsWith('.') }); // no staging folders
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name === '.astro' || name === '.vite') continue; // caches: each build starts without them
    symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}

function npmBuild(project: string) {
  const env = { ...process.env };
  delete env['SCO_CONTENT_DIR'];
  return spawnSync('npm', ['run', 'build'], { cwd: project, encoding: 'utf8', env });
}

test('npm run build refuses a raw text changed without its manifest before Astro runs, writing nothing', (t) => {
  const project = copyProject();
  const content = join(project, 'content');
  writeFileSync(txtPath(content), readFileSync(txtPath(content), 'utf8').replace('安合作', '安全合作'));
  const before_ = treeDigest(content);
  const run = npmBuild(project);
  assert.notEqual(run.status, 0);
  assert.match(run.stderr, new RegExp(`normalise: ${escapeRe(yamlPath(content))}:\\d+: sha256: .*the raw text changed without its manifest`, 'u'));
  assert.doesNotMatch(run.stdout, /\[(build|content|vite)\]/u, 'astro build should not have started');
  assert.equal(treeDigest(content), before_);
  assert.throws(() => statSync(join(project, 'dist')), /ENOENT/u);
  t.diagnostic(run.stderr.split('\n').find((l) => l.startsWith('normalise:'))!);
});

test('npm run build publishes hostile source text literally: article text, its raw-line viewer, the source page', async (t) => {
  const project = copyProject();
  const content = join(project, 'content');
  const raw = readFileSync(txtPath(content), 'utf8').split('\n');
  // One hostile string in front of each of six paragraph lines of the roundtable.
  const targets = ['上合组织诞生于', PARAGRAPH_START, '今年是中国人民', '贸易规模稳步增长', '地方合作释放潜力', '品牌项目涌现'];
  const lineNos = targets.map((start, i) => {
    const index = raw.findIndex((line) => line.startsWith(start));
    assert.ok(index >= 0, start);
    raw[index] = HOSTILE[i] + raw[index]!;
    return index + 1;
  });
  replaceSource(content, Buffer.from(raw.join('\n')));
  const normalise = spawnSync(process.execPath, ['scripts/normalise.ts'], { cwd: project, encoding: 'utf8' });
  assert.equal(normalise.status, 0, normalise.stderr);
  const started = performance.now();
  const run = npmBuild(project);
  assert.equal(run.status, 0, `${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`);
  t.diagnostic(`npm run build in the copy: ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const elements = (html: string) => [...walk(fromHtml(html))].filter((n): n is Element => n.type === 'element');
  const article = elements(readFileSync(join(project, 'dist', 'articles', ARTICLE, 'index.html'), 'utf8'));
  const source = elements(readFileSync(join(project, 'dist', 'articles', ARTICLE, 'source', 'index.html'), 'utf8'));
  // The raw-line viewer's lines are no longer in the page but in the article's raw-lines file (JSON).
  assert.equal(article.filter((e) => e.tagName === 'script' && e.properties['id'] === 'raw-lines').length, 0);
  const rawLines = JSON.parse(readFileSync(join(project, 'dist', 'articles', ARTICLE, 'raw-lines.json'), 'utf8')) as Record<string, string>;
  for (const [i, hostile] of HOSTILE.entries()) {
    await t.test(JSON.stringify(hostile), () => {
      const para = article.find((e) => (e.properties['className'] as string[] | undefined)?.includes('para-text') && toText(e).includes(targets[i]!));
      assert.ok(para, `no paragraph reads ${targets[i]}`);
      assert.ok(toText(para).startsWith(hostile + targets[i]), `the paragraph reads ${JSON.stringify(toText(para).slice(0, 30))}`);
      const first = para.children[0]!;
      assert.ok(first.type === 'text' && first.value.startsWith(hostile), 'the hostile text is the paragraph\'s first text node, not an element');
      assert.ok(rawLines[String(lineNos[i])]!.startsWith(hostile + targets[i]), 'the raw-line viewer\'s file holds the raw line');
      const li = source.find((e) => e.tagName === 'li' && e.properties['id'] === `L${lineNos[i]}`);
      assert.ok(li && toText(li).startsWith(hostile + targets[i]), 'the source page shows the raw line as text');
      assert.ok(li.children.every((c) => c.type === 'element' && c.tagName === 'code' && c.children.every((d) => d.type === 'text')), 'the source line is text in one <code>');
    });
  }
});
