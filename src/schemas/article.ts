/**
 * Frontmatter schema of an entry in the `articles` collection (content/articles/<slug>.mdx), written by
 * the normaliser and validated again by Astro at build time.
 *
 * Shape: the article's bibliography (see claim.ts) plus
 * - `source`: slug of the raw source file it was normalised from (content/sources/<source>.txt);
 * - `order`: position in the site's article list (source order, then order within the source);
 * - `paragraphCount`: number of `<Para>` blocks in the body;
 * - `editorialNotes`: every manifest hint applied to this article, with its reason (editors') and its
 *   note (readers', Chinese: the page shows this).
 */
import { z } from 'zod';
import { bibliographySchema } from './claim.ts';

export const editorialNoteSchema = z.strictObject({
  hint: z.string().min(1),
  lines: z.string().min(1),
  reason: z.string().min(1),
  note: z.string().min(1),
});

export const articleFrontmatterSchema = bibliographySchema.extend({
  source: z.string().regex(/^[a-z0-9-]+$/),
  order: z.number().int().nonnegative(),
  paragraphCount: z.number().int().positive(),
  editorialNotes: z.array(editorialNoteSchema),
});

export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;
