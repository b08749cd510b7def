/**
 * Frontmatter schema of an entry in the `articles` collection (content/articles/<slug>.mdx), written by
 * the normaliser and validated again by Astro at build time.
 *
 * Shape: the article's bibliography (see claim.ts) plus
 * - `source`: slug of the raw source file it was normalised from (content/sources/<source>.txt);
 * - `order`: position in the site's article list (source order, then order within the source);
 * - `paragraphCount`: number of `<Para>` blocks in the body;
 * - `frontMatter`: the fields the text prints before its body, as metadata (normaliser
 *   blocks/front-matter.ts), each `stated` with its raw lines: `keywords` (also published as a block),
 *   `titleNote` (题注, the title's `*` note), `funding` (基金项目), `authorNote` (作者简介),
 *   `classification` (中图分类号), `documentCode` (文献标识码), `articleNumber` (文章编号), `doi` (DOI编号);
 *   absent when the text prints none;
 * - `editorialNotes`: every manifest hint applied to this article, with its reason (editors') and its
 *   note (readers', Chinese: the page shows this).
 */
import { z } from 'zod';
import { bibliographySchema, textClaimSchema, claimOf } from './claim.ts';

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
  frontMatter: z
    .strictObject({
      keywords: claimOf(z.array(z.string().min(1)).min(1)).optional(),
      titleNote: textClaimSchema.optional(),
      funding: textClaimSchema.optional(),
      authorNote: textClaimSchema.optional(),
      classification: textClaimSchema.optional(),
      documentCode: textClaimSchema.optional(),
      articleNumber: textClaimSchema.optional(),
      doi: textClaimSchema.optional(),
    })
    .optional(),
  editorialNotes: z.array(editorialNoteSchema),
});

export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;
