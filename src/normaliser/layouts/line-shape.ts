/**
 * Facts about the shape of one line that layouts use to find paragraph ends.
 *
 * - `visualWidth`: printed width in em — Han and full-width characters 1, ASCII 0.5, spaces 0 (the
 *   sources' spaces are mostly justification, not width).
 * - `endsSentence`: the line ends with 。？！ (ASCII ?! too) or a signature's closing bracket,
 *   optionally followed by closing quotes or brackets (`…。”`), and then by note markers, which sit
 *   after the punctuation that ends the sentence they annotate: chen-zeng-2019-guoji-zhanwang L173
 *   `…中亚地区旅游枢纽发展方案。<sup>③</sup>` (`…方案。③` once the markup is undone) ends its
 *   paragraph, and L175 `哈萨克斯坦认为，…` begins the next. Markers: `NOTE_MARKER_CLASS`
 *   (text/char-classes.ts).
 * - `isLetterSpaced`: the line is justified by spaces between its Han characters (at least three
 *   Han–space–Han gaps), so it fills the column although `visualWidth`, which counts spaces as 0,
 *   measures it narrower: jingji-ribao-2021-sco-20 L465 `土 库 曼 斯 坦 2021 年 上 半 年 GDP 同 比 增 长`
 *   is a full line of 16.5 em in a 21-em column.
 * - `localColumnWidth`: the median width of the `2·radius + 1` non-blank lines nearest index `i` that
 *   are not letter-spaced: the column width there (jingji-ribao-2021-sco-20's columns change width at
 *   L94). The median, not the maximum, because lines heavy in punctuation measure wider than they print
 *   (L70 `针对第三国原则”，坚持“互信、互` = 16 in a 14-em column). Letter-spaced lines are left out
 *   because they measure narrower than they print: with L465 and L471 counted, the column at L469
 *   `额增长 17.5%，对外贸易额增长 3.5%。` measured 16.5 em, its own width, so the paragraph on
 *   Turkmenistan ran on into the one on Tajikistan.
 */
import type { SourceLine } from '../shared/types.ts';
import { NOTE_MARKER_CLASS } from '../text/char-classes.ts';

export function visualWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    if (/\s/u.test(ch)) continue;
    w += ch.charCodeAt(0) < 0x80 ? 0.5 : 1;
  }
  return w;
}

const SENTENCE_END = new RegExp(
  `(?:[。？！?!]|^[（(].*[）)])[”’）)》」]*(?:\\s*${NOTE_MARKER_CLASS})*$`,
  'u',
);

export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.trim());
}

export function isLetterSpaced(text: string): boolean {
  return (text.match(/\p{Script=Han}[ \u3000]+(?=\p{Script=Han})/gu) ?? []).length >= 3;
}

export function localColumnWidth(lines: readonly SourceLine[], i: number, radius = 4): number {
  const widths: number[] = [];
  const measures = (line: SourceLine | undefined): line is SourceLine =>
    line !== undefined && line.text.trim() !== '' && !isLetterSpaced(line.text);
  for (let d = 0; d <= lines.length && widths.length < 2 * radius + 1; d++) {
    for (const j of d === 0 ? [i] : [i - d, i + d]) {
      const line = lines[j];
      if (measures(line)) widths.push(visualWidth(line.text));
    }
  }
  widths.sort((a, b) => a - b);
  return widths[Math.floor(widths.length / 2)] ?? 0;
}
