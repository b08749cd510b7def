/**
 * The contract of a layout: how one source's lines become blocks.
 *
 * Input: `lines`, one run of an article's lines in reading order, *including* blank lines (their
 * placement is evidence), already passed through the character maps, without role-hinted lines.
 * Output: `RawBlock`s in reading order; `kind: 'note'` blocks are footnote text found inside the run
 * (they leave the running text; the article assembler places them), `dropped` lists the line numbers
 * the layout removed by rule (page numbers, separators) with the rule's name.
 */
import type { SourceLine } from './types.ts';

export interface RawBlock {
  kind: 'paragraph' | 'heading' | 'note' | 'table';
  level?: 2 | 3 | 4;
  lines: SourceLine[];
  /** For numbered headings: the numbering as it prints (`一　`, `（二）`), kept out of the spacing rules. */
  numbering?: string;
  /** For numbered headings: the heading's words, to be normalised like any text. */
  title?: string;
  /** For notes: the page-local note number a manifest hint gives it (`noteStarts[].marker`). */
  marker?: number;
  /** For tables: which of `lines` make the caption and each cell (indices into `lines`). */
  table?: { caption: number[]; header: number[][]; rows: number[][][] };
}

export interface LayoutResult {
  blocks: RawBlock[];
  dropped: { no: number; by: string }[];
  /**
   * Where a printed page ends, in raw line order: at a page-number line (`printed` = its digits as
   * printed, not yet reversed) or, where the page has no number line, at the first line of its footnote
   * block (`printed: null`). Body lines before `atLine` are on that page; body lines after it, on the next.
   */
  pageEnds: PageEnd[];
}

export interface PageEnd {
  atLine: number;
  printed: string | null;
}

export type Layout = (lines: readonly SourceLine[]) => LayoutResult;
