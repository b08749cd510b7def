/**
 * The types of the published corpus (read-corpus.ts reads it): an article's blocks as plain text, with
 * their anchors and raw lines. A module of its own, with no imports, so browser code (the search client
 * and the block labels it shows) can take these types without importing the reader, which uses `node:fs`.
 */

export type BlockKind = 'paragraph' | 'heading' | 'cell' | 'caption' | 'note';

export interface CorpusBlock {
  /** The article's slug (its MDX file name without `.mdx`). */
  article: string;
  /** The URL fragment that shows this block on the article page. */
  anchor: string;
  kind: BlockKind;
  /** Paragraph number (paragraphs) or note number (footnotes). */
  n?: number;
  /** An official document's paragraph: its clause label (`第三部分第5段`, `第五条`), what it is cited as. */
  clause?: string;
  /** The print page the block starts on, when the text marks it (`page={7}` in the MDX). */
  page?: number;
  /** The footnotes its note references point to, by note number, in order (`<NoteRef n={8} />`). */
  notes?: number[];
  /** The published plain text. */
  text: string;
  /**
   * The raw source lines the block was made from, as the MDX writes them (`"44,46"`, `"462,464,466-469"`;
   * raw-source/raw-source-ranges.ts reads them): the block's own `lines`, or for a table's cells and
   * caption the table's. Absent when the MDX gives none.
   */
  lines?: string;
}

export interface CorpusArticle {
  slug: string;
  title: string;
  /** Frontmatter date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), absent when the source does not give one. */
  date?: string;
  blocks: CorpusBlock[];
}
