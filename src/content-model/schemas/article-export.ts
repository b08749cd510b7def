/**
 * The schema of the data export (lib/data-export.ts, scripts/export-data.ts; described on /about/data/):
 * one record per article, in `/articles/<slug>/data.json` and as one line of `/data/corpus.jsonl`; its
 * JSON Schema (`z.toJSONSchema`) is published as `/data/article.schema.json`.
 *
 * Shape: `{ format: 1, slug, url, sourceUrl, bibliography, blocks }` —
 * - `bibliography`: the article's frontmatter as it is (article.ts): every value with its `basis`
 *   (`stated`, `inferred`, `editorial`) and `evidence` (raw lines, the editors' record), an inferred
 *   one with its reader's `note`; absent values are absent;
 * - `blocks`: every published block in reading order — `id` (the permalink fragment), `url` (the
 *   permalink), `kind`, `label` (what the site calls it: `第4段`, `第三部分第5段`, `注3`, `表格第2行`), `n`
 *   (paragraph or note number), `clause` (an official document's), `page` (print page, where the text
 *   marks it), `rawLines` (the raw source lines it was made from, line numbers of `sourceUrl`), `notes`
 *   (the footnotes it refers to, by number), `text` (the published plain text).
 * Errors: none of its own (a zod schema).
 */
import { z } from 'zod';
import { articleFrontmatterSchema } from './article.ts';

/** The export's format version: a change that breaks readers raises it. */
export const exportFormat = 1;

const positive = z.number().int().positive();

export const exportedBlockSchema = z.strictObject({
  id: z.string().min(1),
  url: z.url(),
  kind: z.enum(['paragraph', 'heading', 'cell', 'caption', 'note']),
  label: z.string().min(1),
  n: positive.optional(),
  clause: z.string().min(1).optional(),
  page: positive.optional(),
  rawLines: z.array(positive),
  notes: z.array(positive).optional(),
  text: z.string(),
});

export const articleExportSchema = z.strictObject({
  format: z.literal(exportFormat),
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  url: z.url(),
  /** The raw source's page (`/articles/<slug>/source/`), whose line numbers `rawLines` name. */
  sourceUrl: z.url(),
  bibliography: articleFrontmatterSchema,
  blocks: z.array(exportedBlockSchema),
});

export type ArticleExport = z.infer<typeof articleExportSchema>;
export type ExportedBlock = z.infer<typeof exportedBlockSchema>;
