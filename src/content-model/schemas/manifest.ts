/**
 * Schema of a source manifest (content/sources/<source>.yaml), the only place where per-source knowledge
 * lives: the raw file's checksum, the bibliography of each article in it, where each article's lines are
 * and in which order they are read, and the editorial hints the normaliser cannot derive by rule.
 *
 * Every hint carries a `reason` (the editors' record, may be English) and a `note`: the same for readers,
 * in Chinese, with raw-line references as `原文第17行` (reader-note.ts), which the article page (编辑说明)
 * and /about/sources/ show instead of the reason. Line numbers are 1-based raw line numbers of the source file; a range is
 * `[first, last]`, inclusive.
 *
 * Validation with line numbers in messages: src/normaliser/load-manifest.ts.
 */
import { z } from 'zod';
import { bibliographySchema, genreFitsKind } from './claim.ts';
import { readerNoteSchema } from './reader-note.ts';

const lineNo = z.number().int().positive();
export const lineRangeSchema = z
  .tuple([lineNo, lineNo])
  .refine(([a, b]) => a <= b, { message: 'range starts after it ends' });
export type LineRange = z.infer<typeof lineRangeSchema>;

const reason = z.string().min(10, 'a reason says why, in a sentence');
const note = readerNoteSchema;

/** How raw lines are grouped into paragraphs; see src/normaliser/layouts/. */
export const layoutSchema = z.enum(['columns', 'line-per-paragraph', 'pdf-journal', 'markdown', 'official-document']);
export type Layout = z.infer<typeof layoutSchema>;

/**
 * A role hint: what some raw lines are, where no rule can tell.
 * - `title`, `subtitle`, `byline`: consumed into frontmatter; their normalised text must equal the
 *   bibliography's value (title/subtitle) or name the authors (byline), so hint and metadata cannot drift.
 * - `heading`: a section heading at `level` (2–4).
 * - `question`, `signature`, `caption`, `front-matter`: published blocks with that role.
 * - `drop`: not published (pull-quote duplicate, stray label, running header…).
 * - `table`: a flattened table, rebuilt by src/normaliser/blocks/table.ts; `table-source`: its source line.
 * - `note`: footnote text that the layout would read as body (han-lu-sco-international-cooperation L684–L690,
 *   prose notes whose first line looks like a resumed sentence); it joins the notes of its page.
 */
export const roleHintSchema = z.discriminatedUnion('role', [
  z.strictObject({ role: z.literal('heading'), lines: lineRangeSchema, level: z.number().int().min(2).max(4), reason, note }),
  z.strictObject({
    role: z.enum(['title', 'subtitle', 'byline', 'question', 'signature', 'caption', 'front-matter', 'drop', 'note', 'table', 'table-source']),
    lines: lineRangeSchema,
    reason,
    note,
  }),
]);
export type RoleHint = z.infer<typeof roleHintSchema>;

export const manifestArticleSchema = z
  .strictObject({
    /** URL slug of the article page, /articles/<slug>/. */
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase words joined by hyphens'),
    bibliography: bibliographySchema,
    /** Raw line ranges in reading order. */
    segments: z.array(lineRangeSchema).min(1),
    /** Why the segments are what they are (the article split and, where not ascending, the reorder). */
    segmentsReason: reason,
    /** `segmentsReason` for readers; required where the page shows it: more than one segment (reading order). */
    segmentsNote: note.optional(),
    roles: z.array(roleHintSchema).default([]),
    /**
     * Lines that begin a new footnote although nothing on them shows it: prose notes without a marker,
     * which the footnote rules would read as the previous note's continuation (sun-zhuangzhi-sco-community
     * L320 `中俄贸易…`). `marker`: the note's number on its page, where the rules would pair it wrongly
     * (han-lu-sco-international-cooperation L800, after the orphan marker line ` ②` at L798).
     */
    noteStarts: z.array(z.strictObject({ line: lineNo, marker: z.number().int().min(1).max(20).optional(), reason, note })).default([]),
    /**
     * Lines that begin a new paragraph although the layout's rules continue the previous one: in a
     * newspaper column a paragraph whose last line happens to be full cannot be told from a mid-paragraph
     * line (jingji-ribao-2021-sco-20 L198 `在安全合作方面，…` after the full line L196 `…标杆。`). The hinted
     * line must lie inside a paragraph, not at its start (a hint the rules have made redundant fails).
     */
    paragraphStarts: z.array(z.strictObject({ line: lineNo, reason, note })).default([]),
  })
  .refine((a) => a.segments.length === 1 || a.segmentsNote !== undefined, {
    message: 'an article of several segments needs a `segmentsNote`: its reading order for readers, in Chinese',
    path: ['segmentsNote'],
  })
  .refine((a) => genreFitsKind(a.bibliography.sourceKind, a.bibliography.genre), {
    message: 'an official-document takes a document genre (declaration, charter, communique, statement, agreement), and only it does',
    path: ['bibliography', 'genre'],
  });
export type ManifestArticle = z.infer<typeof manifestArticleSchema>;

export const manifestSchema = z.strictObject({
  /** The raw text beside this manifest, content/sources/<file>. */
  file: z.string().regex(/^[a-z0-9-]+\.txt$/),
  /** Name under which the file was received, for the record. */
  receivedAs: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  description: z.string().min(1),
  layout: layoutSchema,
  /** chen-zeng-2019-guoji-zhanwang: its Han–Han spaces are real (it has no justification spaces), so keep them; see text/spaces.ts. */
  keepHanHanSpaces: z.strictObject({ reason, note }).optional(),
  /** How spaced-out URLs are repaired; see src/normaliser/text/urls.ts. */
  urlMode: z.strictObject({ mode: z.enum(['spaces-are-typesetting', 'dots-lost']), reason, note }).optional(),
  /**
   * Repairs no rule can make, on one line after the character maps: `from` must occur exactly once
   * there (han-lu-sco-international-cooperation L155 `“911”` → `“9·11”`, whose dot glyph the extraction
   * lost).
   */
  textRepairs: z.array(z.strictObject({ line: lineNo, from: z.string().min(1), to: z.string(), reason, note })).default([]),
  /** Lines outside every article that are not published, with why. */
  drops: z.array(z.strictObject({ lines: lineRangeSchema, reason, note })).default([]),
  articles: z.array(manifestArticleSchema).min(1),
});
export type Manifest = z.infer<typeof manifestSchema>;
