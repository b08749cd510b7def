/** Unit tests of search folding. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fold, foldText, isPlainWide } from './fold.ts';

const t2s = { 組: '组', 織: '织', 國: '国', 運: '运', 體: '体' };

test('traditional, full-width, case and whitespace fold away, with a map back to the original', () => {
  assert.deepEqual(foldText('上合組織 ＳＣＯ', t2s), { text: '上合组织sco', map: [0, 1, 2, 3, 5, 6, 7] });
  assert.equal(fold('命運共同體', t2s), '命运共同体');
  assert.equal(fold('２０１７年\u30006月', t2s), '2017年6月');
  assert.equal(fold('上合\n组织', t2s), '上合组织');
});

test('characters outside the BMP keep their map entries pointing at their first code unit', () => {
  assert.deepEqual(foldText('𠀀a', {}), { text: '𠀀a', map: [0, 0, 2] });
});

test('the table of code units and the general path agree on mixed text', () => {
  const map = { ...t2s, 於: '于', 簡: '简', 稱: '称' };
  const text = '上合組織（ＳＣＯ）於２００１年\u3000成立，簡稱“上合”；Shanghai\tCo-operation 𠀀！';
  assert.equal(fold(text, map), '上合组织(sco)于2001年成立,简称“上合”;shanghaico-operation𠀀!');
  assert.deepEqual(foldText('於Ａ\u3000國b，。', map), { text: '于a国b,。', map: [0, 1, 3, 4, 5, 6] });
});

test('every BMP character folds as the five steps define it (through the table of code units)', () => {
  const map = { ...t2s, 於: '于' };
  for (let code = 0; code <= 0xffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const char = String.fromCharCode(code);
    let expected = map[char as keyof typeof map] ?? char;
    const c = expected.charCodeAt(0);
    if (c >= 0xff01 && c <= 0xff5e) expected = String.fromCharCode(c - 0xfee0);
    expected = expected.toLowerCase();
    if (/^[\u2010-\u2015\u2212\ufe58\ufe63]$/u.test(expected)) expected = '-';
    if (/^\s+$/u.test(expected)) expected = '';
    assert.equal(fold(char, map), expected, `U+${code.toString(16)}`);
  }
});

test('each fold map has its own table of folded characters: a character looked up under one map is folded afresh under another', () => {
  assert.equal(fold('國體', { 國: '国', 體: '体' }), '国体');
  assert.equal(fold('國體', {}), '國體');
  assert.equal(fold('國體', { 國: '国' }), '国體');
});

test('a text longer than one slice of code units folds whole', () => {
  const long = '上合組織ＳＣＯ '.repeat(3000);
  assert.equal(fold(long, t2s), '上合组织sco'.repeat(3000));
});

test('a plain-wide character folds to itself unless the map simplifies it (which the screen of the matcher relies on)', () => {
  for (let code = 0; code <= 0xffff; code++) {
    if (!isPlainWide(code)) continue;
    const char = String.fromCharCode(code);
    assert.equal(fold(char, {}), char, `U+${code.toString(16)}`);
  }
  assert.equal(isPlainWide(0x3000), false, 'the ideographic space is whitespace');
  assert.equal(isPlainWide(0xa640), false, 'Cyrillic Extended-B has case');
  assert.equal(isPlainWide(0xff21), false, 'full-width letters fold to ASCII');
});

test('hyphens and dashes of every kind fold to one connector: CASA-1000 is CASA—1000', () => {
  assert.equal(fold('CASA—1000', t2s), 'casa-1000');
  assert.equal(fold('CASA-1000', t2s), fold('CASA—1000', t2s));
  assert.equal(fold('中国—吉尔吉斯斯坦－乌兹别克斯坦', t2s), '中国-吉尔吉斯斯坦-乌兹别克斯坦');
  for (const dash of ['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\ufe58', '\ufe63', '\uff0d', '-']) {
    assert.equal(fold(`a${dash}b`, {}), 'a-b', `U+${dash.codePointAt(0)!.toString(16)}`);
  }
});

test('property: replacing any connector by any other never changes the folded text', () => {
  const dashes = ['-', '\u2010', '\u2013', '\u2014', '\u2015', '\u2212', '\uff0d'];
  const piece = fc.oneof(fc.constantFrom(...dashes), fc.constantFrom('上', '合', '組', '织', 'A', 'b', '1', ' ', '　', 'Ｃ', '—'));
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(), (pieces, seed) => {
      const swapped = pieces.map((p, i) => (dashes.includes(p) || p === '—' ? dashes[(seed + i) % dashes.length]! : p));
      return fold(pieces.join(''), t2s) === fold(swapped.join(''), t2s);
    }),
    { numRuns: 500, seed: 20261206 },
  );
});
