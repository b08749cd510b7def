/**
 * Inline anchors: places inside a block's text that the MDX writer turns into components — a footnote
 * reference (`<NoteRef n={3} />`) or the start of a print page (`<PageMark page={57} />`).
 *
 * While the text stages run, each anchor travels inside the text as one private-use code point of plane
 * 15, which no source contains (the reader refuses none, but prepare-lines never produces them and the
 * residue test checks published text for private-use characters): note n → U+F0000 + n, a missing note
 * n → U+F4000 + n, page p → U+F8000 + p. The text stages treat them as CJK context (char-classes.ts).
 *
 * Input/output: `noteAnchor(n, missing)`, `pageAnchor(p)` → one-code-point string; `splitAnchors(text)` →
 * the text as a list of plain strings and anchors, in order; `stripAnchors(text)` → plain text.
 * Throws RangeError for n or p outside 1–16383.
 */
export type InlineAnchor = { kind: 'note'; n: number; missing: boolean } | { kind: 'page'; page: number };

const NOTE = 0xf0000;
const MISSING_NOTE = 0xf4000;
const PAGE = 0xf8000;
const SPAN = 0x4000;
export const ANCHOR = /[\u{F0000}-\u{FBFFF}]/u;
const ANCHORS = /[\u{F0000}-\u{FBFFF}]/gu;

function encode(base: number, value: number): string {
  if (!Number.isInteger(value) || value < 1 || value >= SPAN) throw new RangeError(`inline anchor value ${value} out of range`);
  return String.fromCodePoint(base + value);
}

export const noteAnchor = (n: number, missing = false) => encode(missing ? MISSING_NOTE : NOTE, n);
export const pageAnchor = (page: number) => encode(PAGE, page);

function decode(ch: string): InlineAnchor {
  const cp = ch.codePointAt(0)!;
  if (cp >= PAGE) return { kind: 'page', page: cp - PAGE };
  if (cp >= MISSING_NOTE) return { kind: 'note', n: cp - MISSING_NOTE, missing: true };
  return { kind: 'note', n: cp - NOTE, missing: false };
}

export function splitAnchors(text: string): (string | InlineAnchor)[] {
  const parts: (string | InlineAnchor)[] = [];
  let last = 0;
  for (const m of text.matchAll(ANCHORS)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push(decode(m[0]));
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

export function stripAnchors(text: string): string {
  return text.replace(ANCHORS, '');
}
