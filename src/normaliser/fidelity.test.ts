/**
 * Fidelity over the real sources: Han-character conservation per character, no extraction residue in
 * any published text (bodies, headings, captions, tables, notes), and idempotence of the text stages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadManifest } from './load-manifest.ts';
import { normaliseSource } from './normalise-source.ts';
import { stripAnchors } from './inline/anchors.ts';
import { normaliseText } from './text/normalise-text.ts';

const SOURCES = new URL('../../content/sources/', import.meta.url).pathname;
const sources = readdirSync(SOURCES)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f, i) => {
    const manifest = loadManifest(readFileSync(join(SOURCES, f), 'utf8'), f);
    return { manifest, ...normaliseSource(readFileSync(join(SOURCES, manifest.file)), manifest, f, i) };
  });

test('every Han character is published once or removed by a named rule or hint', () => {
  for (const { manifest, report } of sources) {
    assert.deepEqual(report.han.unexplained, {}, `${manifest.file}: lost characters`);
    assert.deepEqual(report.han.added, {}, `${manifest.file}: added characters`);
    assert.equal(report.han.raw, report.han.published + report.han.removed, manifest.file);
    assert.ok(Object.keys(report.han.removedBy).every((by) => by !== ''), manifest.file);
  }
});

const URL_TEXT = /https?:\/\/[^\s\p{Script=Han}，。；（）《》“”]*/gu;
const LATIN_OR_CYRILLIC_PASSAGE = /[A-Za-z\u0400-\u04FF][A-Za-z\u0400-\u04FF0-9 ,.;:'"“”‘’()\-–—/&?!]*[A-Za-z\u0400-\u04FF0-9.)”]/gu;
const RESIDUE: [string, RegExp][] = [
  ['Yi syllable', /[\uA000-\uA4CF]/u],
  ['private-use character', /[\uE000-\uF8FF\u{F0000}-\u{10FFFF}]/u],
  ['full-width ASCII letter or digit', /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/u],
  ['«»', /[«»]/u],
  ['———', /———/u],
  ['page-number line', /—\s*\d+\s*—/u],
  ['page footer', /本版编辑/u],
  ['<sup>', /<\/?sup>/u],
  ['Markdown escape', /\\[_*#[\]()<>\\]/u],
  ['ASCII punctuation touching Han', /[\p{Script=Han}][,;:?!()]|[,;:?!()][\p{Script=Han}]/u],
];

/** Han–Han whitespace the conventions allow: ideographic-space separators, and 003's real spaces. */
function hanSpaceResidue(text: string, keepHanHan: boolean): string | null {
  const m = /\p{Script=Han}[ \t]+\p{Script=Han}/u.exec(text);
  return m && !keepHanHan ? m[0] : null;
}

test('no extraction residue in any published text', () => {
  for (const { manifest, articles } of sources) {
    for (const article of articles) {
      for (const block of article.blocks) {
        const text = stripAnchors(block.text);
        const prose = text.replace(URL_TEXT, '').replace(LATIN_OR_CYRILLIC_PASSAGE, (m) => (/[\p{Script=Han}]/u.test(m) ? m : ' '));
        for (const [name, pattern] of RESIDUE) {
          const target = name.startsWith('ASCII') ? prose : text;
          assert.doesNotMatch(target, pattern, `${article.slug} ${block.kind} L${block.lines[0]}: ${name}: ${text.slice(0, 60)}`);
        }
        if (block.kind !== 'note' && block.role !== 'caption') assert.doesNotMatch(text, /[\u2460-\u2473]/u, `${article.slug} L${block.lines[0]}: circled-digit marker left in running text`);
        assert.equal(hanSpaceResidue(text, manifest.keepHanHanSpaces !== undefined), null, `${article.slug} L${block.lines[0]}: space between Han characters`);
      }
    }
  }
});

test('normalising already-normalised text changes nothing', () => {
  for (const { manifest, articles } of sources) {
    const options = { ...(manifest.keepHanHanSpaces ? { keepHanHanSpaces: true } : {}), ...(manifest.urlMode ? { urlMode: manifest.urlMode.mode } : {}) };
    for (const article of articles) {
      for (const block of article.blocks) {
        if (block.kind === 'table') continue; // cells are checked through their own texts below
        assert.equal(normaliseText([block.text], options), block.text, `${article.slug} L${block.lines[0]}`);
      }
      for (const block of article.blocks.filter((b) => b.table)) {
        for (const cell of [block.table!.caption, ...block.table!.header, ...block.table!.rows.flat()]) assert.equal(normaliseText([cell], options), cell);
      }
    }
  }
});

test('no sentence is broken by a heading, a note or a page break: every body paragraph ends a sentence', () => {
  for (const { articles } of sources) {
    for (const article of articles) {
      for (const block of article.blocks) {
        const text = stripAnchors(block.text);
        if (block.kind !== 'paragraph' || block.role || text.startsWith('【')) continue; // front-matter fields are not sentences
        assert.match(text, /[。？！?!）)”’》」…]$/u, `${article.slug} L${block.lines[0]} ends mid-sentence: …${text.slice(-30)}`);
      }
    }
  }
});
