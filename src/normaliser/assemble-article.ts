/**
 * Assemble one article of a source: take its segments in reading order, apply its role hints, run the
 * source's layout over the remaining lines, normalise every block's text, and check the title, subtitle
 * and byline hints against the manifest's bibliography.
 *
 * Input: the source's prepared lines (character maps applied; lines removed by line rules are absent),
 * the manifest article, the layout name and spacing options.
 * Footnotes are attached to their markers (blocks/footnotes.ts) and every block learns its print page
 * (blocks/print-pages.ts), with page starts inside blocks carried as inline anchors.
 *
 * Output: `{ blocks, used, dropped, editorialNotes }` — published blocks in reading order (the notes
 * last), every raw line number the article consumed, the lines its layout or hints dropped, and the
 * hints applied.
 * Throws `NormaliseError` (file, line, field) when a hint's text does not match the bibliography.
 */
import type { Layout as LayoutName, ManifestArticle, RoleHint } from '../content-model/schemas/manifest.ts';
import type { ArticleFrontmatter } from '../content-model/schemas/article.ts';
import type { Block, DroppedLine, SourceLine } from './shared/types.ts';
import type { LayoutResult, PageEnd, RawBlock } from './shared/layout.ts';
import { attachFootnotes } from './blocks/footnotes.ts';
import { printPages } from './blocks/print-pages.ts';
import { parseTable, type ParsedTable } from './blocks/table.ts';
import { pageAnchor } from './inline/anchors.ts';
import type { TextOptions as SpaceOptions } from './text/normalise-text.ts';
import { normaliseText } from './text/normalise-text.ts';
import { columnsLayout } from './layouts/columns.ts';
import { linePerParagraphLayout } from './layouts/line-per-paragraph.ts';
import { pdfJournalLayout } from './layouts/pdf-journal.ts';
import { markdownLayout } from './layouts/markdown.ts';
import { officialDocumentLayout } from './layouts/official-document.ts';
import { NormaliseError } from './shared/normalise-error.ts';

export interface PreparedLine extends SourceLine {
  /** chen-zeng-2019-guoji-zhanwang only: the line carried Markdown `#` marks. */
  markdownHeading?: boolean;
}

export interface AssembledArticle {
  blocks: Block[];
  used: number[];
  dropped: DroppedLine[];
  pageEnds: PageEnd[];
  editorialNotes: ArticleFrontmatter['editorialNotes'];
  /** The `paragraphStarts` hints that split a paragraph (a hint missing here changed nothing). */
  paragraphStartsApplied: Set<number>;
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
    case 'official-document':
      return officialDocumentLayout(lines);
  }
}

const LEAVES_TEXT: ReadonlySet<RoleHint['role']> = new Set(['drop', 'title', 'subtitle', 'byline', 'note']);
const rangeText = ([a, b]: readonly [number, number]) => (a === b ? `L${a}` : `L${a}–L${b}`);
const squash = (s: string) => s.replace(/\s/gu, '');

/** A parsed table as one layout block: its lines, and which of them make caption and cells. */
function tableBlock(parsed: ParsedTable): RawBlock {
  const lines: SourceLine[] = [];
  const take = (cell: readonly SourceLine[]) => cell.map((line) => lines.push(line) - 1);
  return { kind: 'table', lines, table: { caption: take([parsed.caption]), header: parsed.header.map(take), rows: parsed.rows.map((row) => row.map(take)) } };
}

function toBlock(raw: RawBlock, spaces: SpaceOptions): Block {
  const lines = [...new Set(raw.lines.map((l) => l.no))];
  if (raw.kind === 'table' && raw.table) {
    const text = (indices: readonly number[]) => normaliseText(indices.map((i) => raw.lines[i]!.text), spaces);
    const table = { caption: text(raw.table.caption), header: raw.table.header.map(text), rows: raw.table.rows.map((row) => row.map(text)) };
    return { kind: 'table', lines, text: [table.caption, ...table.header, ...table.rows.flat()].join('\n'), table };
  }
  if (raw.kind === 'heading') {
    const text = raw.numbering !== undefined ? raw.numbering + normaliseText([raw.title ?? ''], spaces) : normaliseText(raw.lines.map((l) => l.text), spaces);
    return { kind: 'heading', level: raw.level ?? 2, lines, text };
  }
  return { kind: 'paragraph', lines, text: normaliseText(raw.lines.map((l) => l.text), spaces) };
}

/** Put a page anchor before the first non-space character of `text`. */
function withPageAnchor(text: string, page: number): string {
  const at = text.search(/\S/u);
  return at < 0 ? text : text.slice(0, at) + pageAnchor(page) + text.slice(at);
}

/**
 * Split layout paragraphs before each hinted paragraph-start line (manifest `paragraphStarts`), recording
 * in `applied` the hinted lines that split one.
 */
function splitAtParagraphStarts(blocks: readonly RawBlock[], starts: ReadonlySet<number>, applied: Set<number>): RawBlock[] {
  return blocks.flatMap((block) => {
    if (block.kind !== 'paragraph') return [block];
    const parts: RawBlock[] = [];
    let current: SourceLine[] = [];
    for (const line of block.lines) {
      if (current.length > 0 && starts.has(line.no)) {
        applied.add(line.no);
        parts.push({ ...block, lines: current });
        current = [];
      }
      current.push(line);
    }
    parts.push({ ...block, lines: current });
    return parts;
  });
}

/** Split note blocks before each hinted note-start line (manifest `noteStarts`). */
function splitAtNoteStarts(blocks: readonly RawBlock[], starts: ManifestArticle['noteStarts']): RawBlock[] {
  return blocks.flatMap((block) => {
    const parts: RawBlock[] = [];
    for (const line of block.lines) {
      const start = starts.find((s) => s.line === line.no);
      const last = parts.at(-1);
      if (last && !start) last.lines.push(line);
      else parts.push({ kind: 'note', lines: [line], ...(start?.marker !== undefined ? { marker: start.marker } : block.marker !== undefined ? { marker: block.marker } : {}) });
    }
    return parts;
  });
}

/** A note block that carries the title's `*` note (chen-zeng-2019-guoji-zhanwang L23), not a numbered footnote. */
const isTitleNote = (raw: RawBlock) => /^\s*\*\s/u.test(raw.lines[0]?.text ?? '');

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
      dropped.push(...nos.map((no) => ({ no, by: `hint: drop ${rangeText(hint.lines)}` })));
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
    case 'note':
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
    case 'table':
      throw new NormaliseError(where, 'roles.table', 'a table hint is rebuilt before hints are applied'); // unreachable by construction
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

  const out: AssembledArticle = { blocks: [], used: ordered.map((l) => l.no), dropped: [], pageEnds: [], editorialNotes: [], paragraphStartsApplied: new Set() };
  const paragraphStarts = new Set(article.paragraphStarts.map((p) => p.line));
  if (article.segments.length > 1) {
    // split and reading order are hints too (jingji-ribao-2021-sco-20, zhiku-yuanzhuo-54-tianjin-summit): list them first among the editorial notes
    out.editorialNotes.push({ hint: 'reading order', lines: article.segments.map(rangeText).join(', '), reason: article.segmentsReason, note: article.segmentsNote! });
  }
  // Reading order as a list of layout blocks and role hints; a hint's lines are gathered first, since a
  // hinted range may be split by segments.
  const items: ({ raw: RawBlock; role?: 'title-note' } | { hint: RoleHint })[] = [];
  const noteBlocks: RawBlock[] = [];
  const hintLines = new Map<RoleHint, PreparedLine[]>();

  let free: PreparedLine[] = [];
  const flushFree = () => {
    if (free.length === 0) return;
    const result = runLayout(layout, free);
    out.dropped.push(...result.dropped);
    out.pageEnds.push(...result.pageEnds);
    for (const raw of splitAtParagraphStarts(result.blocks, paragraphStarts, out.paragraphStartsApplied)) {
      if (raw.kind !== 'note') items.push({ raw });
      else if (isTitleNote(raw)) items.push({ raw: { kind: 'paragraph', lines: raw.lines.map((l, i) => (i === 0 ? { ...l, text: l.text.replace(/^\s*\*\s*/u, '') } : l)) }, role: 'title-note' });
      else noteBlocks.push(raw);
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
    // around them: sun-zhuangzhi-sco-community's running header L551 sits inside a sentence broken by a page end.
    if (!LEAVES_TEXT.has(hint.role)) flushFree();
    const gathered = hintLines.get(hint);
    if (gathered) {
      gathered.push(line);
      continue;
    }
    hintLines.set(hint, [line]);
    items.push({ hint });
    out.editorialNotes.push({ hint: hint.role === 'heading' ? `heading level ${hint.level}` : hint.role, lines: rangeText(hint.lines), reason: hint.reason, note: hint.note });
  }
  flushFree();

  // Tables: rebuilt from their hinted lines into a layout block.
  for (const [i, item] of items.entries()) {
    if (!('hint' in item) || item.hint.role !== 'table') continue;
    const parsed = parseTable(hintLines.get(item.hint) ?? [], file);
    out.dropped.push(...parsed.dropped);
    out.pageEnds.push(...parsed.pageEnds);
    items[i] = { raw: tableBlock(parsed) };
  }
  out.pageEnds.sort((a, b) => a.atLine - b.atLine);

  // Footnotes: markers in layout blocks become note anchors; bodies become numbered notes.
  for (const [hint, lines] of hintLines) if (hint.role === 'note') noteBlocks.push({ kind: 'note', lines });
  noteBlocks.sort((a, b) => a.lines[0]!.no - b.lines[0]!.no);
  const splitNotes = splitAtNoteStarts(noteBlocks, article.noteStarts);
  for (const start of article.noteStarts) out.editorialNotes.push({ hint: 'note start', lines: `L${start.line}`, reason: start.reason, note: start.note });
  for (const start of article.paragraphStarts) out.editorialNotes.push({ hint: 'paragraph start', lines: `L${start.line}`, reason: start.reason, note: start.note });
  const layoutBlocks = items.flatMap((item) => ('raw' in item ? [item.raw] : []));
  const { body, notes } = attachFootnotes(layoutBlocks, splitNotes, out.pageEnds);
  const anchoredOf = new Map(layoutBlocks.map((raw, i) => [raw, body[i]!]));

  // Print pages: of each block's first line, and page starts inside blocks as anchors.
  const bodyLines = body.flatMap((b) => b.lines.map((l) => l.no));
  const pages = printPages(out.pageEnds, article.bibliography.pages?.value, bodyLines);

  for (const item of items) {
    if ('hint' in item) {
      out.blocks.push(...applyHint(file, item.hint, hintLines.get(item.hint) ?? [], article, spaces, out.dropped));
      continue;
    }
    const raw = anchoredOf.get(item.raw)!;
    const [first, ...rest] = raw.lines;
    const startPage = first ? pages.pageStarts.get(first.no) : undefined;
    const marked = new Set(first ? [first.no] : []); // cells cut from one line share its number: mark once
    const lines = [
      ...(first ? [first] : []),
      ...rest.map((l) => {
        const start = pages.pageStarts.get(l.no);
        if (start === undefined || marked.has(l.no)) return l;
        marked.add(l.no);
        return { ...l, text: withPageAnchor(l.text, start) };
      }),
    ];
    const block = toBlock({ ...raw, lines }, spaces);
    const page = first ? pages.pageOfLine.get(first.no) : null;
    out.blocks.push({
      ...block,
      ...(item.role ? { role: item.role } : {}),
      ...(page != null ? { page } : {}),
      ...(startPage !== undefined ? { pageStart: startPage } : {}),
    });
  }

  if (notes.length > 0) {
    for (const note of notes) {
      const page = note.lines[0] ? (pages.values[out.pageEnds.findLastIndex((e) => e.atLine <= note.lines[0]!.no)] ?? null) : null;
      out.blocks.push({
        kind: 'note',
        lines: note.lines.map((l) => l.no),
        text: normaliseText(note.lines.map((l) => l.text), spaces),
        note: { n: note.n, status: note.status },
        ...(page != null ? { page } : {}),
      });
    }
  }
  return out;
}
