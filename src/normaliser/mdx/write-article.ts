/**
 * Serialise one normalised article as an MDX collection entry.
 *
 * Input: `frontmatter` (already valid against articleFrontmatterSchema) and `blocks` in reading order,
 * each with its permalink id. Output: the file's text — YAML frontmatter between `---` lines, then one
 * MDX line per block separated by blank lines:
 * - heading: `<Heading id="p2x8k1m" level={2} lines="168">20年成就瞩目</Heading>` (components, not `##`,
 *   so a heading carries its permalink id and source lines like a paragraph);
 * - paragraph: `<Para id="p4k2x9q" n={12} lines="15-19,23" role="caption">escaped text</Para>`;
 * - the article's notes (not yet attached to their markers) after a `注释` heading, as paragraphs with
 *   `role="footnote"` (placed by assemble-article.ts). `lines` is left out where a block has none.
 * Deterministic: object keys are written in insertion order, nothing depends on time or environment.
 */
import { stringify } from 'yaml';
import type { ArticleFrontmatter } from '../../schemas/article.ts';
import type { Block } from '../types.ts';
import { escapeMdxText } from './escape.ts';

export interface PublishedBlock extends Block {
  id: string;
  n: number;
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

function blockToMdx(block: PublishedBlock): string {
  const lines = block.lines.length > 0 ? ` lines="${formatLineRanges(block.lines)}"` : '';
  if (block.kind === 'heading') return `<Heading id="${block.id}" level={${block.level ?? 2}}${lines}>${escapeMdxText(block.text)}</Heading>`;
  const role = block.role ? ` role="${block.role}"` : '';
  return `<Para id="${block.id}" n={${block.n}}${lines}${role}>${escapeMdxText(block.text)}</Para>`;
}

export function writeArticle(frontmatter: ArticleFrontmatter, blocks: readonly PublishedBlock[]): string {
  const body = blocks.map(blockToMdx).join('\n\n');
  return `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body}\n`;
}
