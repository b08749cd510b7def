/**
 * Keyword-in-context excerpts of a hit: every occurrence shown and marked, with `context` characters
 * around each; windows that touch are merged, gaps shown as `…`. A window's edge never falls inside a
 * number or a Latin word (it widens to the word's edge, by at most 16 characters: `…018年“新五观”` is
 * shown as `…2018年“新五观”`) nor between the two halves of a character outside the BMP.
 *
 * Input: the block text, the occurrence ranges (search/shared/match.ts), `context` (characters each side).
 * Output: segments `{ text, mark }` — e.g. for `上海精神` in a long paragraph with two occurrences far apart:
 *   `…的“` `上海精神`* `”，这是…` `…坚持` `上海精神`* `。`. A short block is shown whole.
 * Errors: none.
 */
import type { Range } from '../shared/match.ts';

export interface ExcerptSegment {
  text: string;
  mark: boolean;
}

/** Letters and digits of Latin script, and the `.` `,` `%` that join digits into one number. */
const wordChar = /[A-Za-z0-9.,%]/u;
const isWord = (text: string, i: number) => i >= 0 && i < text.length && wordChar.test(text[i]!);
const isLowSurrogate = (text: string, i: number) => i > 0 && i < text.length && /[\udc00-\udfff]/u.test(text[i]!);
/** How far an edge may move to reach a word's edge. */
const maxWiden = 16;

/** A window's start moved left to the start of the word (or character) it would cut. */
function snapStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && at - i < maxWiden && isWord(text, i - 1) && isWord(text, i)) i -= 1;
  if (isWord(text, i - 1) && isWord(text, i)) i = at; // a word longer than maxWiden: cut it after all
  if (isLowSurrogate(text, i)) i -= 1;
  return i;
}

/** A window's end moved right to the end of the word (or character) it would cut. */
function snapEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && i - at < maxWiden && isWord(text, i - 1) && isWord(text, i)) i += 1;
  if (isWord(text, i - 1) && isWord(text, i)) i = at;
  if (isLowSurrogate(text, i)) i += 1;
  return i;
}

export function excerptSegments(text: string, ranges: readonly Range[], context = 30): ExcerptSegment[] {
  const windows: Range[] = [];
  for (const [start, end] of ranges) {
    const window: Range = [snapStart(text, Math.max(0, start - context)), snapEnd(text, Math.min(text.length, end + context))];
    const last = windows.at(-1);
    if (last && window[0] <= last[1]) last[1] = Math.max(last[1], window[1]);
    else windows.push(window);
  }
  const segments: ExcerptSegment[] = [];
  const push = (t: string, mark: boolean) => {
    if (t.length === 0) return;
    const last = segments.at(-1);
    if (last && last.mark === mark && !mark) last.text += t;
    else segments.push({ text: t, mark });
  };
  for (const [w0, w1] of windows) {
    if (w0 > 0) push('…', false);
    let at = w0;
    for (const [start, end] of ranges) {
      if (start < w0 || start >= w1) continue;
      push(text.slice(at, start), false);
      push(text.slice(start, end), true);
      at = end;
    }
    push(text.slice(at, w1), false);
    if (w1 < text.length) push('…', false);
  }
  return segments;
}
