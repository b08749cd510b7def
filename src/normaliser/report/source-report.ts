/**
 * The shape of a source's normalisation report, `content/reports/<source>.json`: what
 * `npm run normalise -- --report` prints and /about/sources/ publishes, per source (made by
 * normalise-source.ts, formatted by format-report.ts, read back through the content model's zod schema,
 * src/content-model/schemas/source-report.ts, which source-report-schema.test.ts keeps equal to it).
 * Types only.
 */
import type { DroppedLine, LineRepair } from '../shared/types.ts';
import type { Conservation } from './conservation.ts';

export interface ArticleReport {
  slug: string;
  lines: number;
  paragraphs: number;
  headings: number;
  captions: number;
  tables: number;
  footnotes: { markers: number; bodies: number; paired: number; missingBody: number; noMarker: number };
}

/** What `npm run normalise -- --report` prints and /about/sources/ publishes, per source. */
export interface SourceReport {
  file: string;
  sha256: string;
  rawLines: number;
  blankLines: number;
  articles: ArticleReport[];
  han: Conservation;
  hints: { article: string; hint: string; lines: string; reason: string; note: string }[];
  dropped: DroppedLine[];
  repairs: LineRepair[];
  pageEnds: { atLine: number; printed: string | null }[];
}
