/**
 * Serialise one normalised article as an MDX collection entry.
 *
 * Input: `frontmatter` (already valid against articleFrontmatterSchema) and `blocks` in reading order,
 * each with its permalink id. Output: the file's text — YAML frontmatter between `---` lines, then one
 * MDX line per block separated by blank lines:
 * - heading: `<Heading id="p2x8k1m" level={2} lines="168">20年成就瞩目</Heading>` (components, not `##`,
 *   so a heading carries its permalink id and source lines like a paragraph);
 * - paragraph: `<Para id="p4k2x9q" n={12} lines="15-19,23" role="caption">escaped text</Para>`; front matter
 *   (roles `abstract`, `keywords`, `front-matter`) has no number: `<Para id="p0g9c13" lines="7" role="abstract">`;
 *   an official document's paragraph carries its clause label: `<Para id="…" n={7} lines="12" clause="第三部分第2段">`;
 * - inline anchors in text: `<NoteRef n={3} />` (second reference to one note: `id="ref-3-2"`; a note
 *   whose body is lost: `missing`) and `<PageMark page={58} />`; `page={57}` on a block that starts on a
 *   known print page;
 * - a table: `<Table id lines page>` with `<TableCaption>`, then `<TableHead>` holding one `<Row header>`
 *   of `<Cell header>`, then `<TableBody>` holding one `<Row id="<table id>-r<k>">` of `<Cell>` per row
 *   (k from 1, so a row can be cited and linked), each on its own line (the row groups become `<thead>`
 *   and `<tbody>`: a header row is marked as one, and HTML rows are not left to the parser's implied
 *   `<tbody>`);
 * - `aliases="p1,p2"` on a block that older ids now land on; after the body, `<Retired id="…">old text</Retired>`
 *   (`moved="metadata"` when that text is now a front-matter field of the metadata list)
 *   for each id whose text is gone (its old link lands on that notice);
 * - the notes last, inside `<Notes>` … `</Notes>` (the component supplies the 注释 heading, so no text
 *   is added to the article): `<Note n={3} lines="87-88" page={2} status="no-marker">text</Note>`
 *   (`status` absent when marker and body were paired). `lines` is left out where a block has none.
 * Deterministic: object keys are written in insertion order, nothing depends on time or environment.
 */
import { stringify } from 'yaml';
import type { ArticleFrontmatter } from '../../content-model/schemas/article.ts';
import type { Block } from '../shared/types.ts';
import { escapeMdxText } from './escape.ts';
import { splitAnchors } from '../inline/anchors.ts';

export interface PublishedBlock extends Block {
  id: string;
  n: number;
  /** Older permalink ids that now land on this block (after a split or merge). */
  aliases?: string[];
}

/** Compress sorted-as-read line numbers into `a-b,c` ranges, keeping reading order. */
export function formatLineRanges(lines: readonly number[]): string {
  const parts: string[] = [];
  let start = lines[0];
  let prev = start;
  for (const no of [...lines.slice(1), undefined]) {
    if (no !== undefined && prev !== undefined && no === prev + 1) {
      prev = no;
      continue;
    }
    if (start !== undefined) parts.push(start === prev ? `${start}` : `${start}-${prev}`);
    start = no;
    prev = no;
  }
  return parts.join(',');
}

/** Escaped text with its inline anchors as components; repeated references to one note get `ref-n-k` ids. */
function inlineMdx(text: string, refsSeen: Map<number, number>): string {
  return splitAnchors(text)
    .map((part) => {
      if (typeof part === 'string') return escapeMdxText(part);
      if (part.kind === 'page') return `<PageMark page={${part.page}} />`;
      const k = (refsSeen.get(part.n) ?? 0) + 1;
      refsSeen.set(part.n, k);
      return `<NoteRef n={${part.n}}${k > 1 ? ` id="ref-${part.n}-${k}"` : ''}${part.missing ? ' missing' : ''} />`;
    })
    .join('');
}

function blockToMdx(block: PublishedBlock, refsSeen: Map<number, number>): string {
  const lines = block.lines.length > 0 ? ` lines="${formatLineRanges(block.lines)}"` : '';
  const page = (block.page !== undefined ? ` page={${block.page}}` : '') + (block.aliases ? ` aliases="${block.aliases.join(',')}"` : '');
  if (block.kind === 'table') {
    const t = block.table!;
    const cells = (texts: readonly string[], header: boolean) => texts.map((c) => `<Cell${header ? ' header' : ''}>${inlineMdx(c, refsSeen)}</Cell>`).join('');
    return [
      `<Table id="${block.id}"${lines}${page}>`,
      `<TableCaption>${inlineMdx(t.caption, refsSeen)}</TableCaption>`,
      '<TableHead>',
      `<Row header>${cells(t.header, true)}</Row>`,
      '</TableHead>',
      '<TableBody>',
      ...t.rows.map((row, r) => `<Row id="${block.id}-r${r + 1}">${cells(row, false)}</Row>`),
      '</TableBody>',
      '</Table>',
    ].join('\n');
  }
  const text = (block.pageStart !== undefined ? `<PageMark page={${block.pageStart}} />` : '') + inlineMdx(block.text, refsSeen);
  if (block.kind === 'heading') return `<Heading id="${block.id}" level={${block.level ?? 2}}${lines}${page}>${text}</Heading>`;
  if (block.kind === 'note') {
    const status = block.note!.status === 'paired' ? '' : ` status="${block.note!.status}"`;
    return `<Note n={${block.note!.n}}${lines}${page}${status}>${text}</Note>`;
  }
  const role = block.role ? ` role="${block.role}"` : '';
  // A clause label is made of the numbering the clause rules matched (Han numerals, digits, 第…部分段条款, （）): no quote can occur.
  const clause = block.clause ? ` clause="${block.clause}"` : '';
  return `<Para id="${block.id}"${block.n > 0 ? ` n={${block.n}}` : ''}${lines}${page}${role}${clause}>${text}</Para>`;
}

/**
 * Whether a retired block's text now stands in the article's front-matter metadata: a labelled field
 * (`【中图分类号】D813.4` → `classification`) or the title note, whose old links then say where it went.
 */
function movedToMetadata(text: string, frontmatter: ArticleFrontmatter): boolean {
  const values = Object.values(frontmatter.frontMatter ?? {}).flatMap((claim) => (claim === undefined ? [] : Array.isArray(claim.value) ? [claim.value.join('')] : [claim.value]));
  const body = text.replace(/^【[^】]{1,12}】\s*/u, '');
  return values.some((value) => value === body);
}

export function writeArticle(frontmatter: ArticleFrontmatter, blocks: readonly PublishedBlock[], retired: readonly { id: string; text: string }[] = []): string {
  const refsSeen = new Map<number, number>();
  const text = [
    ...blocks.filter((b) => b.kind !== 'note').map((b) => blockToMdx(b, refsSeen)),
    ...retired.map((r) => {
      const text = r.text.replace(/^[a-z]+:/u, '');
      return `<Retired id="${r.id}"${movedToMetadata(text, frontmatter) ? ' moved="metadata"' : ''}>${escapeMdxText(text)}</Retired>`;
    }),
  ];
  const notes = blocks.filter((b) => b.kind === 'note').map((b) => blockToMdx(b, refsSeen));
  const body = [...text, ...(notes.length > 0 ? ['<Notes>', ...notes, '</Notes>'] : [])].join('\n\n');
  return `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body}\n`;
}
