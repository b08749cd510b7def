/**
 * Shapes that flow through the normaliser.
 *
 * - `SourceLine`: one raw line, `no` 1-based as in `sed -n Np`, `text` without its line end.
 * - `Block`: one published unit (paragraph, heading, …) with the raw line numbers it came from, in
 *   reading order. `text` is the normalised text, plain (not yet escaped for MDX).
 */
export interface SourceLine {
  no: number;
  text: string;
}

export type BlockRole = 'question' | 'signature' | 'caption' | 'front-matter' | 'footnote';

export interface Block {
  kind: 'paragraph' | 'heading';
  /** Heading level 2–4 (the article title is level 1 and lives in frontmatter). */
  level?: number;
  role?: BlockRole;
  lines: number[];
  text: string;
}

/** A raw line the normaliser did not publish, and the rule or hint that removed it. */
export interface DroppedLine {
  no: number;
  by: string;
}
