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

/**
 * What a block is beyond its kind. `abstract`, `keywords` and `front-matter` are front matter: published
 * at the top, not numbered (blocks/front-matter.ts); `title-note` is the title's `*` note before that
 * stage turns it into metadata.
 */
export type BlockRole = 'question' | 'signature' | 'caption' | 'front-matter' | 'table-source' | 'abstract' | 'keywords' | 'title-note';

/** Roles whose blocks are published without a paragraph number. */
export const UNNUMBERED_ROLES: ReadonlySet<BlockRole> = new Set(['abstract', 'keywords', 'front-matter']);

export interface Block {
  kind: 'paragraph' | 'heading' | 'note' | 'table';
  /** Heading level 2–4 (the article title is level 1 and lives in frontmatter). */
  level?: number;
  role?: BlockRole;
  lines: number[];
  /** Normalised text; may hold inline anchors (inline/anchors.ts) for note references and page starts. */
  text: string;
  /** An official document's paragraph: what it is cited as (`第三部分第5段`, `第五条`; blocks/clauses.ts). */
  clause?: string;
  /** Print page the block starts on, when known. */
  page?: number;
  /** A print page begins exactly where this block begins. */
  pageStart?: number;
  /** Notes: the article's note number and whether marker and body were both found. */
  note?: { n: number; status: 'paired' | 'missing-body' | 'no-marker' };
  /** Tables: normalised caption and cell texts (`text` holds the caption too, for ids and counts). */
  table?: { caption: string; header: string[]; rows: string[][] };
}

/** A raw line the normaliser did not publish, and the rule or hint that removed it. */
export interface DroppedLine {
  no: number;
  by: string;
}

/** An in-line repair of the line stage (prepare-lines.ts): raw line `no`, the rule `by` name, the text it removed, if any. */
export interface LineRepair {
  no: number;
  by: string;
  removed?: string;
}
