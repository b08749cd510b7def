/**
 * remark plugin: links glossary terms in article paragraphs to their glossary pages.
 *
 * Input (MDX tree of an article, options `{ terms: { slug, aliases }[] }`):
 *   `<Para id="paf7t1i" n={4} lines="64">…坚持…的“上海精神”，这是上合组织得以发展壮大的独特源泉。</Para>`
 * Output: the first occurrence of each term in each paragraph (and table cell) wrapped in a `Term`
 * element (src/components/Term.astro), longest alias first across all terms (term-matcher.ts):
 *   `<Para …>…的“<Term slug="shanghai-spirit">上海精神</Term>”，这是<Term slug="sco">上合组织</Term>得以…</Para>`
 *
 * Scope, chosen so links help without cluttering: the first occurrence per paragraph — the paragraph is
 * what readers land on from a permalink, a search hit or a citation, so each one links its own terms — and
 * later occurrences in the same paragraph stay plain. Never linked: headings, table captions, footnotes
 * (they are mostly references), the text of existing links, code, URLs written in the text, and
 * note references or page marks (they carry no text). The text itself is unchanged: only wrapped.
 * Errors: none; a tree without `Para`/`Cell` elements (a glossary entry's body) is left as it is.
 */
import type { Node, Parent } from 'unist';
import { createTermMatcher, type TermAliases } from '../content-model/glossary/term-matcher.ts';

export interface GlossaryLinkOptions {
  terms: readonly TermAliases[];
}

interface Text extends Node {
  type: 'text';
  value: string;
}

interface JsxElement extends Parent {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: 'mdxJsxAttribute'; name: string; value: string }[];
}

/** Elements whose text is linked; each is one "paragraph" for the first-occurrence rule. */
const linkedBlocks = new Set(['Para', 'Cell']);
/** Elements never entered: their text is not prose, or is already a link. */
const skipped = new Set(['link', 'linkReference', 'inlineCode', 'code', 'heading', 'definition']);
const url = /(?:https?|ftp):\/\/[^\s，。；、）》]+|www\.[^\s，。；、）》]+/gu;

function isJsx(node: Node): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

function termElement(slug: string, text: string): JsxElement {
  return {
    type: 'mdxJsxTextElement',
    name: 'Term',
    attributes: [{ type: 'mdxJsxAttribute', name: 'slug', value: slug }],
    children: [{ type: 'text', value: text } as Text],
  };
}

export function remarkGlossaryLinks(options: GlossaryLinkOptions) {
  const match = createTermMatcher(options.terms);

  /** The text node split into text and `Term` elements, linking only terms not yet in `seen`. */
  function linkText(node: Text, seen: Set<string>): Node[] {
    const urls = [...node.value.matchAll(url)].map((m) => [m.index, m.index + m[0].length] as const);
    const out: Node[] = [];
    let last = 0;
    for (const m of match(node.value)) {
      if (seen.has(m.slug)) continue;
      if (urls.some(([start, end]) => m.index < end && m.index + m.length > start)) continue;
      seen.add(m.slug);
      if (m.index > last) out.push({ type: 'text', value: node.value.slice(last, m.index) } as Text);
      out.push(termElement(m.slug, m.alias));
      last = m.index + m.length;
    }
    if (out.length === 0) return [node];
    if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) } as Text);
    return out;
  }

  function walk(parent: Parent, seen: Set<string>): void {
    parent.children = parent.children.flatMap((child) => {
      if (child.type === 'text') return linkText(child as Text, seen);
      // Components inside a paragraph (NoteRef, PageMark) carry no prose.
      if (skipped.has(child.type) || isJsx(child)) return [child];
      if ('children' in child) walk(child as Parent, seen);
      return [child];
    });
  }

  function visit(node: Node): void {
    if (isJsx(node) && node.name !== null && linkedBlocks.has(node.name)) {
      walk(node, new Set());
      return;
    }
    if (skipped.has(node.type)) return;
    if ('children' in node) for (const child of (node as Parent).children) visit(child);
  }

  return (tree: Node) => visit(tree);
}
