/**
 * Layout of an official document (sourceKind `official-document`): a declaration, charter, communiqué,
 * statement or agreement as a web page or a clean PDF gives it — one paragraph per line or per run of
 * wrapped lines, structured by numbered parts and clauses rather than by print pages and footnotes.
 *
 * Artifacts and rules (tests/fixtures/official-document/: texts written for the tests in the shape of
 * such documents):
 * - a part heading is a short line that opens with a part number and holds no clause punctuation
 *   (，；：。 — the first line of a wrapped numbered paragraph, `二、成员国认为，经济合作`, is no heading):
 *   `一、政治合作` (level 2), `第一章　总则` (level 2), `（一）安全领域` (level 3); its number is kept
 *   apart (`numbering`) so the spacing rules do not touch it;
 * - a numbered clause always begins a block, even where the line before does not end a sentence (a
 *   list item ending in `；`): `第五条　…`, `一、成员国认为…` (a part number opening a long paragraph),
 *   `（二）…`, `3．…`;
 * - otherwise a line that does not end a sentence is continued by the next non-blank line (a PDF or a
 *   narrow web page wraps long paragraphs: `…各方\n一致认为…`), as line-per-paragraph.ts does;
 * - blank lines separate nothing by themselves (web pages put one between every paragraph, PDFs none).
 *
 * What each clause is called (第三部分第5段, 第五条) is decided later, on the published blocks
 * (blocks/clauses.ts). Input/output: see shared/layout.ts. Never throws.
 */
import type { SourceLine } from '../shared/types.ts';
import type { Layout, RawBlock } from '../shared/layout.ts';
import { endsSentence, visualWidth } from './line-shape.ts';
import { ARTICLE_NUMBER, CHAPTER_NUMBER, PART_NUMBER, POINT_NUMBER, SUBPART_NUMBER } from '../shared/clause-numbers.ts';

/** The longest a heading may be, in em (visualWidth): longer numbered lines are clauses. */
export const HEADING_MAX_WIDTH = 30;

/** Whether a line opens a numbered unit (and so always begins a block). */
export function opensClause(text: string): boolean {
  const t = text.trim();
  return [PART_NUMBER, CHAPTER_NUMBER, SUBPART_NUMBER, ARTICLE_NUMBER, POINT_NUMBER].some((re) => re.test(t));
}

/** A heading's level and number, or undefined when the line is not a heading. */
export function headingOf(text: string): { level: 2 | 3; numbering: string; title: string } | undefined {
  const t = text.trim();
  // A heading holds no clause punctuation: `二、成员国认为，经济合作` is the first line of a wrapped paragraph.
  if (endsSentence(t) || /[，；：。,;:]/u.test(t) || visualWidth(t) > HEADING_MAX_WIDTH) return undefined;
  for (const [re, level] of [[CHAPTER_NUMBER, 2], [PART_NUMBER, 2], [SUBPART_NUMBER, 3]] as const) {
    const m = re.exec(t);
    if (m && t.length > m[0].length) return { level, numbering: m[0], title: t.slice(m[0].length) };
  }
  return undefined;
}

export const officialDocumentLayout: Layout = (lines) => {
  const blocks: RawBlock[] = [];
  let current: SourceLine[] = [];
  const flush = () => {
    if (current.length > 0) blocks.push({ kind: 'paragraph', lines: current });
    current = [];
  };
  for (const line of lines) {
    if (line.text.trim() === '') continue;
    const heading = headingOf(line.text);
    if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: heading.level, lines: [line], numbering: heading.numbering, title: heading.title });
      continue;
    }
    if (opensClause(line.text)) flush();
    current.push(line);
    if (endsSentence(line.text)) flush();
  }
  flush();
  return { blocks, dropped: [], pageEnds: [] };
};
