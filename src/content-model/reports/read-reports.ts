/**
 * The normalisation reports the normaliser writes to content/reports/<source>.json, for the
 * /about/sources/ page and `npm run normalise -- --report`.
 *
 * Input: the content folder (default: `contentDir`), or for `parseSourceReport` a report's JSON text and
 *   the file it came from (for messages).
 * Output: `sourceReports(dir)` → every report, validated by schemas/source-report.ts, sorted by file name,
 *   read once per folder and process (later calls return the same array); `parseSourceReport` → one report.
 * Errors: `ReportError` naming the file and, for a schema failure, every failing field path with its
 *   message (`content/reports/x.json: han.raw: expected number`); the build fails with it. A missing
 *   folder throws the file-system error.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../files/content-dir.ts';
import { perFolder } from '../files/per-folder.ts';
import { sourceReportSchema, type SourceReportData } from '../schemas/source-report.ts';

export type SourceReport = SourceReportData;

export class ReportError extends Error {}

export function parseSourceReport(json: string, file: string): SourceReport {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new ReportError(`${file}: not JSON: ${(error as Error).message}`);
  }
  const result = sourceReportSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(report)'}: ${issue.message}`);
    throw new ReportError(`${file}: ${problems.join('; ')}`);
  }
  return result.data;
}

const readOnce = perFolder((dir): SourceReport[] => {
  const folder = join(dir, 'reports');
  return readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => parseSourceReport(readFileSync(join(folder, f), 'utf8'), join(folder, f)));
});

export function sourceReports(dir: string = contentDir): SourceReport[] {
  return readOnce(dir);
}
