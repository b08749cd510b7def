/**
 * Remove spaces that are typesetting, not text.
 *
 * Artifacts (B, D):
 * - justification and wrap-around spaces between Han characters: jingji-ribao-2021-sco-20 L6
 *   `立 。 中 亚 地 区 5 个 加 盟`, L28 `上 ，建 立 了“ 上 海 五 国 ”机 制 。`;
 * - padding around numbers and Latin words in Chinese text: sun-zhuangzhi-sco-community `成立 ２０ 周年`,
 *   jingji-ribao-2021-sco-20 L465 `土 库 曼 斯 坦 2021 年 上 半 年 GDP 同 比`;
 * - GB/T 15835 digit grouping: sun-zhuangzhi-sco-community L298 `１ １３４ 亿美元` → `1134亿美元`;
 * - spaces around operators between alphanumerics: han-lu-sco-international-cooperation L863 `Ｘ ＋ １` → `X+1`,
 *   `６４ / １８３` → `64/183`.
 * - spaces around a decimal point: sun-zhuangzhi-sco-community L347 `中亚有 １\u{1001B0} ７ 万多家` (a
 *   full-width digit, the font's dot glyph as a private-use character, a space, a digit; the dot becomes
 *   `.` in chars/private-use-dot.ts) → `中亚有1.7万多家`, L322 `８\u{1001B0} ３ 亿美元` → `8.3亿美元`.
 *
 * Rule: delete every whitespace run (ASCII or U+3000) that touches a Han character or CJK punctuation,
 * or a curly quote next to Han; delete a space between a digit and a three-digit group; delete spaces
 * around `+` and `/` between alphanumerics; delete spaces between a digit, a decimal point and a digit
 * (`1. 7`, `1 .7` → `1.7`: in running text a digit, a dot and a digit can only be a number; a list
 * number `1. ` is followed by a word, not a digit). Spaces between Latin/Cyrillic words stay.
 *
 * Exception: a run that holds an ideographic space U+3000 between two words (not after a bracket or
 * other punctuation) is a deliberate separator and becomes one U+3000: the keyword lists of
 * sun-zhuangzhi-sco-community/han-lu-sco-international-cooperation (L22
 * `【关 键 词】 　 上海合作组织　 命运共同体　 “上海精神” 　 全球和地区` → `【关键词】上海合作组织　命运共同体
 * 　“上海精神”　全球和地区`) and han-lu-sco-international-cooperation's table label `表 １ 　 　 　 上海合作组织…`.
 *
 * Option `keepHanHanSpaces` (per source, chen-zeng-2019-guoji-zhanwang): a space with Han (or a curly quote
 * and Han) on both sides is kept, because that
 * source has no justification spaces and its few Han–Han spaces are real (`《弘扬“上海精神” 构建命运共同体》`).
 *
 * Input: one paragraph's joined text. Output: the text with those spaces removed, trimmed.
 */
import { HAN, isCjkContext } from './char-classes.ts';

export interface SpaceOptions {
  keepHanHanSpaces?: boolean;
}

const isQuote = (ch: string | undefined) => ch !== undefined && /[“”‘’]/u.test(ch);
const isWordOrQuote = (ch: string | undefined) => ch !== undefined && (/[\p{L}\p{N}]/u.test(ch) || isQuote(ch));

export function removeSpuriousSpaces(text: string, options: SpaceOptions = {}): string {
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (!/[ \t\u3000]/u.test(ch)) {
      out += ch;
      continue;
    }
    let j = i;
    while (j + 1 < chars.length && /[ \t\u3000]/u.test(chars[j + 1]!)) j++;
    const before = chars[i - 1];
    const after = chars[j + 1];
    const hanHan = before !== undefined && after !== undefined && HAN.test(before) && HAN.test(after);
    const quoteHan = (isQuote(before) && after !== undefined && HAN.test(after)) || (isQuote(after) && before !== undefined && HAN.test(before));
    const run = chars.slice(i, j + 1).join('');
    if (run.includes('\u3000') && isWordOrQuote(before) && isWordOrQuote(after)) {
      out += '\u3000';
      i = j;
      continue;
    }
    const drop = (isCjkContext(before) || isCjkContext(after) || quoteHan) && !(options.keepHanHanSpaces && (hanHan || quoteHan));
    if (!drop) out += ' ';
    i = j;
  }
  return out
    .replace(/(?<=\d) (?=\d{3}(?!\d))/g, '')
    .replace(/(?<=\d)[ \t]*(\.)[ \t]*(?=\d)/g, '$1')
    .replace(/(?<=[\p{L}\p{N}]) *([+/]) *(?=[\p{L}\p{N}])/gu, '$1')
    .trim();
}
