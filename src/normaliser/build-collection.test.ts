/**
 * Whole-pipeline tests on the real sources: eight articles, every raw line accounted for, deterministic
 * output, and bad input refused with file, line and field named.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { PermalinkChange } from './normalise-source.ts';
import { buildCollection } from './build-collection.ts';
import { staleGenerated, writeGenerated } from './write-files.ts';

const SOURCES = new URL('../../content/sources/', import.meta.url).pathname;

function copyOfSources(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sco-sources-'));
  cpSync(SOURCES, join(dir, 'sources'), { recursive: true });
  return dir;
}

test('eight articles, each with paragraphs, from the five sources', () => {
  const files = buildCollection(SOURCES);
  const articles = [...files.keys()].filter((k) => k.startsWith('articles/'));
  assert.equal(articles.length, 8);
  for (const key of articles) assert.match(files.get(key)!, /<Para id="p[0-9a-v]{6,}" n=\{1\}/u, key);
});

test('every non-blank raw line is published in one article or dropped (rule, hint, or metadata), never both', () => {
  const files = buildCollection(SOURCES);
  for (const [key, text] of files) {
    if (!key.startsWith('reports/')) continue;
    const report = JSON.parse(text) as { file: string; dropped: { no: number; by: string }[] };
    const raw = readFileSync(join(SOURCES, report.file), 'utf8').split(/\r?\n/u);
    const published = new Set<number>();
    for (const [k, mdx] of files) {
      if (!k.startsWith('articles/') || !mdx.includes(`source: ${report.file.replace('.txt', '')}\n`)) continue;
      for (const m of mdx.matchAll(/ lines="([^"]+)"/gu)) {
        for (const part of m[1]!.split(',')) {
          const [a, b] = part.split('-').map(Number);
          for (let no = a!; no <= (b ?? a!); no++) published.add(no);
        }
      }
    }
    const dropped = new Set(report.dropped.map((d) => d.no));
    raw.forEach((line, i) => {
      const no = i + 1;
      if (line.trim() === '') return;
      assert.ok(published.has(no) !== dropped.has(no), `${report.file}:${no} is unaccounted or counted twice: ${line.slice(0, 30)}`);
    });
  }
});

test('the same input gives byte-identical output', () => {
  const a = buildCollection(SOURCES);
  const b = buildCollection(SOURCES);
  assert.deepEqual([...a.entries()], [...b.entries()]);
});

test('a changed raw text without its manifest fails, naming the manifest and sha256', () => {
  const dir = copyOfSources();
  try {
    const file = join(dir, 'sources', 'zhiku-yuanzhuo-54-tianjin-summit.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('安合作', '安全合作'));
    assert.throws(() => buildCollection(join(dir, 'sources')), /zhiku-yuanzhuo-54-tianjin-summit\.yaml:4: sha256: .*changed without its manifest/u);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a manifest field that fails its schema is named with its line', () => {
  const dir = copyOfSources();
  try {
    const manifest = join(dir, 'sources', 'han-lu-sco-international-cooperation.yaml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('sourceKind: journal', 'sourceKind: magazine'));
    assert.throws(() => buildCollection(join(dir, 'sources')), /han-lu-sco-international-cooperation\.yaml:\d+: articles\.0\.bibliography\.sourceKind/u);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a paragraph-start hint splits its paragraph there, and one that changes nothing fails, naming its line', () => {
  const dir = copyOfSources();
  try {
    const manifest = join(dir, 'sources', 'jingji-ribao-2021-sco-20.yaml');
    const text = readFileSync(manifest, 'utf8');
    // L200 lies inside the paragraph that L198 begins: a hint there splits it once more.
    writeFileSync(manifest, text.replace('    paragraphStarts:\n      - { line: 198,', '    paragraphStarts:\n      - { line: 200, reason: "A test hint: split once more inside the paragraph.", note: "测试用提示：在段内再分一段。" }\n      - { line: 198,'));
    const split = buildCollection(join(dir, 'sources')).get('articles/li-jinfeng-interview-sco-community.mdx')!;
    assert.match(split, / lines="198"/u);
    assert.match(split, / lines="200,202,204,206,208,210,212"/u);
    // L184 already begins a paragraph (在政治合作方面): the hint would change nothing.
    writeFileSync(manifest, text.replace('    paragraphStarts:\n      - { line: 198,', '    paragraphStarts:\n      - { line: 184, reason: "A test hint on a line that already begins a paragraph.", note: "测试用提示：该行已是段首。" }\n      - { line: 198,'));
    assert.throws(() => buildCollection(join(dir, 'sources')), /jingji-ribao-2021-sco-20\.yaml:\d+: articles\.1\.paragraphStarts\.0\.line: jingji-ribao-2021-sco-20\.txt:184 is not inside a paragraph/u);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a line in no article and no drop fails accounting, naming file and line', () => {
  const dir = copyOfSources();
  try {
    const manifest = join(dir, 'sources', 'zhiku-yuanzhuo-54-tianjin-summit.yaml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('segments: [[79, 91]]', 'segments: [[81, 91]]'));
    assert.throws(() => buildCollection(join(dir, 'sources')), /zhiku-yuanzhuo-54-tianjin-summit\.txt:79: accounting/u);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('after a revision, the files written are a fixed point: normalising them again changes nothing', () => {
  const dir = copyOfSources();
  try {
    cpSync(new URL('../../content/permalinks/', import.meta.url).pathname, join(dir, 'permalinks'), { recursive: true });
    const file = join(dir, 'sources', 'zhiku-yuanzhuo-54-tianjin-summit.txt');
    const manifest = join(dir, 'sources', 'zhiku-yuanzhuo-54-tianjin-summit.yaml');
    const revised = Buffer.from(readFileSync(file, 'utf8').replace('安合作', '安全合作')); // a typo fix: L17 lost the 全 of 安全合作
    writeFileSync(file, revised);
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/^sha256: [0-9a-f]{64}$/mu, `sha256: ${createHash('sha256').update(revised).digest('hex')}`));
    const changes: PermalinkChange[] = [];
    const first = buildCollection(join(dir, 'sources'), (c) => changes.push(c));
    assert.deepEqual(changes, [{ article: 'roundtable-sco-new-blueprint', kind: 'edited', ids: ['pqudetm'] }]);
    writeGenerated(dir, first);
    const again: PermalinkChange[] = [];
    assert.deepEqual([...buildCollection(join(dir, 'sources'), (c) => again.push(c)).entries()], [...first.entries()]);
    assert.deepEqual(again, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('generated folders are replaced whole, and --check sees stale, missing and extra files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sco-content-'));
  try {
    const files = new Map([['articles/a.mdx', 'A\n'], ['reports/r.json', '{}\n']]);
    writeGenerated(dir, new Map([['articles/old.mdx', 'old\n'], ['reports/r.json', '{}\n']]));
    assert.deepEqual(staleGenerated(dir, files), ['articles/a.mdx', 'articles/old.mdx (no longer generated)']);
    writeGenerated(dir, files);
    assert.deepEqual(staleGenerated(dir, files), []);
    writeFileSync(join(dir, 'articles/a.mdx'), 'edited by hand\n');
    assert.deepEqual(staleGenerated(dir, files), ['articles/a.mdx']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
