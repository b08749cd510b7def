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

/** How the text reached print; drives the source-kind filter and citation type. */
export const sourceKindSchema = z.enum(['newspaper', 'journal', 'roundtable']);

/** Bibliographic metadata of one article, shared by manifest and frontmatter. */
export const bibliographySchema = z.strictObject({
  title: textClaimSchema,
  subtitle: textClaimSchema.optional(),
  titleTranslation: titleTranslationSchema.optional(),
  authors: z.array(authorSchema),
  sourceKind: sourceKindSchema,
  genre: z.enum(['commentary', 'interview', 'report', 'roundtable', 'research-article']),
  venue: textClaimSchema.optional(),
  issue: textClaimSchema.optional(),
  date: dateClaimSchema.optional(),
  pages: pageRangeClaimSchema.optional(),
  doi: textClaimSchema.optional(),
});

export type Claim<T> = { value: T; basis: 'stated' | 'inferred'; evidence: string; note?: string | undefined };
export type Bibliography = z.infer<typeof bibliographySchema>;
