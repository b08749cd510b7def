/**
 * Layout of a page extracted one paragraph per line (zhiku-yuanzhuo-54-tianjin-summit).
 *
 * Artifact (A, zhiku-yuanzhuo-54-tianjin-summit L19|L23, L27|L29, L43|L45, L101|L65 after reordering): a
 * column break splits a paragraph over two raw lines; the first does not end a sentence
 * (`…从中俄原油管道到中俄东线天然气⏎⏎管道,`).
 *
 * Rule: every non-blank line is a paragraph, except that a line which does not end a sentence is
 * continued by the next non-blank line in reading order.
 *
 * Input/output: see shared/layout.ts. Never throws.
 */
import type { SourceLine } from '../shared/types.ts';
import type { Layout, RawBlock } from '../shared/layout.ts';
import { endsSentence } from './line-shape.ts';

export const linePerParagraphLayout: Layout = (lines) => {
  const blocks: RawBlock[] = [];
  let current: SourceLine[] = [];
  for (const line of lines) {
    if (line.text.trim() === '') continue;
    current.push(line);
    if (endsSentence(line.text)) {
      blocks.push({ kind: 'paragraph', lines: current });
      current = [];
    }
  }
  if (current.length > 0) blocks.push({ kind: 'paragraph', lines: current });
  return { blocks, dropped: [], pageEnds: [] };
};
