/**
 * Layout of a newspaper page in narrow columns (jingji-ribao-2021-sco-20).
 *
 * Artifact (A, jingji-ribao-2021-sco-20 throughout): every visual line of a column is a raw line, followed by
 * a blank line, so blank lines carry no paragraph information: `1996 年，在“五国两方”，即⏎⏎以中国为一方，以俄哈吉塔为另⏎⏎…`.
 *
 * Rules:
 * - a paragraph ends after a line that ends a sentence (see `endsSentence`) *and* is visibly shorter
 *   than the local column width (at least 1.5 em short) — a full last line cannot be told from a
 *   mid-paragraph line, so such a paragraph merges with the next (docs/sources.md, artifact A);
 * - a line that starts a paragraph, is at most 12 characters and 80 % of the column width
 *   (jingji-ribao-2021-sco-20 L64, a paragraph's first line of 12 characters in a 13-em column, is not), and
 *   has no punctuation but quotes and book-title marks
 *   is a sub-heading at level 2 (jingji-ribao-2021-sco-20 L168 `20 年成就瞩目`, L435 `经济呈现复苏态势`);
 * - a line that opens with an interview's run-in speaker label (`记者：`, `李进峰：`, 2–4 Han characters
 *   and a colon) after a line that ends a sentence starts a new paragraph, even when that line was full
 *   (jingji-ribao-2021-sco-20 L286→L288 `…？` ⏎ `记者：上合组织如何…`).
 *
 * Input/output: see shared/layout.ts. Never throws.
 */
import type { SourceLine } from '../shared/types.ts';
import type { Layout, RawBlock } from '../shared/layout.ts';
import { endsSentence, localColumnWidth, visualWidth } from './line-shape.ts';

const SHORT_BY = 1.5;
const SPEAKER_LABEL = /^\p{Script=Han}{2,4}：\S/u;

function isSubHeading(text: string, columnWidth: number): boolean {
  const t = text.trim();
  return visualWidth(t) <= columnWidth * 0.8 && [...t.replace(/\s/g, '')].length <= 12 && !/[^\s\p{L}\p{N}“”《》]/u.test(t);
}

export const columnsLayout: Layout = (lines) => {
  const content = lines.filter((l) => l.text.trim() !== '');
  const blocks: RawBlock[] = [];
  let current: SourceLine[] = [];
  content.forEach((line, i) => {
    const width = localColumnWidth(content, i);
    if (current.length === 0 && i + 1 < content.length && isSubHeading(line.text, width)) {
      blocks.push({ kind: 'heading', level: 2, lines: [line] });
      return;
    }
    if (current.length > 0 && SPEAKER_LABEL.test(line.text.trim()) && endsSentence(current.at(-1)!.text)) {
      blocks.push({ kind: 'paragraph', lines: current });
      current = [];
    }
    current.push(line);
    if (endsSentence(line.text) && visualWidth(line.text) <= width - SHORT_BY) {
      blocks.push({ kind: 'paragraph', lines: current });
      current = [];
    }
  });
  if (current.length > 0) blocks.push({ kind: 'paragraph', lines: current });
  return { blocks, dropped: [], pageEnds: [] };
};
