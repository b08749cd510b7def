/**
 * One article as the data export gives it (content-model/schemas/article-export.ts; written by
 * scripts/export-data.ts, described on /about/data/):
 *
 * - `articleExport(slug, data, blocks, site)`: the JSON record — the frontmatter as it is (values with
 *   their basis and evidence), every block with its permalink (routes.ts `paragraphPath`), label
 *   (labels/block-label.ts), number, clause, print page, raw lines (raw-source-ranges.ts) and the notes it
 *   refers to, and its text;
 * - `articleText(data, blocks)`: the article as plain text, UTF-8 with LF line ends: title (and
 *   subtitle), the people the source names (or an official document's issuing body), venue, issue and
 *   date as the page shows them, then each heading, paragraph and table row on a line of its own with a
 *   blank line between blocks, and the footnotes under `注释` as `1. …`.
 *
 * Input: the article's slug, its validated frontmatter, its corpus blocks (read-corpus.ts) and the
 * site's origin. Output: the record (checked against the export schema) or the text.
 * Errors: `articleExport` throws zod's error if the record does not fit the schema (a bug here, not bad
 * input: the frontmatter was validated when read).
 */
import type { ArticleFrontmatter } from '../content-model/schemas/article.ts';
import { articleExportSchema, exportFormat, type ArticleExport, type ExportedBlock } from '../content-model/schemas/article-export.ts';
import type { CorpusBlock } from '../content-model/corpus/corpus-types.ts';
import { blockLabel } from '../content-model/labels/block-label.ts';
import { formatDate, roleLabels } from '../content-model/labels/bibliography.ts';
import { parseLineRanges } from '../content-model/raw-source/raw-source-ranges.ts';
import { articlePath, articleSourcePath, paragraphPath } from '../routes.ts';

export function articleExport(slug: string, data: ArticleFrontmatter, blocks: readonly CorpusBlock[], site: URL): ArticleExport {
  const record: ArticleExport = {
    format: exportFormat,
    slug,
    url: new URL(articlePath(slug), site).href,
    sourceUrl: new URL(articleSourcePath(slug), site).href,
    bibliography: data,
    blocks: blocks.map((block): ExportedBlock => {
      const out: ExportedBlock = {
        id: block.anchor,
        url: new URL(paragraphPath(slug, block.anchor), site).href,
        kind: block.kind,
        label: blockLabel(block),
        rawLines: block.lines === undefined ? [] : parseLineRanges(block.lines),
        text: block.text,
      };
      if (block.n !== undefined) out.n = block.n;
      if (block.clause !== undefined) out.clause = block.clause;
      if (block.page !== undefined) out.page = block.page;
      if (block.notes !== undefined) out.notes = [...block.notes];
      return out;
    }),
  };
  return articleExportSchema.parse(record);
}

export function articleText(data: ArticleFrontmatter, blocks: readonly CorpusBlock[]): string {
  const head = [data.subtitle ? `${data.title.value}${data.subtitle.value}` : data.title.value];
  const people = data.authors.map((a) => `${roleLabels[a.role]}：${a.name.value}${a.affiliation ? `（${a.affiliation.value}）` : ''}`);
  if (people.length > 0) head.push(...people);
  else if (data.issuer) head.push(`发布机构：${data.issuer.value}`);
  const record = [data.venue?.value, data.issue?.value, data.date && formatDate(data.date.value), data.place?.value].filter((v) => v !== undefined);
  if (record.length > 0) head.push(record.join('，'));
  const body: string[] = [];
  let row: { anchor: string; cells: string[] } | undefined;
  const flushRow = () => {
    if (row) body.push(row.cells.join('\t'));
    row = undefined;
  };
  const notes: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'cell') {
      if (row?.anchor !== block.anchor) flushRow();
      row ??= { anchor: block.anchor, cells: [] };
      row.cells.push(block.text);
      continue;
    }
    flushRow();
    if (block.kind === 'note') notes.push(`${block.n}. ${block.text}`);
    else body.push(block.text);
  }
  flushRow();
  const parts = [head.join('\n'), ...body];
  if (notes.length > 0) parts.push(`注释\n${notes.join('\n')}`);
  return `${parts.join('\n\n')}\n`;
}
