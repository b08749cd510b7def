/**
 * Find word-cloud debris: a graphic's words extracted one per line.
 *
 * Artifact (zhiku-yuanzhuo-54-tianjin-summit L103–L125): `弘扬⏎⏎上海⏎⏎贡献⏎⏎上合⏎⏎组织⏎⏎…⏎⏎携手⏎⏎共进` — joined into the
 * text it would read "…涵盖不同层次、弘扬上海贡献上合组织发展…".
 *
 * Rule: five or more consecutive non-blank lines (blank lines between them ignored), each of at most
 * four characters and without any punctuation, are a word cloud.
 *
 * Input: the source's lines. Output: the line numbers of every word-cloud line, ascending.
 */
import type { SourceLine } from '../shared/types.ts';

const MIN_WORDS = 5;
const isCloudWord = (text: string) => {
  const t = text.trim();
  return t.length > 0 && [...t].length <= 4 && !/[\p{P}\p{S}\s]/u.test(t);
};

export function findWordCloudLines(lines: readonly SourceLine[]): number[] {
  const found: number[] = [];
  let run: number[] = [];
  const flush = () => {
    if (run.length >= MIN_WORDS) found.push(...run);
    run = [];
  };
  for (const line of lines) {
    if (line.text.trim() === '') continue;
    if (isCloudWord(line.text)) run.push(line.no);
    else flush();
  }
  flush();
  return found;
}
