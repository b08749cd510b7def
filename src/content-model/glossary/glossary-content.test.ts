/**
 * Tests of the committed glossary (content/glossary/) against the published corpus: every entry valid and
 * cited, the hand-checked pinyin agrees with pinyin-pro or says why not, every alias occurs, and the
 * concordance counts equal a plain substring count over the published blocks.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readCorpus } from '../corpus/read-corpus.ts';
import { indexCorpus } from '../corpus/paragraph-ref.ts';
import { readGlossary } from './read-glossary.ts';
import { computedPinyin } from './pinyin.ts';
import { concordance } from './concordance.ts';
import { createTermMatcher } from './term-matcher.ts';

const corpus = readCorpus();
const glossary = readGlossary('content', indexCorpus(corpus));
const texts = corpus.flatMap((a) => a.blocks.map((b) => b.text));

/** Occurrences of `needle` in `haystack`, by splitting: no regular expressions, no matcher. */
const substringCount = (haystack: string, needle: string) => haystack.split(needle).length - 1;

test('the glossary has at least 60 valid entries (citations checked by readGlossary)', () => {
  assert.ok(glossary.length >= 60, `${glossary.length} entries`);
});

test('pinyin is pinyin-pro\'s reading, or the entry says why it differs (a polyphone)', () => {
  for (const { id, data } of glossary) {
    const machine = computedPinyin(data.term);
    if (data.pinyinNote === undefined) assert.equal(data.pinyin, machine, `${id}: pinyin differs from pinyin-pro without a pinyinNote`);
    else assert.notEqual(data.pinyin, machine, `${id}: pinyinNote present but the readings agree`);
  }
});

test('every alias occurs in the published corpus', () => {
  for (const { id, data } of glossary) {
    for (const alias of data.aliases) assert.ok(texts.some((t) => t.includes(alias)), `${id}: alias "${alias}" occurs nowhere`);
  }
});

test('concordance counts equal a plain substring count of the aliases over the published blocks, per article', () => {
  for (const { id, data } of glossary) {
    const groups = concordance(corpus, id, data.aliases);
    for (const article of corpus) {
      const expected = article.blocks.reduce((sum, b) => sum + data.aliases.reduce((n, a) => n + substringCount(b.text, a), 0), 0);
      const actual = groups.find((g) => g.article === article.slug)?.occurrences.length ?? 0;
      assert.equal(actual, expected, `${id} in ${article.slug}`);
    }
  }
});

test('no alias belongs to two entries, so every auto-link has one destination', () => {
  assert.doesNotThrow(() => createTermMatcher(glossary.map((e) => ({ slug: e.id, aliases: e.data.aliases }))));
});
