/**
 * Keyword-in-context excerpts of a hit: every occurrence shown and marked, with `context` characters
 * around each; windows that touch are merged, gaps shown as `…`.
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

export function excerptSegments(text: string, ranges: readonly Range[], context = 30): ExcerptSegment[] {
  const windows: Range[] = [];
  for (const [start, end] of ranges) {
    const window: Range = [Math.max(0, start - context), Math.min(text.length, end + context)];
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
