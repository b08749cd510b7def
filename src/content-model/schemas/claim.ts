/**
 * A bibliographic claim: a value together with how we know it.
 *
 * Shape: `{ value: T, basis: 'stated' | 'inferred', evidence: string }`.
 * - `stated`: the raw text prints it; `evidence` names the raw line(s), e.g. `"L414"`.
 * - `inferred`: the text implies it but does not print it; `evidence` says from what, so a reader can
 *   judge it. Anything neither stated nor strongly implied is left out, never guessed.
 * - `note` (required when `inferred`): the evidence written for readers, in Chinese, with raw-line
 *   references as `原文第17行` (reader-note.ts); the article page shows it (推断依据), never `evidence`,
 *   which is the editors' record and may be English.
 *
 * Used by the source manifests (content/sources/*.yaml) and copied into article frontmatter.
 */
import { z } from 'zod';
import { readerNoteSchema } from './reader-note.ts';

export const basisSchema = z.enum(['stated', 'inferred']);

/** Build the claim schema for a value schema `value`; an inferred claim must carry a reader's `note`. */
export function claimOf<T extends z.ZodType>(value: T) {
  return z
    .strictObject({
      value,
      basis: basisSchema,
      evidence: z.string().min(1),
      note: readerNoteSchema.optional(),
    })
    .refine((claim) => claim.basis !== 'inferred' || claim.note !== undefined, {
      message: 'an inferred value needs a `note`: its evidence for readers, in Chinese',
      path: ['note'],
    });
}

/** Calendar date as precise as the evidence allows: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const partialDateSchema = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

export const pageRangeSchema = z
  .strictObject({ first: z.number().int().positive(), last: z.number().int().positive() })
  .refine((r) => r.first <= r.last, { message: 'first page is after last page' });

export const textClaimSchema = claimOf(z.string().min(1));

/**
 * An English translation of the title (with its subtitle) for the English-language citation styles:
 * `stated` when the source prints one (`evidence`: the line), `editorial` when the editors wrote it because
 * the source prints none (`evidence` says so). Only translations the editors are sure of; absent otherwise.
 */
export const titleTranslationSchema = z.strictObject({
  value: z.string().min(1),
  basis: z.enum(['stated', 'editorial']),
  evidence: z.string().min(1),
});
export const dateClaimSchema = claimOf(partialDateSchema);
export const pageRangeClaimSchema = claimOf(pageRangeSchema);

export const authorSchema = z.strictObject({
  name: textClaimSchema,
  affiliation: textClaimSchema.optional(),
  /** What the person is to the text: its author, the interviewed expert, or the reporting journalist. */
  role: z.enum(['author', 'interviewee', 'reporter']).default('author'),
});

/**
 * How the text reached print; drives the source-kind filter and citation type. `official-document`: a
 * text the SCO or its members issued themselves (declaration, charter, communiqué, statement,
 * agreement), cited by its numbered parts and clauses (normaliser/blocks/clauses.ts).
 */
export const sourceKindSchema = z.enum(['newspaper', 'journal', 'roundtable', 'official-document']);

/** The genres of an `official-document`: its document type (宣言, 宪章, 新闻公报, 声明, 协定). */
export const documentGenres = ['declaration', 'charter', 'communique', 'statement', 'agreement'] as const;
/** The genres of the other source kinds. */
export const writingGenres = ['commentary', 'interview', 'report', 'roundtable', 'research-article'] as const;

/** Bibliographic metadata of one article, shared by manifest and frontmatter. */
export const bibliographySchema = z.strictObject({
  title: textClaimSchema,
  subtitle: textClaimSchema.optional(),
  titleTranslation: titleTranslationSchema.optional(),
  authors: z.array(authorSchema),
  sourceKind: sourceKindSchema,
  /** The kind of writing, or for an `official-document` its document type (see `genreFitsKind`). */
  genre: z.enum([...writingGenres, ...documentGenres]),
  /** An official document's issuing body as the text names it (e.g. 上海合作组织成员国元首理事会). */
  issuer: textClaimSchema.optional(),
  /** Where an official document was adopted or signed (e.g. 天津); its date of adoption is `date`. */
  place: textClaimSchema.optional(),
  venue: textClaimSchema.optional(),
  issue: textClaimSchema.optional(),
  date: dateClaimSchema.optional(),
  pages: pageRangeClaimSchema.optional(),
  doi: textClaimSchema.optional(),
});

/**
 * Whether a genre belongs to a source kind: the document types to `official-document` and only to it.
 * Input: the two enum values. Output: boolean. The manifest schema (manifest.ts) refuses a mismatch.
 */
export function genreFitsKind(sourceKind: z.infer<typeof sourceKindSchema>, genre: string): boolean {
  return (documentGenres as readonly string[]).includes(genre) === (sourceKind === 'official-document');
}

export type Claim<T> = { value: T; basis: 'stated' | 'inferred'; evidence: string; note?: string | undefined };
export type Bibliography = z.infer<typeof bibliographySchema>;
