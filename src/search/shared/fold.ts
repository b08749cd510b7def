/**
 * Search folding: the one normal form in which a query and a paragraph are compared, so that a reader's
 * query finds what Ctrl+F with "ignore differences" would.
 *
 * Input: a text, and the traditional → simplified character map (`t2s`, made at build time from
 *   opencc-js by search/index/fold-map.ts). Output: `{ text, map }` — the folded text, and for each folded
 *   character the index of the original character it came from (so matches found in folded text can be
 *   highlighted in the original). Steps, per character:
 *   1. traditional → simplified (國→国, 髮→发; character level, the same on both sides);
 *   2. full-width ASCII → half-width (Ａ→A, ２→2, ＃→#), ideographic space → space;
 *   3. lower case (SCO→sco);
 *   4. connectors (hyphens and dashes: ‐ ‑ ‒ – — ― − ﹘ ﹣, and － by step 2) → `-`, so a reader's
 *      `CASA-1000` finds the source's `CASA—1000` (chen-zeng-central-asian-members-expectations ¶18) and
 *      `中国-中亚` finds `中国—中亚`;
 *   5. whitespace dropped (spaces inside a query or a paragraph do not matter: `上合 组织` = `上合组织`).
 *   e.g. `上合組織 ＳＣＯ` → `上合组织sco`, map `[0,1,2,3,5,6,7]`.
 * Errors: none.
 */
import type { T2sMap } from './types.ts';

export interface Folded {
  text: string;
  /** `map[i]` is the index in the original text of folded character `i`. */
  map: number[];
}

const whitespace = /^\s+$/u;

/**
 * U+3001–U+A63F (CJK punctuation, kana, Han, Yi…) and U+A800–U+D7FF (…, Hangul): no case, no width
 * variant, no whitespace. (U+A640–U+A7FF, Cyrillic Extended-B and Latin Extended-D, have case.)
 */
export const isPlainWide = (code: number) => (code >= 0x3001 && code < 0xa640) || (code >= 0xa800 && code < 0xd800);

/** The connectors of step 4: hyphens and dashes of every width (the full-width hyphen-minus becomes `-` in step 2). */
export const connectors = /[\u2010-\u2015\u2212\ufe58\ufe63]/u;

/** One character (a code point) folded: steps 1–4 (whitespace is the caller's). */
function foldChar(char: string, t2s: T2sMap): string {
  let c = t2s[char] ?? char;
  const code = c.codePointAt(0)!;
  if (code >= 0xff01 && code <= 0xff5e) c = String.fromCodePoint(code - 0xfee0);
  if (connectors.test(c)) return '-';
  return c.toLowerCase();
}

/** A `codeTables` entry: the code unit a BMP character folds to, plus 1; `slowPath` when it folds to
 *  whitespace (dropped), to more than one code unit, or is a surrogate; 0 while not yet looked up. */
const slowPath = -1;

/**
 * Per fold map, per BMP code unit, what it folds to (filled on first sight): the loop below then reads
 * one typed-array entry per character instead of making a one-character string and looking it up in
 * the map (in a cold results page, that lookup was most of ~27 ms of folding and of the garbage after).
 */
const codeTables = new WeakMap<T2sMap, Int32Array>();

function codeEntry(code: number, t2s: T2sMap): number {
  if (code >= 0xd800 && code <= 0xdfff) return slowPath;
  const c = foldChar(String.fromCharCode(code), t2s);
  return c.length === 1 && !whitespace.test(c) ? c.charCodeAt(0) + 1 : slowPath;
}

/** A string from code units, in slices small enough for `String.fromCharCode`'s argument list. */
function fromCodes(codes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.slice(i, i + 8192));
  return out;
}

export function foldText(text: string, t2s: T2sMap): Folded {
  let table = codeTables.get(t2s);
  if (!table) {
    table = new Int32Array(0x10000);
    codeTables.set(t2s, table);
  }
  const codes: number[] = [];
  const map: number[] = [];
  for (let index = 0; index < text.length; ) {
    const code = text.charCodeAt(index);
    let entry = table[code]!;
    if (entry === 0) entry = table[code] = codeEntry(code, t2s);
    if (entry !== slowPath) {
      codes.push(entry - 1);
      map.push(index);
      index += 1;
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(index)!);
    const c = foldChar(char, t2s);
    if (!whitespace.test(c)) {
      for (let k = 0; k < c.length; k++) {
        codes.push(c.charCodeAt(k));
        map.push(index);
      }
    }
    index += char.length;
  }
  return { text: fromCodes(codes), map };
}

/** Just the folded string (for matching without highlighting). */
export function fold(text: string, t2s: T2sMap): string {
  return foldText(text, t2s).text;
}
