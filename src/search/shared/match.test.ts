/** Unit tests of exact block matching and occurrence ranges (text from
 * yu-hongjun-post-cold-war-order-and-sco ¶4 and han-lu-sco-international-cooperation table 1). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fold } from './fold.ts';
import { foldSourcesOf, foldVariants, matchBlock, mayMatch } from './match.ts';

const data = { t2s: { 組: '组', 織: '织' }, foldSources: '' };
const text = '上合组织成员国倡导“结伴、不结盟”，坚持“上海精神”，这是上合组织得以发展壮大的独特源泉。';
const group = (...alternatives: string[]) => ({ label: alternatives[0]!, alternatives });

test('every group must occur; every occurrence of every alternative is returned in the original text', () => {
  assert.deepEqual(matchBlock(text, data, [group('上合组织')]), [[0, 4], [29, 33]]);
  assert.deepEqual(matchBlock(text, data, [group('上合组织'), group('上海精神')]), [[0, 4], [21, 25], [29, 33]]);
  assert.equal(matchBlock(text, data, [group('上合组织'), group('北约')]), undefined);
  assert.equal(matchBlock(text, data, []), undefined);
});

test('matches across whitespace and folded characters map back to the original characters', () => {
  assert.deepEqual(matchBlock('《上海合作 組織秘书处》', { ...data, foldSources: ' ' }, [group('合作组织')]), [[3, 8]]);
  assert.deepEqual(matchBlock('反恐、经济贸易、人文交流', data, [group('地区反恐机构', '反恐')]), [[0, 2]]);
});

test('overlapping occurrences merge into one range', () => {
  assert.deepEqual(matchBlock('一带一路一带一盟', data, [group('一带一'), group('带一路')]), [[0, 7]]);
});

test('the screen: a block without the query character in any variant is not matched, with one it is', () => {
  const folding = { t2s: { 國: '国', 著: '着' }, foldSources: 'ARSTＡａ' };
  assert.deepEqual(foldVariants('国', folding), ['国', '國']);
  // 著 folds to 着, so a query can never hold 著 as such; a raw 著 or 着 gives 着.
  assert.deepEqual(foldVariants('着', folding), ['着', '著']);
  assert.deepEqual(foldVariants('著', folding), []);
  // Case and width: the sources that fold to a, and none to A (a folded query never holds A).
  assert.deepEqual(foldVariants('a', folding), ['a', 'A', 'Ａ', 'ａ']);
  assert.deepEqual(foldVariants('A', folding), []);
  assert.equal(mayMatch('上合组织成员国', folding, [group('中国')]), false);
  assert.equal(mayMatch('中东', folding, [group('中国')]), false);
  // Characters are screened one by one: a pass means "fold and match", not a match.
  assert.equal(mayMatch('国中', folding, [group('中国')]), true);
  assert.equal(matchBlock('国中', folding, [group('中国')]), undefined);
  assert.equal(mayMatch('中國', folding, [group('中国')]), true);
  // Letters are screened like Han characters; a group passes if any alternative passes.
  assert.equal(mayMatch('RATS', folding, [group('地区反恐机构', 'rats')]), true);
  assert.equal(mayMatch('Ｒats', folding, [group('地区反恐机构', 'rats')]), false, 'Ｒ is not among the fold sources, so no block holds it');
  assert.equal(mayMatch('the SCO', folding, [group('地区反恐机构', 'rats')]), false);
  assert.equal(mayMatch('反恐', folding, [group('中国'), group('地区反恐机构', '反恐')]), false);
});

test('the variants of a character are exactly the map keys, fold sources and itself whose folded form holds it', () => {
  // 㐀 → 𠀀 (an astral simplified form) is folded to build the inverse; the other keys are not (one
  // plain-wide simplified character each). 乾 and 幹 both give 干.
  const folding = { t2s: { 國: '国', 乾: '干', 幹: '干', 㐀: '𠀀', 著: '着' }, foldSources: 'AKaİ\u212aＡ𠀀（' };
  const candidates = [...Object.keys(folding.t2s), ...folding.foldSources];
  for (const char of ['国', '干', '𠀀', '着', '著', 'a', 'k', 'i', '\u0307', '(', 'A', '國']) {
    const expected = [char, ...candidates].filter((x, i, all) => all.indexOf(x) === i && fold(x, folding.t2s).includes(char));
    assert.deepEqual(new Set(foldVariants(char, folding)), new Set(expected), char);
  }
});

test('fold sources: the distinct characters outside the plain-wide range, in code-unit order', () => {
  assert.equal(foldSourcesOf(['上合組織（ＳＣＯ）', 'SCO 𠀀']), ' COS𠀀（）ＣＯＳ');
});

test('property: screening never changes a match (random texts over a small alphabet with variants)', () => {
  const t2s = { 國: '国', 組: '组', 著: '着', 髮: '发', 發: '发' };
  const alphabet = ['国', '國', '组', '組', '着', '著', '发', '髮', '發', '中', ' ', 'Ａ', 'a', 'A', 'ａ', 'B', '１', '1', 'Ꙁ', 'ꙁ', 'İ', 'i', '\u0307', 'K', '\u212a', '𠀀'];
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }),
      fc.array(fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
      (textChars, queries) => {
        const blockText = textChars.join('');
        // The fold sources as the build makes them: from the corpus, here the one block.
        const folding = { t2s, foldSources: foldSourcesOf([blockText]) };
        const groups = queries.map((chars) => group(fold(chars.join(''), t2s)).alternatives).filter((a) => a[0] !== '').map((a) => group(...a));
        if (groups.length === 0) return;
        const folded = fold(blockText, t2s);
        const expected = groups.every((g) => g.alternatives.some((a) => folded.includes(a)));
        assert.equal(matchBlock(blockText, folding, groups) !== undefined, expected);
      },
    ),
    { numRuns: 5000 },
  );
});
