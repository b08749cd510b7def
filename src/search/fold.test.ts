/** Unit tests of search folding. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fold, foldText } from './fold.ts';

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

test('the fast path for Han text and the general path agree on mixed text', () => {
  const map = { ...t2s, 於: '于', 簡: '简', 稱: '称' };
  const text = '上合組織（ＳＣＯ）於２００１年\u3000成立，簡稱“上合”；Shanghai\tCo-operation 𠀀！';
  assert.equal(fold(text, map), '上合组织(sco)于2001年成立,简称“上合”;shanghaico-operation𠀀!');
  assert.deepEqual(foldText('於Ａ\u3000國b，。', map), { text: '于a国b,。', map: [0, 1, 3, 4, 5, 6] });
});

test('every BMP character the one-replace path leaves alone folds to itself', () => {
  const map = { ...t2s, 於: '于' };
  for (let code = 0; code <= 0xffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const char = String.fromCharCode(code);
    if (/\s/u.test(char)) continue;
    const folded = fold(char + ' ', map); // the per-character loop (whitespace in the text)
    const replaced = foldText(char, map); // the one-replace path
    assert.equal(replaced.text, folded, `U+${code.toString(16)}`);
    if (folded.length === 1) assert.equal(replaced.map, undefined, `U+${code.toString(16)}`);
  }
});

test('property: the one-replace path and the per-character loop agree, text and map', () => {
  const map = { ...t2s, 於: '于' };
  const alphabet = [...'上合組織组织於于國国ＳＣＯscoSCO，,（）()！!ＡaAİßΣσ1１'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
      const text = chars.join('');
      const fast = foldText(text, map);
      const slow = foldText(text + ' ', map); // whitespace sends it through the loop; the space is dropped
      assert.equal(fast.text, slow.text);
      assert.deepEqual(fast.map ?? [...fast.text].map((_, i) => i), slow.map);
    }),
    { numRuns: 2000 },
  );
});
