/**
 * The layout detector (detect-layout.ts) on the five real sources, each of which must come out as the
 * layout its committed manifest names, and on the official-document fixtures.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { readSource } from '../read-source.ts';
import { detectLayout } from './detect-layout.ts';

const SOURCES = new URL('../../../content/sources/', import.meta.url).pathname;
const FIXTURES = new URL('../../../tests/fixtures/official-document/', import.meta.url).pathname;

for (const name of readdirSync(SOURCES).filter((f) => f.endsWith('.yaml')).sort()) {
  const manifest = parse(readFileSync(SOURCES + name, 'utf8')) as { file: string; layout: string };
  test(`${manifest.file}: detected as ${manifest.layout}, with evidence, certain`, () => {
    const { lines } = readSource(readFileSync(SOURCES + manifest.file), manifest.file);
    const detected = detectLayout(lines);
    assert.equal(detected.layout, manifest.layout, detected.evidence.join('\n'));
    assert.ok(detected.certain, detected.evidence.join('\n'));
    assert.ok(detected.evidence.length >= 3);
  });
}

test('the official-document fixtures: by their numbering alone, and with the kind given', () => {
  for (const file of ['example-declaration.txt', 'example-charter.txt']) {
    const { lines } = readSource(readFileSync(FIXTURES + file), file);
    assert.equal(detectLayout(lines).layout, 'official-document', file);
    assert.equal(detectLayout(lines, 'official-document').layout, 'official-document', file);
  }
});

test('evidence cites lines: the Yi-syllable punctuation of han-lu-sco-international-cooperation', () => {
  const { lines } = readSource(readFileSync(SOURCES + 'han-lu-sco-international-cooperation.txt'), 'x');
  assert.match(detectLayout(lines).evidence.at(-1)!, /^Yi-syllable punctuation .*: \d+ characters on \d+ lines \(L\d+, L\d+, L\d+, …\)$/u);
});
