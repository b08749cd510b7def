/**
 * Schema of a source manifest (content/sources/<source>.yaml), the only place where per-source knowledge
 * lives: the raw file's checksum, the bibliography of each article in it, where each article's lines are
 * and in which order they are read, and the editorial hints the normaliser cannot derive by rule.
 *
 * Every hint carries a `reason`. Line numbers are 1-based raw line numbers of the source file; a range is
 * `[first, last]`, inclusive.
 *
 * Validation with line numbers in messages: src/normaliser/load-manifest.ts.
 */
import { z } from 'zod';
import { bibliographySchema } from './claim.ts';

const lineNo = z.number().int().positive();
export const lineRangeSchema = z
  .tuple([lineNo, lineNo])
  .refine(([a, b]) => a <= b, { message: 'range starts after it ends' });
export type LineRange = z.infer<typeof lineRangeSchema>;

const reason = z.string().min(10, 'a reason says why, in a sentence');

/** How raw lines are grouped into paragraphs; see src/normaliser/layouts/. */
export const layoutSchema = z.enum(['columns', 'line-per-paragraph', 'pdf-journal', 'markdown']);
export type Layout = z.infer<typeof layoutSchema>;

/**
 * A role hint: what some raw lines are, where no rule can tell.
 * - `title`, `subtitle`, `byline`: consumed into frontmatter; their normalised text must equal the
 *   bibliography's value (title/subtitle) or name the authors (byline), so hint and metadata cannot drift.
 * - `heading`: a section heading at `level` (2–4).
 * - `question`, `signature`, `caption`, `front-matter`: published blocks with that role.
 * - `drop`: not published (pull-quote duplicate, stray label, running header…).
 */
export const roleHintSchema = z.discriminatedUnion('role', [
  z.strictObject({ role: z.literal('heading'), lines: lineRangeSchema, level: z.number().int().min(2).max(4), reason }),
  z.strictObject({
    role: z.enum(['title', 'subtitle', 'byline', 'question', 'signature', 'caption', 'front-matter', 'drop']),
    lines: lineRangeSchema,
    reason,
  }),
]);
export type RoleHint = z.infer<typeof roleHintSchema>;

export const manifestArticleSchema = z.strictObject({
  /** URL slug of the article page, /articles/<slug>/. */
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase words joined by hyphens'),
  bibliography: bibliographySchema,
  /** Raw line ranges in reading order. */
  segments: z.array(lineRangeSchema).min(1),
  /** Why the segments are what they are (the article split and, where not ascending, the reorder). */
  segmentsReason: reason,
  roles: z.array(roleHintSchema).default([]),
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
  /** 003: its Han–Han spaces are real (it has no justification spaces), so keep them; see text/spaces.ts. */
  keepHanHanSpaces: z.strictObject({ reason }).optional(),
  /** Lines outside every article that are not published, with why. */
  drops: z.array(z.strictObject({ lines: lineRangeSchema, reason })).default([]),
  articles: z.array(manifestArticleSchema).min(1),
});
export type Manifest = z.infer<typeof manifestSchema>;
