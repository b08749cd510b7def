/**
 * The contract of a layout: how one source's lines become blocks.
 *
 * Input: `lines`, one run of an article's lines in reading order, *including* blank lines (their
 * placement is evidence), already passed through the character maps, without role-hinted lines.
 * Output: `RawBlock`s in reading order; `kind: 'note'` blocks are footnote text found inside the run
 * (they leave the running text; the article assembler places them), `dropped` lists the line numbers
 * the layout removed by rule (page numbers, separators) with the rule's name.
 */
import type { SourceLine } from '../types.ts';

export interface RawBlock {
  kind: 'paragraph' | 'heading' | 'note';
  level?: 2 | 3 | 4;
  lines: SourceLine[];
  /** For numbered headings: the numbering as it prints (`一　`, `（二）`), kept out of the spacing rules. */
  numbering?: string;
  /** For numbered headings: the heading's words, to be normalised like any text. */
  title?: string;
}

export interface LayoutResult {
  blocks: RawBlock[];
  dropped: { no: number; by: string }[];
  /** Printed page numbers seen, as `{ afterLine, printed }` (digits as printed, not yet reversed). */
  pageBreaks: { afterLine: number; printed: string }[];
}

export type Layout = (lines: readonly SourceLine[]) => LayoutResult;
