/**
 * The published corpus as plain text, block by block: what a reader sees in each paragraph, heading, table
 * cell, table caption and footnote of every article, read back from the generated MDX in
 * `content/articles/` — the single text that the glossary concordance, the timeline's citations and the
 * coverage tool work on.
 *
 * Input: the MDX the normaliser writes, e.g.
 *   `<Para id="paot43s" n={3} lines="44,46">20年来，上合组织…<NoteRef n={1} /></Para>`
 * Output: `CorpusArticle[]` — per article its slug, title, date (frontmatter values) and `blocks`, each
 *   `{ article: 'yu-hongjun-…', anchor: 'paot43s', kind: 'paragraph', n: 3, text: '20年来，上合组织…', lines: '44,46' }`,
 *   with `page` (its print page) and `notes` (the note numbers it refers to) where the MDX gives them.
 *   Anchors are the URL fragments the site renders: a paragraph's or heading's permalink id, the row's id
 *   (`<table id>-r<k>`) for a data cell, the table's id for its caption and header cells, `note-<n>` for a
 *   footnote. Each cell is its own block, so no text runs across cells. Note references and page marks are
 *   not text.
 * Errors: `CorpusError` naming the file (and line) for unparsable MDX, a block without its id, or a
 *   frontmatter without a title.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { parse as parseYaml } from 'yaml';
import type { Node, Parent } from 'unist';
import { remarkPlugins } from './remark-plugins.ts';
import { contentDir } from '../files/content-dir.ts';
import { perFolder } from '../files/per-folder.ts';
import type { BlockKind, CorpusArticle, CorpusBlock } from './corpus-types.ts';

export type { BlockKind, CorpusArticle, CorpusBlock };

export class CorpusError extends Error {}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface JsxNode extends Parent {
  name?: string | null;
  attributes?: JsxAttribute[];
}

const blockKinds: Record<string, BlockKind> = {
  Para: 'paragraph',
  Heading: 'heading',
  Cell: 'cell',
  TableCaption: 'caption',
  Note: 'note',
};

/** Components that render no text of the block (a note number, a page number in the margin). */
const notText = new Set(['NoteRef', 'PageMark']);

function attribute(node: JsxNode, name: string): string | undefined {
  const found = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (found === undefined) return undefined;
  if (typeof found.value === 'string') return found.value;
  const expression = found.value as { value?: string } | null | undefined;
  return expression?.value;
}

function isJsx(node: Node): node is JsxNode {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

function plainText(node: Node): string {
  if (isJsx(node) && node.name && notText.has(node.name)) return '';
  if ('value' in node && typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) {
    return node.value;
  }
  if ('children' in node) return (node as Parent).children.map(plainText).join('');
  return '';
}

/** The note numbers of the `<NoteRef n={…} />` elements inside `node`, in document order. */
function noteRefs(node: Node): number[] {
  if (isJsx(node) && node.name === 'NoteRef') {
    const n = attribute(node, 'n');
    return n === undefined ? [] : [Number(n)];
  }
  return 'children' in node ? (node as Parent).children.flatMap(noteRefs) : [];
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkPlugins);

/**
 * The blocks of one article's MDX body, in document order.
 * Input: the slug (for `article` and error messages), the MDX body (frontmatter removed or not: a leading
 * `---` block is skipped by the caller, see `readCorpus`), and the 1-based line the body starts on.
 */
export function readArticleBlocks(slug: string, body: string, file = `${slug}.mdx`, lineOffset = 0): CorpusBlock[] {
  let tree: Node;
  try {
    tree = parser.runSync(parser.parse(body));
  } catch (error) {
    throw new CorpusError(`${file}: cannot parse the MDX body: ${(error as Error).message}`);
  }
  const blocks: CorpusBlock[] = [];
  let tableId: string | undefined;
  let tableLines: string | undefined;
  let rowId: string | undefined;
  const visit = (node: Node): void => {
    if (isJsx(node) && node.name === 'Table') {
      tableId = attribute(node, 'id');
      tableLines = attribute(node, 'lines');
    }
    if (isJsx(node) && node.name === 'Row') rowId = attribute(node, 'id') ?? tableId;
    const kind = isJsx(node) && node.name ? blockKinds[node.name] : undefined;
    if (kind && isJsx(node)) {
      const line = (node.position?.start.line ?? 0) + lineOffset;
      const n = attribute(node, 'n');
      const anchor =
        kind === 'note' ? (n === undefined ? undefined : `note-${n}`)
        : kind === 'cell' ? rowId
        : kind === 'caption' ? tableId
        : attribute(node, 'id');
      if (anchor === undefined) throw new CorpusError(`${file}:${line}: <${node.name}> has no ${kind === 'note' ? 'n' : 'id'}`);
      const block: CorpusBlock = { article: slug, anchor, kind, text: plainText(node) };
      if (n !== undefined && (kind === 'paragraph' || kind === 'note')) block.n = Number(n);
      const clause = kind === 'paragraph' ? attribute(node, 'clause') : undefined;
      if (clause !== undefined) block.clause = clause;
      const page = attribute(node, 'page');
      if (page !== undefined) block.page = Number(page);
      const notes = noteRefs(node);
      if (notes.length > 0) block.notes = notes;
      const lines = attribute(node, 'lines') ?? (kind === 'cell' || kind === 'caption' ? tableLines : undefined);
      if (lines !== undefined) block.lines = lines;
      blocks.push(block);
      return;
    }
    if ('children' in node) for (const child of (node as Parent).children) visit(child);
  };
  visit(tree);
  return blocks;
}

/** Splits `---\n<yaml>\n---\n<body>` into the parsed frontmatter, the body and the body's line offset. */
export function splitFrontmatter(file: string, source: string): { data: Record<string, unknown>; body: string; offset: number } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match) throw new CorpusError(`${file}:1: no frontmatter`);
  const data = parseYaml(match[1]!) as Record<string, unknown>;
  return { data, body: source.slice(match[0].length), offset: match[0].split('\n').length - 1 };
}

function frontmatterValue(file: string, data: Record<string, unknown>, field: string): string | undefined {
  const value = (data[field] as { value?: unknown } | undefined)?.value;
  if (value !== undefined && typeof value !== 'string') {
    throw new CorpusError(`${file}: frontmatter field "${field}.value" is not a string`);
  }
  return value;
}

/**
 * The corpus order: by MDX file name (`<slug>.mdx`, UTF-16 code units, as `Array.prototype.sort`), which
 * is not quite by slug (`a-b.mdx` sorts before `a.mdx`). `readCorpus` returns this order; whoever gets the
 * articles back from elsewhere (the content layer's `corpus` collection, lib/knowledge.ts) sorts with it.
 * Input: two articles (only `slug` is read). Output: negative, 0 or positive. Never throws.
 */
export function compareCorpusArticles(a: Pick<CorpusArticle, 'slug'>, b: Pick<CorpusArticle, 'slug'>): number {
  const x = `${a.slug}.mdx`;
  const y = `${b.slug}.mdx`;
  return x < y ? -1 : x > y ? 1 : 0;
}

const readCorpusOnce = perFolder((dir: string): CorpusArticle[] => {
  const folder = join(dir, 'articles');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const file = join(folder, name);
      const slug = name.slice(0, -'.mdx'.length);
      const { data, body, offset } = splitFrontmatter(file, readFileSync(file, 'utf8'));
      const title = frontmatterValue(file, data, 'title');
      if (title === undefined) throw new CorpusError(`${file}: frontmatter field "title.value" is missing`);
      const date = frontmatterValue(file, data, 'date');
      const blocks = readArticleBlocks(slug, body, file, offset);
      return date === undefined ? { slug, title, blocks } : { slug, title, date, blocks };
    });
});

/**
 * Every article of `<dir>/articles/*.mdx`, in corpus order (`compareCorpusArticles`), with its blocks.
 * Input: the content folder (default: `contentDir`). Output: `CorpusArticle[]`, read once per folder and
 * process (later calls return the same array: treat it as read-only). Errors: `CorpusError`.
 * It parses every MDX body: a build calls it once, in src/content.config.ts, and the pages get the result
 * from the content layer (corpus-loader.ts, src/lib/knowledge.ts).
 */
export function readCorpus(dir: string = contentDir): CorpusArticle[] {
  return readCorpusOnce(dir);
}
