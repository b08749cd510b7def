/**
 * Separate a journal article's printed front matter from its body: the abstract and keywords stay on the
 * page as unnumbered blocks at the top, the record fields become metadata, and only the body is numbered.
 *
 * Artifact: journals print a block of labelled fields before the text, which the layouts publish as
 * paragraphs, so they took the body's first paragraph numbers and a phone's first screen:
 * - chen-zeng-2019-guoji-zhanwang L7–L19 `**【内容摘要】**…`, `**【关键词】**…`, `**【作者简介】**…`,
 *   `**【中图分类号】**D813.4`, `**【文献标识码】**A`, `**【文章编号】**1006-1568-(2019)06-0090-19`,
 *   `**【DOI编号】**10.13851/j.cnki.gjzw.201906005`, and the title's `*` note L23
 *   `\* 本文系国家社科基金…的阶段性成果…`;
 * - sun-zhuangzhi-sco-community L1–L31 and han-lu-sco-international-cooperation L6–L26 `【内容提要】`,
 *   `【关 键 词】`, `【基金项目】`, `【作者简介】` (letter-spaced labels).
 *
 * Rule: a paragraph whose text opens with a bracketed label `【…】` (spaces inside the label ignored) is a
 * front-matter field when the label is one of `FIELD_OF_LABEL`; so is the title note (role `title-note`,
 * made by assemble-article.ts from a `*` note). A role hint `front-matter` (zhiku-yuanzhuo-54-tianjin-summit
 * L3, the column label) stays a block, unnumbered.
 * - `摘要`/`内容摘要`/`内容提要` → role `abstract`, `关键词` → role `keywords`: published where they stand,
 *   unnumbered; the keywords also go to metadata, split at spaces (a keyword list's separators).
 * - every other field → metadata (`FrontMatter`, each value `stated` with its raw lines as evidence), and
 *   the block leaves the body: its lines are reported as removed by `front matter → metadata: <label>`,
 *   so the Han-character accounting still covers every character.
 *
 * Input: the article's assembled blocks in reading order. Output: `{ blocks, frontMatter, dropped }` —
 * the blocks without the metadata fields, the fields found, and the lines they came from.
 * Throws `Error` naming the label and raw line when one field is printed twice (which value is the
 * record's would be a guess).
 */
import type { Block, DroppedLine } from '../shared/types.ts';
import type { ArticleFrontmatter } from '../../content-model/schemas/article.ts';
import { stripAnchors } from '../inline/anchors.ts';

/** The fields found: the frontmatter's `frontMatter` (src/content-model/schemas/article.ts), whose schema validates them. */
export type FrontMatter = NonNullable<ArticleFrontmatter['frontMatter']>;
type MetadataField = Exclude<keyof FrontMatter, 'keywords'>;

/** Printed labels (spaces removed) and what they are. */
const FIELD_OF_LABEL: Readonly<Record<string, 'abstract' | 'keywords' | MetadataField>> = {
  摘要: 'abstract',
  内容摘要: 'abstract',
  内容提要: 'abstract',
  提要: 'abstract',
  关键词: 'keywords',
  基金项目: 'funding',
  作者简介: 'authorNote',
  中图分类号: 'classification',
  文献标识码: 'documentCode',
  文章编号: 'articleNumber',
  DOI编号: 'doi',
  DOI: 'doi',
};

const LABELLED = /^【([^】]{1,12})】\s*/u;

const linesText = (lines: readonly number[]) => lines.map((no) => `L${no}`).join(', ');

/** The field a block is, with its label as printed (spaces removed), or null for body text. */
function frontMatterFieldOf(block: Block): { field: 'abstract' | 'keywords' | MetadataField; label: string } | null {
  if (block.kind !== 'paragraph') return null;
  if (block.role === 'title-note') return { field: 'titleNote', label: '题注' };
  const m = LABELLED.exec(block.text);
  if (!m) return null;
  const label = m[1]!.replace(/\s/gu, '');
  const field = FIELD_OF_LABEL[label];
  return field ? { field, label } : null;
}

export function separateFrontMatter(blocks: readonly Block[]): { blocks: Block[]; frontMatter: FrontMatter; dropped: DroppedLine[] } {
  const frontMatter: FrontMatter = {};
  const dropped: DroppedLine[] = [];
  const kept: Block[] = [];
  let carriedPageStart: number | undefined; // a removed block's page mark moves to the next block kept
  const keep = (block: Block) => {
    kept.push(carriedPageStart !== undefined && block.pageStart === undefined ? { ...block, pageStart: carriedPageStart, page: carriedPageStart } : block);
    carriedPageStart = undefined;
  };
  for (const block of blocks) {
    const found = frontMatterFieldOf(block);
    if (!found) {
      keep(block);
      continue;
    }
    const { field, label } = found;
    const value = stripAnchors(block.text).replace(LABELLED, '').trim();
    const evidence = `${linesText(block.lines)} 【${label}】`;
    if (field === 'abstract') {
      keep({ ...block, role: 'abstract' });
      continue;
    }
    const earlier = frontMatter[field];
    if (earlier !== undefined) throw new Error(`front matter: 【${label}】 is printed twice (${earlier.evidence}; ${evidence})`);
    if (field === 'keywords') {
      frontMatter.keywords = { value: value.split(/[\s\u3000]+/u).filter((k) => k !== ''), basis: 'stated', evidence };
      keep({ ...block, role: 'keywords' });
      continue;
    }
    frontMatter[field] = { value, basis: 'stated', evidence: field === 'titleNote' ? `${linesText(block.lines)} 题注（*）` : evidence };
    for (const no of block.lines) dropped.push({ no, by: `front matter → metadata: ${label}` });
    if (block.pageStart !== undefined) carriedPageStart ??= block.pageStart;
  }
  return { blocks: kept, frontMatter, dropped };
}
