/**
 * The manifest schema (manifest.ts) holds every hint the site shows to a reader's note in Chinese: the
 * committed manifests pass; a hint without `note`, a reordered article without `segmentsNote`, and a note
 * in English or with an editors' `L17` token are refused, naming the field.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { manifestSchema } from './manifest.ts';

const dir = new URL('../../../content/sources/', import.meta.url);
const manifest = (file: string) => parse(readFileSync(new URL(file, dir), 'utf8'));
const problems = (data: unknown) => manifestSchema.safeParse(data).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

test('every committed manifest passes', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  assert.equal(files.length, 5);
  for (const file of files) assert.deepEqual(problems(manifest(file)), [], file);
});

test('a hint needs a reader\'s note, a reordered article its segmentsNote', () => {
  const m = manifest('jingji-ribao-2021-sco-20.yaml');
  delete m.drops[0].note;
  delete m.articles[0].roles[0].note;
  assert.deepEqual(problems(m).map((p) => p.split(':')[0]), ['drops.0.note', 'articles.0.roles.0.note']);
  const reordered = manifest('jingji-ribao-2021-sco-20.yaml');
  delete reordered.articles[1].segmentsNote;
  assert.deepEqual(problems(reordered).map((p) => p.split(':')[0]), ['articles.1.segmentsNote']);
  const single = manifest('han-lu-sco-international-cooperation.yaml');
  assert.equal(single.articles[0].segmentsNote, undefined, 'one segment: no reading order to explain');
});

test('a reader\'s note is Chinese, with 原文第N行 rather than L<n> and no source-texts.md', () => {
  const m = manifest('han-lu-sco-international-cooperation.yaml');
  m.urlMode.note = 'The dots were lost.';
  m.textRepairs[0].note = '见L438。';
  m.articles[0].noteStarts[0].note = '见source-texts.md第2节。';
  assert.deepEqual(problems(m), [
    'urlMode.note: a reader’s note is written in Chinese',
    'textRepairs.0.note: write raw-line references as 原文第17行, not L17',
    'articles.0.noteStarts.0.note: source-texts.md is internal: say what it says instead',
  ]);
});
