/**
 * The normalisation report of one source, as the normaliser writes it to content/reports/<source>.json
 * (src/normaliser/normalise-source.ts `SourceReport`; `npm run normalise -- --report` prints it,
 * /about/sources/ publishes it).
 *
 * Input: the parsed JSON of a report, e.g.
 *   `{ "file": "chen-zeng-2019-guoji-zhanwang.txt", "sha256": "7ca5…", "rawLines": 291, "blankLines": 148,
 *      "articles": [{ "slug": "chen-zeng-…", "lines": 291, "paragraphs": 32, … }], "han": { "raw": 12990, … },
 *      "hints": [{ "article": "(source)", "hint": "keep Han–Han spaces", "lines": "all", "reason": "…", "note": "…" }],
 *      "dropped": [{ "no": 1, "by": "…" }], "repairs": [], "pageEnds": [{ "atLine": 40, "printed": "53" }] }`.
 * Output: `sourceReportSchema` (strict: a field the schema does not know fails, so the schema and the
 *   normaliser's interface cannot drift apart unnoticed; src/normaliser/report/source-report-schema.test.ts
 *   checks the two types against each other) and its type `SourceReportData`.
 * Errors: zod issues naming the field path.
 */
import { z } from 'zod';

const count = z.number().int().nonnegative();
const counts = z.record(z.string(), z.number());

export const articleReportSchema = z.strictObject({
  slug: z.string(),
  lines: count,
  paragraphs: count,
  headings: count,
  captions: count,
  tables: count,
  footnotes: z.strictObject({ markers: count, bodies: count, paired: count, missingBody: count, noMarker: count }),
});

export const conservationSchema = z.strictObject({
  raw: z.number(),
  published: z.number(),
  removed: z.number(),
  removedBy: counts,
  unexplained: counts,
  added: counts,
});

export const sourceReportSchema = z.strictObject({
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected a lowercase hex SHA-256'),
  rawLines: count,
  blankLines: count,
  articles: z.array(articleReportSchema),
  han: conservationSchema,
  hints: z.array(z.strictObject({ article: z.string(), hint: z.string(), lines: z.string(), reason: z.string(), note: z.string() })),
  dropped: z.array(z.strictObject({ no: z.number().int().positive(), by: z.string() })),
  repairs: z.array(z.strictObject({ no: z.number().int().positive(), by: z.string(), removed: z.string().exactOptional() })),
  pageEnds: z.array(z.strictObject({ atLine: z.number().int(), printed: z.string().nullable() })),
});

export type SourceReportData = z.infer<typeof sourceReportSchema>;
