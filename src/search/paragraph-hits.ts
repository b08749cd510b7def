/**
 * Turns Pagefind page results into paragraph-level hits, and cuts highlighted excerpts. Pure functions,
 * no DOM.
 *
 * Pagefind matches the words of a segmented query (上海精神 → 上海 + 精神), so a page "matches" when a
 * paragraph merely contains 上海. A hit is therefore a `<p id>` paragraph that holds a match location
 * AND whose text contains every query term literally (case-insensitive).
 *
 * Inputs: a `PagefindFragment` (its `locations` and `anchors`) and the query terms.
 * Outputs: hits in document order; excerpt segments with `mark` flags for the terms.
 * Errors: none; anchors without text yield no hit.
 */
import type { PagefindAnchor, PagefindFragment } from './pagefind.ts';

export interface ParagraphHit {
  /** Link to the paragraph: the page URL plus `#<paragraph id>`. */
  url: string;
  /** The paragraph's plain text. */
  text: string;
}

export interface ExcerptSegment {
  text: string;
  mark: boolean;
}

/** Elements whose anchors delimit text blocks: paragraphs and headings. */
const blockElement = /^(p|h[1-6])$/;

/** The query split on (ASCII or ideographic) whitespace, without empty or repeated terms. */
export function queryTerms(query: string): string[] {
  return [...new Set(query.split(/[\s\u3000]+/u).filter((term) => term.length > 0))];
}

function containsAll(text: string, terms: readonly string[]): boolean {
  const haystack = text.toLowerCase();
  return terms.every((term) => haystack.includes(term.toLowerCase()));
}

/** Paragraphs of `fragment` that contain a match location and every term, in document order. */
export function paragraphHits(fragment: PagefindFragment, terms: readonly string[]): ParagraphHit[] {
  const blocks = fragment.anchors
    .filter((anchor) => blockElement.test(anchor.element))
    .sort((a, b) => a.location - b.location);
  const matched = new Set<PagefindAnchor>();
  for (const location of fragment.locations) {
    const block = blocks.findLast((anchor) => anchor.location <= location);
    if (block?.element === 'p') matched.add(block);
  }
  return blocks
    .filter((block) => matched.has(block) && block.text !== undefined && containsAll(block.text, terms))
    .map((block) => ({
      url: `${fragment.url}#${encodeURIComponent(block.id)}`,
      text: block.text ?? '',
    }));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A window of `text` around the first occurrence of any term — `before` characters before it, at most
 * `length` characters in all, with `…` where text was cut — split into segments, terms marked.
 */
export function excerptSegments(text: string, terms: readonly string[], before = 40, length = 140): ExcerptSegment[] {
  const pattern = new RegExp(terms.map(escapeRegExp).join('|'), 'giu');
  const first = terms.length > 0 ? text.search(pattern) : -1;
  const start = Math.max(0, first - before);
  const end = Math.min(text.length, start + length);
  const window = `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  if (terms.length === 0) return [{ text: window, mark: false }];
  const segments: ExcerptSegment[] = [];
  let last = 0;
  for (const match of window.matchAll(pattern)) {
    if (match.index > last) segments.push({ text: window.slice(last, match.index), mark: false });
    segments.push({ text: match[0], mark: true });
    last = match.index + match[0].length;
  }
  if (last < window.length) segments.push({ text: window.slice(last), mark: false });
  return segments;
}
