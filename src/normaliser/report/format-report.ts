/**
 * Format one source's normalisation report for the terminal (`npm run normalise -- --report`).
 *
 * Input: a `SourceReport` (normalise-source.ts). Output: plain text — lines in; per article paragraphs,
 * headings, captions, tables and footnotes (markers, bodies, paired, unpaired); Han characters in the raw
 * text, published and removed, the removals by rule or hint, unexplained losses and additions; and every
 * hint applied with its reason.
 */
import type { SourceReport } from './source-report.ts';

export function formatReport(report: SourceReport): string {
  const out = [`== ${report.file}  (${report.rawLines} lines in, ${report.blankLines} blank)`];
  for (const a of report.articles) {
    const f = a.footnotes;
    out.push(`  ${a.slug}: ${a.paragraphs} paragraphs, ${a.headings} headings, ${a.captions} captions, ${a.tables} tables; footnotes: ${f.markers} markers, ${f.bodies} bodies, ${f.paired} paired, ${f.missingBody} without body, ${f.noMarker} without marker`);
  }
  const h = report.han;
  out.push(`  Han characters: ${h.raw} raw = ${h.published} published + ${h.removed} removed; unexplained ${Object.keys(h.unexplained).length}, added ${Object.keys(h.added).length}`);
  for (const [by, n] of Object.entries(h.removedBy)) out.push(`    removed ${String(n).padStart(4)} by ${by}`);
  for (const hint of report.hints) out.push(`  hint ${hint.article} ${hint.hint} ${hint.lines}: ${hint.reason}`);
  return out.join('\n');
}
