/**
 * Character classes the text stages share.
 *
 * - Han: a CJK ideograph (`\p{Script=Han}`), e.g. 上, 〇.
 * - CJK punctuation: full-width Chinese punctuation and book-title marks, e.g. ，。、；：？！（）《》〈〉【】——…
 *   The curly quotes “”‘’ are *not* counted: English footnotes use them too.
 * - CJK context = Han, CJK punctuation, or an inline anchor.
 */
import { ANCHOR } from '../inline/anchors.ts';

export const HAN = /\p{Script=Han}/u;
export const CJK_PUNCTUATION = /[\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65—…·]/u;

/**
 * True if `ch` (one code point, or undefined at a string edge) is Han, CJK punctuation, or an inline
 * anchor (inline/anchors.ts: footnote markers and page starts sit inside Chinese text).
 */
export function isCjkContext(ch: string | undefined): boolean {
  return ch !== undefined && (HAN.test(ch) || CJK_PUNCTUATION.test(ch) || ANCHOR.test(ch));
}

/** True if `ch` is a Latin, Cyrillic or other non-Han letter. */
export function isNonHanLetter(ch: string | undefined): boolean {
  return ch !== undefined && /\p{L}/u.test(ch) && !HAN.test(ch);
}

/**
 * A footnote marker as printed after the text it annotates, as a regular-expression class (source):
 * circled ①–⑳ (all sources), parenthesised ⑴–⒇, dingbat ❶–❿, and `*` (chen-zeng-2019-guoji-zhanwang
 * L3, the title's funding note). A marker stands after the punctuation that ends its sentence:
 * chen-zeng-2019-guoji-zhanwang L173 `…发展方案。<sup>③</sup>`.
 */
export const NOTE_MARKER_CLASS = '[\\u2460-\\u2473\\u2474-\\u2487\\u2776-\\u277F*]';

/** Matches a URL as printed in the sources (after the character maps), for masking. */
export const URL_PATTERN = /(?:https?:\/\/|www\.)[^\s\p{Script=Han}，。；：（）《》“”]+/gu;
