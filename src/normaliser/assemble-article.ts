/**
 * Assemble one article of a source: take its segments in reading order, apply its role hints, run the
 * source's layout over the remaining lines, normalise every block's text, and check the title, subtitle
 * and byline hints against the manifest's bibliography.
 *
 * Input: the source's prepared lines (character maps applied; lines removed by line rules are absent),
 * the manifest article, the layout name and spacing options.
 * Output: `{ blocks, used, dropped, editorialNotes }` — published blocks in reading order (the notes,
 * not yet attached to markers, last, under a `注释` heading), every raw line number the article consumed,
 * the lines its layout or hints dropped, and the hints applied.
 * Throws `NormaliseError` (file, line, field) when a hint's text does not match the bibliography.
 */
import type { Layout as LayoutName, ManifestArticle, RoleHint } from '../schemas/manifest.ts';
import type { ArticleFrontmatter } from '../schemas/article.ts';
import type { Block, DroppedLine, SourceLine } from './types.ts';
import type { LayoutResult, RawBlock } from './layouts/types.ts';
import type { SpaceOptions } from './text/spaces.ts';
import { normaliseText } from './text/normalise-text.ts';
import { columnsLayout } from './layouts/columns.ts';
import { linePerParagraphLayout } from './layouts/line-per-paragraph.ts';
import { pdfJournalLayout } from './layouts/pdf-journal.ts';
import { markdownLayout } from './layouts/markdown.ts';
import { NormaliseError } from './errors.ts';

export interface PreparedLine extends SourceLine {
  /** 003 only: the line carried Markdown `#` marks. */
  markdownHeading?: boolean;
}

export interface AssembledArticle {
  blocks: Block[];
  used: number[];
  dropped: DroppedLine[];
  pageBreaks: LayoutResult['pageBreaks'];
  editorialNotes: ArticleFrontmatter['editorialNotes'];
}

function runLayout(layout: LayoutName, lines: readonly PreparedLine[]): LayoutResult {
  switch (layout) {
    case 'columns':
      return columnsLayout(lines);
    case 'line-per-paragraph':
      return linePerParagraphLayout(lines);
    case 'pdf-journal':
      return pdfJournalLayout(lines);
    case 'markdown':
      return markdownLayout(lines, new Set(lines.filter((l) => l.markdownHeading).map((l) => l.no)));
  }
}

const LEAVES_TEXT: ReadonlySet<RoleHint['role']> = new Set(['drop', 'title', 'subtitle', 'byline']);
const rangeText = ([a, b]: readonly [number, number]) => (a === b ? `L${a}` : `L${a}–L${b}`);
const squash = (s: string) => s.replace(/\s/gu, '');

function toBlock(raw: RawBlock, spaces: SpaceOptions): Block {
  const lines = raw.lines.map((l) => l.no);
  if (raw.kind === 'heading') {
    const text = raw.numbering !== undefined ? raw.numbering + normaliseText([raw.title ?? ''], spaces) : normaliseText(raw.lines.map((l) => l.text), spaces);
    return { kind: 'heading', level: raw.level ?? 2, lines, text };
  }
  const text = normaliseText(raw.lines.map((l) => l.text), spaces);
  return raw.kind === 'note' ? { kind: 'paragraph', role: 'footnote', lines, text } : { kind: 'paragraph', lines, text };
}

/**
 * What a role hint's lines become: nothing (drop; title, subtitle and byline, after checking them
 * against the bibliography), a heading, or a paragraph with that role. Dropped lines go to `dropped`.
 */
function applyHint(
  file: string,
  hint: RoleHint,
  lines: readonly PreparedLine[],
  article: ManifestArticle,
  spaces: SpaceOptions,
  dropped: DroppedLine[],
): Block[] {
  const content = lines.filter((l) => l.text.trim() !== '');
  const text = normaliseText(content.map((l) => l.text), spaces);
  const nos = content.map((l) => l.no);
  const where = `${file}:${hint.lines[0]}`;
  const bib = article.bibliography;
  switch (hint.role) {
    case 'drop':
      dropped.push(...nos.map((no) => ({ no, by: `hint: ${hint.reason}` })));
      break;
    case 'title':
    case 'subtitle':
    case 'byline':
      dropped.push(...nos.map((no) => ({ no, by: `metadata: ${hint.role}` })));
      break;
    default:
      break;
  }
  switch (hint.role) {
    case 'drop':
      return [];
    case 'title':
    case 'subtitle': {
      const expected = hint.role === 'title' ? bib.title.value : bib.subtitle?.value;
      if (squash(text) !== squash(expected ?? '')) {
        throw new NormaliseError(where, `bibliography.${hint.role}`, `the ${hint.role} lines read "${text}", the manifest says "${expected ?? '(absent)'}"`);
      }
      return [];
    }
    case 'byline': {
      const absent = bib.authors.filter((a) => a.role !== 'interviewee' && !squash(text).includes(squash(a.name.value)));
      if (absent.length > 0) {
        throw new NormaliseError(where, 'bibliography.authors', `the byline "${text}" does not name ${absent.map((a) => a.name.value).join('、')}`);
      }
      return [];
    }
    case 'heading':
      return [{ kind: 'heading', level: hint.level, lines: nos, text }];
    default:
      return [{ kind: 'paragraph', role: hint.role, lines: nos, text }];
  }
}

export function assembleArticle(
  file: string,
  article: ManifestArticle,
  lineByNo: ReadonlyMap<number, PreparedLine>,
  layout: LayoutName,
  spaces: SpaceOptions,
): AssembledArticle {
  const hintOf = new Map<number, RoleHint>();
  for (const hint of article.roles) for (let no = hint.lines[0]; no <= hint.lines[1]; no++) hintOf.set(no, hint);

  const ordered: PreparedLine[] = [];
  for (const [from, to] of article.segments) {
    for (let no = from; no <= to; no++) {
      const line = lineByNo.get(no);
      if (line) ordered.push(line);
    }
  }

  const out: AssembledArticle = { blocks: [], used: ordered.map((l) => l.no), dropped: [], pageBreaks: [], editorialNotes: [] };
  const notes: Block[] = [];
  // Reading order as a list of layout blocks and role hints; a hint's lines are gathered first, since a
  // hinted range may be split by segments.
  const items: ({ block: Block } | { hint: RoleHint })[] = [];
  const hintLines = new Map<RoleHint, PreparedLine[]>();

  let free: PreparedLine[] = [];
  const flushFree = () => {
    if (free.length === 0) return;
    const result = runLayout(layout, free);
    out.dropped.push(...result.dropped);
    out.pageBreaks.push(...result.pageBreaks);
    for (const raw of result.blocks) {
      const block = toBlock(raw, spaces);
      if (raw.kind === 'note') notes.push(block);
      else items.push({ block });
    }
    free = [];
  };

  for (const line of ordered) {
    const hint = hintOf.get(line.no);
    if (!hint) {
      free.push(line);
      continue;
    }
    // Lines that leave the text (drop, title, subtitle, byline) do not interrupt the running text
    // around them: 002's running header L551 sits inside a sentence broken by a page end.
    if (!LEAVES_TEXT.has(hint.role)) flushFree();
    const gathered = hintLines.get(hint);
    if (gathered) {
      gathered.push(line);
      continue;
    }
    hintLines.set(hint, [line]);
    items.push({ hint });
    out.editorialNotes.push({ hint: hint.role === 'heading' ? `heading level ${hint.level}` : hint.role, lines: rangeText(hint.lines), reason: hint.reason });
  }
  flushFree();

  for (const item of items) {
    if ('block' in item) out.blocks.push(item.block);
    else out.blocks.push(...applyHint(file, item.hint, hintLines.get(item.hint) ?? [], article, spaces, out.dropped));
  }

  if (notes.length > 0) out.blocks.push({ kind: 'heading', level: 2, lines: [], text: '注释' }, ...notes);
  return out;
}
