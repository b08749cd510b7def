/**
 * The normalisation reports the normaliser writes to content/reports/<source>.json, for the
 * /about/sources/ page. Output: `sourceReports()` → the reports sorted by file name, typed by the
 * normaliser's own `SourceReport`. Errors: throws if a report is unreadable or not JSON (build fails).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../files/content-dir.ts';
import type { SourceReport } from '../../normaliser/normalise-source.ts';

export type { SourceReport };

export function sourceReports(): SourceReport[] {
  const dir = join(contentDir, 'reports');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as SourceReport);
}
