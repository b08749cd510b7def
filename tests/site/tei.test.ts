/**
 * TEI P5 per article (`/articles/<slug>/tei.xml`, src/lib/tei.ts): every file is valid against the
 * RELAX NG schema of the TEI subset the export uses (src/content-model/schemas/tei-subset.rnc), checked
 * by `jing` (Debian package `jing`; .ci/run installs it), and holds the article page's every paragraph
 * by its permalink id, its footnotes as `note place="foot"` with the ids their anchors point to, and
 * its print pages as `pb`. A file that breaks the schema (a paragraph inside a paragraph) is refused,
 * so the check can fail.
 *
 * Input: dist/ from `npm run build`. Errors: jing's messages (file:line:column: error), or what is missing.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseDocument, DomUtils } from 'htmlparser2';
import { distDir } from './support/dist.ts';

const schema = new URL('../../src/content-model/schemas/tei-subset.rnc', import.meta.url).pathname;
const slugs = readdirSync(`${distDir}articles`).filter((slug) => readdirSync(`${distDir}articles/${slug}`).includes('tei.xml')).sort();
const jing = (files: string[]) => spawnSync('jing', ['-c', schema, ...files], { encoding: 'utf8' });

test('jing is installed (Debian package jing)', () => {
  const run = spawnSync('jing', [], { encoding: 'utf8' });
  assert.ok(run.error === undefined, `jing cannot run: ${run.error?.message} — apt-get install jing`);
});

test('every tei.xml is valid against the TEI subset schema', () => {
  assert.ok(slugs.length >= 8, `${slugs.length} articles with tei.xml`);
  const run = jing(slugs.map((slug) => `${distDir}articles/${slug}/tei.xml`));
  assert.equal(run.status, 0, `${run.stdout}${run.stderr}`);
});

test('a file that breaks the schema is refused', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sco-tei-'));
  try {
    const good = readFileSync(`${distDir}articles/${slugs[0]}/tei.xml`, 'utf8');
    const bad = good.replace(/<p xml:id="([^"]+)"/u, '<p xml:id="$1"><p>');
    assert.notEqual(bad, good);
    writeFileSync(join(dir, 'bad.xml'), bad);
    assert.notEqual(jing([join(dir, 'bad.xml')]).status, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('each TEI file holds the page\'s paragraphs by id, its footnotes with their anchors, and its print pages', () => {
  for (const slug of slugs) {
    const html = readFileSync(`${distDir}articles/${slug}/index.html`, 'utf8');
    const tei = parseDocument(readFileSync(`${distDir}articles/${slug}/tei.xml`, 'utf8'), { xmlMode: true });
    const teiIds = new Set(DomUtils.getElementsByTagName('p', tei).map((p) => p.attribs['xml:id']));
    for (const [, id] of html.matchAll(/<p id="([^"]+)" class="para/gu)) assert.ok(teiIds.has(id), `${slug}: paragraph ${id} missing from tei.xml`);
    const notes = DomUtils.getElementsByTagName('note', tei).filter((n) => n.attribs['place'] === 'foot');
    const pageNotes = [...html.matchAll(/<li id="(note-\d+)"/gu)].map((m) => m[1]);
    assert.deepEqual(notes.map((n) => n.attribs['xml:id']), pageNotes, `${slug}: footnotes`);
    const noteIds = new Set(notes.map((n) => `#${n.attribs['xml:id']}`));
    for (const anchor of DomUtils.getElementsByTagName('ref', tei).filter((r) => r.attribs['type'] === 'noteAnchor' && r.attribs['target'])) {
      assert.ok(noteIds.has(anchor.attribs['target']!), `${slug}: anchor to ${anchor.attribs['target']} has no note`);
    }
    const pages = DomUtils.getElementsByTagName('pb', tei).map((pb) => pb.attribs['n']);
    const pageMarks = [...html.matchAll(/class="page-mark"[^>]*data-page="(\d+)"/gu)].map((m) => m[1]);
    if (pageMarks.length > 0) assert.deepEqual(pages, pageMarks, `${slug}: print pages`);
  }
});
