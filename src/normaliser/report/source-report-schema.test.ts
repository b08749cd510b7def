/**
 * The normaliser's `SourceReport` (normalise-source.ts) and the content model's report schema
 * (content-model/schemas/source-report.ts) describe the same JSON: the types are checked against each
 * other at compile time (`npm run check`), and every committed report parses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceReport } from './source-report.ts';
import { sourceReportSchema, type SourceReportData } from '../../content-model/schemas/source-report.ts';
import { parseSourceReport, ReportError } from '../../content-model/reports/read-reports.ts';
import { contentDir } from '../../content-model/files/content-dir.ts';

// Each direction fails `npm run check` when a field is added, removed or retyped on one side only.
export const fromNormaliser = (report: SourceReport): SourceReportData => report;
export const toNormaliser = (report: SourceReportData): SourceReport => report;

test('every committed report satisfies the schema', () => {
  const folder = join(contentDir, 'reports');
  const files = readdirSync(folder).filter((f) => f.endsWith('.json'));
  assert.ok(files.length > 0);
  for (const file of files) {
    const json = readFileSync(join(folder, file), 'utf8');
    assert.deepEqual(sourceReportSchema.parse(JSON.parse(json)), JSON.parse(json), file);
  }
});

test('a report with an unknown or mistyped field is an error naming the file and field', () => {
  const json = readFileSync(join(contentDir, 'reports', readdirSync(join(contentDir, 'reports')).find((f) => f.endsWith('.json'))!), 'utf8');
  const report = JSON.parse(json) as Record<string, unknown>;
  assert.throws(() => parseSourceReport(JSON.stringify({ ...report, extra: 1 }), 'x.json'), (error: Error) => error instanceof ReportError && error.message.startsWith('x.json: ') && error.message.includes('extra'));
  assert.throws(() => parseSourceReport(JSON.stringify({ ...report, rawLines: '291' }), 'x.json'), (error: Error) => error instanceof ReportError && error.message.includes('rawLines'));
  assert.throws(() => parseSourceReport('{', 'x.json'), (error: Error) => error instanceof ReportError && error.message.startsWith('x.json: not JSON'));
});
