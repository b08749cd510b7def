/**
 * An article's MDX body as a tree the article page renders itself (components/ArticleBody.astro), so that
 * the build compiles no Vite module per article: the MDX file in content/articles/ stays the source of
 * truth, read and parsed when its page is rendered (content-layer rendering). At 10,000 articles the
 * module per MDX article was the build's memory wall (docs/figures.md, "10,000 articles").
 *
 * The tree is what MDX itself would render, step by step as @mdx-js/mdx's `createProcessor` makes it:
 * remark-parse + remark-mdx, the unravelling of paragraphs that hold only JSX (MDX's
 * remark-mark-and-unravel, written out below), the site's remark plugins (remark-cjk-friendly and the
 * glossary auto-linker, as astro.config.mjs gives them to MDX), then remark-rehype with MDX's node types
 * passed through. tests/render/article-body.test.ts checks, for every real article, that rendering this
 * tree gives the same HTML as MDX's own evaluation of the file.
 *
 * Input: the MDX body (frontmatter removed), the file name and the body's first line (for errors), the
 *   glossary's aliases (`glossaryAliases`).
 * Output: `BodyNode[]` — text, markdown elements (`p`, `em`, `strong`, `code`, `br`, `a`) with their
 *   HTML attributes, and components `{ name, props, children }` whose props are the JSX attributes:
 *   strings as written, `{3}` → 3 (a JSON literal only: nothing in a source runs as code), a bare
 *   attribute (`header`) → true.
 * Errors: `ArticleBodyError` naming file and line for unparsable MDX, an attribute expression that is not
 *   a JSON literal, a spread attribute, or a markdown construct the article page does not render
 *   (lists, images, raw HTML: the normaliser writes none).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkRehype from 'remark-rehype';
import type { Root as MdastRoot, Parent as MdastParent } from 'mdast';
import type { Root as HastRoot, RootContent as HastContent, Properties } from 'hast';
import { remarkPlugins } from '../content-model/corpus/remark-plugins.ts';
import { contentDir } from '../content-model/files/content-dir.ts';
import { glossaryAliases } from '../content-model/glossary/glossary-aliases.ts';
import type { TermAliases } from '../content-model/glossary/term-matcher.ts';
import { remarkGlossaryLinks } from './remark-glossary-links.ts';

export class ArticleBodyError extends Error {
  override name = 'ArticleBodyError';
}

export type PropValue = string | number | boolean | null;

export type BodyNode =
  | { type: 'text'; value: string }
  | { type: 'element'; tagName: MarkdownTag; attributes: Record<string, string>; children: BodyNode[] }
  | { type: 'component'; name: string; props: Record<string, PropValue>; line: number; children: BodyNode[] };

/** The markdown elements an article body may hold, and the hast properties each may carry (as HTML attributes). */
const markdownTags = {
  p: [],
  em: [],
  strong: [],
  code: [],
  br: [],
  a: ['href', 'title'],
} as const satisfies Record<string, readonly string[]>;

export type MarkdownTag = keyof typeof markdownTags;

/**
 * MDX's remark-mark-and-unravel, the part that changes the tree: a paragraph holding only JSX text
 * elements and white space is replaced by its elements, as flow elements (`<Para …>…</Para>` on a line of
 * its own is a block, not a `<p>` around one). White-space-only text between them is dropped.
 */
function unravelJsxParagraphs() {
  return (tree: MdastRoot) => {
    const visit = (parent: MdastParent): void => {
      for (let i = 0; i < parent.children.length; i += 1) {
        const node = parent.children[i]!;
        if (node.type === 'paragraph') {
          const onlyJsx =
            node.children.some((child) => child.type === 'mdxJsxTextElement' || child.type === 'mdxTextExpression') &&
            node.children.every(
              (child) =>
                child.type === 'mdxJsxTextElement' ||
                child.type === 'mdxTextExpression' ||
                (child.type === 'text' && child.value.replace(/[\t\n\f\r ]+/g, '') === ''),
            );
          if (onlyJsx) {
            const lifted = node.children
              .filter((child) => !(child.type === 'text' && /^[\t\r\n ]+$/.test(child.value)))
              .map((child) => {
                if (child.type === 'mdxJsxTextElement') return { ...child, type: 'mdxJsxFlowElement' as const };
                if (child.type === 'mdxTextExpression') return { ...child, type: 'mdxFlowExpression' as const };
                return child;
              });
            parent.children.splice(i, 1, ...(lifted as typeof parent.children));
            i -= 1;
            continue;
          }
        }
        if ('children' in node) visit(node as MdastParent);
      }
    };
    visit(tree);
  };
}

/** A JSX element of the hast tree (mdast-util-mdx-jsx's shape, the parts read here). */
interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
  children: HastContent[];
  position?: HastContent['position'];
}
type JsxAttribute =
  | { type: 'mdxJsxAttribute'; name: string; value?: string | null | { type: string; value: string } }
  | { type: 'mdxJsxExpressionAttribute'; value: string };

/** MDX's node types, which remark-rehype hands on as they are (as @mdx-js/mdx does). */
const mdxNodeTypes = ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'];

const processors = new Map<readonly TermAliases[], ReturnType<typeof makeProcessor>>();

function makeProcessor(terms: readonly TermAliases[]) {
  return unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(unravelJsxParagraphs)
    .use(remarkPlugins)
    .use(remarkGlossaryLinks, { terms })
    // As a plugin list: unified's types cannot follow the tree through the glossary plugin (typed on unist).
    .use([[remarkRehype, { allowDangerousHtml: true, passThrough: mdxNodeTypes }]]);
}

function processorFor(terms: readonly TermAliases[]): ReturnType<typeof makeProcessor> {
  let processor = processors.get(terms);
  if (processor === undefined) {
    processor = makeProcessor(terms);
    processors.set(terms, processor);
  }
  return processor;
}

function propValue(file: string, line: number, name: string, attribute: Extract<JsxAttribute, { name: string }>): PropValue {
  const value = attribute.value;
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value.value);
  } catch {
    parsed = undefined;
  }
  if (parsed === undefined || (parsed !== null && typeof parsed === 'object')) {
    throw new ArticleBodyError(
      `${file}:${line}: <${name}> attribute "${attribute.name}={${value.value}}" is not a number, string, true, false or null`,
    );
  }
  return parsed as PropValue;
}

function toBodyNodes(file: string, lineOffset: number, nodes: readonly HastContent[], parentLine = lineOffset): BodyNode[] {
  const out: BodyNode[] = [];
  for (const node of nodes) {
    // Nodes a plugin made (the glossary's <Term>) have no position: their parent's line stands in.
    const line = node.position ? node.position.start.line + lineOffset - 1 : parentLine;
    if (node.type === 'text') {
      out.push({ type: 'text', value: node.value });
    } else if (node.type === 'element') {
      const allowed = (markdownTags as Record<string, readonly string[]>)[node.tagName];
      if (allowed === undefined) {
        throw new ArticleBodyError(`${file}:${line}: markdown <${node.tagName}> is not something an article body holds`);
      }
      out.push({
        type: 'element',
        tagName: node.tagName as MarkdownTag,
        attributes: htmlAttributes(file, line, node.tagName, node.properties, allowed),
        children: toBodyNodes(file, lineOffset, node.children, line),
      });
    } else if ((node.type as string) === 'mdxJsxFlowElement' || (node.type as string) === 'mdxJsxTextElement') {
      const jsx = node as unknown as JsxElement;
      if (!jsx.name) throw new ArticleBodyError(`${file}:${line}: a JSX fragment (<>…</>) is not something an article body holds`);
      const props: Record<string, PropValue> = {};
      for (const attribute of jsx.attributes) {
        if (attribute.type !== 'mdxJsxAttribute') {
          throw new ArticleBodyError(`${file}:${line}: <${jsx.name}> has a spread attribute; the article page renders named attributes only`);
        }
        props[attribute.name] = propValue(file, line, jsx.name, attribute);
      }
      out.push({ type: 'component', name: jsx.name, props, line, children: toBodyNodes(file, lineOffset, jsx.children, line) });
    } else {
      throw new ArticleBodyError(`${file}:${line}: ${node.type} is not something an article body holds`);
    }
  }
  return out;
}

function htmlAttributes(file: string, line: number, tag: string, properties: Properties, allowed: readonly string[]): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (value === undefined || value === null) continue;
    if (!allowed.includes(key)) throw new ArticleBodyError(`${file}:${line}: markdown <${tag}> with "${key}" is not something an article body holds`);
    attributes[key] = String(value);
  }
  return attributes;
}

/**
 * The body tree of MDX text. Input: the body (no frontmatter), the file (for errors), the 1-based line the
 * body starts on in the file, the glossary's aliases (default: the glossary of `contentDir`).
 * Output: `BodyNode[]`. Errors: `ArticleBodyError` (see the module docstring).
 */
export function articleBodyNodes(body: string, file: string, firstLine = 1, terms: readonly TermAliases[] = glossaryAliases(contentDir)): BodyNode[] {
  const processor = processorFor(terms);
  let tree: HastRoot;
  try {
    tree = processor.runSync(processor.parse(body)) as HastRoot;
  } catch (error) {
    throw new ArticleBodyError(`${file}: cannot parse the MDX body: ${(error as Error).message}`);
  }
  return toBodyNodes(file, firstLine, tree.children);
}

/**
 * The body tree of the article `<slug>`: reads `<dir>/articles/<slug>.mdx` (one file; nothing is kept
 * between calls, so a build holds one article's tree at a time). Output: `BodyNode[]`.
 * Errors: `ArticleBodyError`; `ENOENT` from node:fs for a slug without a file.
 */
export function readArticleBody(slug: string, dir: string = contentDir): BodyNode[] {
  const file = join(dir, 'articles', `${slug}.mdx`);
  const source = readFileSync(file, 'utf8');
  const match = /^---\n[\s\S]*?\n---\n/.exec(source);
  if (!match) throw new ArticleBodyError(`${file}:1: no frontmatter`);
  return articleBodyNodes(source.slice(match[0].length), file, match[0].split('\n').length);
}

/** A web address in note text: http(s) or www., up to whitespace or Chinese punctuation. */
const noteUrl = /(?:https?:\/\/|www\.)[^\s，。；、：）》“”‘’]+/gu;

/**
 * The body tree with every web address inside a footnote (`Note`) made a link, its text unchanged:
 * `http://chn.sectsco.org/documents/` → `<a href="http://chn.sectsco.org/documents/">http://chn.sectsco.org/documents/</a>`;
 * `www.x.org` links to `http://www.x.org`; ASCII punctuation that ends a sentence (`.,;:)`) stays
 * outside the link. Only http(s) addresses become links (nothing in a source can make another kind).
 * Input: `BodyNode[]` (articleBodyNodes). Output: a new tree; the input is not changed. Never throws.
 */
export function linkNoteUrls(nodes: readonly BodyNode[], inNote = false): BodyNode[] {
  return nodes.flatMap((node): BodyNode[] => {
    if (node.type === 'component') return [{ ...node, children: linkNoteUrls(node.children, inNote || node.name === 'Note') }];
    if (node.type === 'element') return node.tagName === 'a' ? [node] : [{ ...node, children: linkNoteUrls(node.children, inNote) }];
    if (!inNote) return [node];
    const out: BodyNode[] = [];
    let last = 0;
    for (const match of node.value.matchAll(noteUrl)) {
      const url = match[0].replace(/[.,;:)\]]+$/u, '');
      if (url.length < 8) continue;
      const start = match.index;
      if (start > last) out.push({ type: 'text', value: node.value.slice(last, start) });
      out.push({ type: 'element', tagName: 'a', attributes: { href: url.startsWith('www.') ? `http://${url}` : url }, children: [{ type: 'text', value: url }] });
      last = start + url.length;
    }
    if (last === 0) return [node];
    if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
    return out;
  });
}
