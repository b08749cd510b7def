/**
 * The review view's uncertain places (uncertain.ts) on real sources, and its page (review-page.ts):
 * source text goes in as text, never as markup.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadManifest } from '../load-manifest.ts';
import { normaliseSource } from '../normalise-source.ts';
import { readSource } from '../read-source.ts';
import { uncertainPlaces } from './uncertain.ts';
import { reviewPage } from './review-page.ts';

const SOURCES = new URL('../../../content/sources/', import.meta.url).pathname;

function review(source: string) {
  const manifest = loadManifest(readFileSync(`${SOURCES}${source}.yaml`, 'utf8'), `${source}.yaml`);
  const bytes = readFileSync(SOURCES + manifest.file);
  const normalised = normaliseSource(bytes, manifest, `${source}.yaml`, 0);
  const { lines } = readSource(bytes, manifest.file);
  return { manifest, normalised, lines, places: uncertainPlaces(lines, manifest, normalised) };
}

test('a full last line of a newspaper paragraph is flagged (jingji-ribao-2021-sco-20 L196, which needed a paragraph-start hint)', () => {
  const { places } = review('jingji-ribao-2021-sco-20');
  const at196 = places.find((p) => p.line === 196);
  assert.equal(at196?.kind, 'paragraph-end');
  assert.match(at196!.message, /^ends a sentence on a line of 20 em \(threshold 17\.5 em\): its paragraph continued into L198/u);
});

test('a line joined with the next because it ends no sentence is flagged (zhiku-yuanzhuo-54-tianjin-summit L19)', () => {
  const { places } = review('zhiku-yuanzhuo-54-tianjin-summit');
  assert.ok(places.some((p) => p.line === 19 && p.kind === 'joined'), JSON.stringify(places));
});

test('footnotes whose marker or body was not found are flagged (sun-zhuangzhi-sco-community L621, L706)', () => {
  const { places } = review('sun-zhuangzhi-sco-community');
  assert.deepEqual(places.filter((p) => p.kind === 'note').length, 2);
});

test('the page puts source text in as text: a raw line holding markup shows as text', () => {
  const { manifest, normalised, lines, places } = review('zhiku-yuanzhuo-54-tianjin-summit');
  const hostile = lines.map((l) => (l.no === 19 ? { ...l, text: '<script>alert(1)</script>' } : l));
  const html = reviewPage(manifest.file, hostile, manifest, normalised, places);
  assert.ok(html.startsWith('<!doctype html>'));
  assert.ok(html.includes('&#x3C;script>alert(1)&#x3C;/script>') || html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'escaped');
  assert.equal(html.includes('<script>alert(1)'), false);
  assert.match(html, /id="L19"/u);
});
