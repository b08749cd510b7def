/** Unit tests of the character-map stages, on raw snippets of the sources (line numbers as in docs/sources.md). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mapYiPunctuation, RealYiTextError } from './yi-punctuation.ts';
import { mapPrivateUseDot } from './private-use-dot.ts';
import { mapFullWidthAlphanumerics } from './full-width.ts';
import { mapGuillemets } from './guillemets.ts';
import { collapseTripleEmDash } from './em-dash.ts';
import { mapCharacters } from './index.ts';

test('Yi punctuation (002 L1, L4, L177)', () => {
  assert.equal(mapYiPunctuation('即将迎来成立 ２０ 周年的上海合作组织\uA3AC面对新形势'), '即将迎来成立 ２０ 周年的上海合作组织，面对新形势');
  assert.equal(mapYiPunctuation('受到成员国和国际社会的高度关注\uA3AE 要在地区共同'), '受到成员国和国际社会的高度关注。 要在地区共同');
  assert.equal(mapYiPunctuation('政治军事同盟\uA3BB选择互'), '政治军事同盟；选择互');
});

test('real Yi text is refused, not mapped', () => {
  assert.throws(() => mapYiPunctuation('ꆈꌠ'), RealYiTextError);
});

test('private-use dot (002 L347)', () => {
  assert.equal(mapPrivateUseDot('中亚有 \uFF11\u{1001B0} \uFF17 万'), '中亚有 \uFF11. \uFF17 万');
});

test('full-width digits, letters and symbols; Chinese punctuation stays (002 L28, 004 L863, L1063)', () => {
  assert.equal(mapFullWidthAlphanumerics('(项目编号:１９ＺＤＡ１３０)'), '(项目编号:19ZDA130)');
  assert.equal(mapFullWidthAlphanumerics('“Ｘ ＋ １”模式'), '“X + 1”模式');
  assert.equal(mapFullWidthAlphanumerics('约占全球的 ４４％ ，（）：；？！'), '约占全球的 44% ，（）：；？！');
  assert.equal(mapFullWidthAlphanumerics('ｈｔｔｐ: / / ｃｈｎ ｓｅｃｔｓｃｏ ｏｒｇ'), 'http: / / chn sectsco org');
});

test('«» become book-title marks (002 L26, 004 L47)', () => {
  assert.equal(mapGuillemets('国家社会科学基金重大项目«上海合作组织命运共同体构建研究»'), '国家社会科学基金重大项目《上海合作组织命运共同体构建研究》');
});

test('triple em dash becomes the Chinese dash (004 L1077)', () => {
  assert.equal(collapseTripleEmDash('域———保障'), '域——保障');
  assert.equal(collapseTripleEmDash('李进峰——访'), '李进峰——访');
});

test('all maps together on a 002 line', () => {
  assert.equal(mapCharacters('张蕴岭:«国际治理向何处去»ꎬ«人民日报»２０２０ 年 １１ 月 １２'), '张蕴岭:《国际治理向何处去》，《人民日报》2020 年 11 月 12');
});
