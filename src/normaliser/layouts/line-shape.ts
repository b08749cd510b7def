/**
 * Facts about the shape of one line that layouts use to find paragraph ends.
 *
 * - `visualWidth`: printed width in em — Han and full-width characters 1, ASCII 0.5, spaces 0 (the
 *   sources' spaces are mostly justification, not width).
 * - `endsSentence`: the line ends with 。？！ (ASCII ?! too) or a signature's closing bracket,
 *   optionally followed by closing quotes or brackets (`…。”`).
 * - `localColumnWidth`: the median width of the `2·radius + 1` non-blank lines nearest index `i`: the
 *   column width there (000's columns change width at L94). The median, not the maximum, because lines
 *   heavy in punctuation measure wider than they print (000 L70 `针对第三国原则”，坚持“互信、互` = 16
 *   in a 14-em column).
 */
import type { SourceLine } from '../types.ts';

export function visualWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    if (/\s/u.test(ch)) continue;
    w += ch.charCodeAt(0) < 0x80 ? 0.5 : 1;
  }
  return w;
}

export function endsSentence(text: string): boolean {
  return /(?:[。？！?!]|^[（(].*[）)])[”’）)》」]*$/u.test(text.trim());
}

export function localColumnWidth(lines: readonly SourceLine[], i: number, radius = 4): number {
  const widths: number[] = [];
  for (let d = 0; d <= lines.length && widths.length < 2 * radius + 1; d++) {
    for (const j of d === 0 ? [i] : [i - d, i + d]) {
      const line = lines[j];
      if (line && line.text.trim() !== '') widths.push(visualWidth(line.text));
    }
  }
  widths.sort((a, b) => a - b);
  return widths[Math.floor(widths.length / 2)] ?? 0;
}
