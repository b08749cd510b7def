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

/** Matches a URL as printed in the sources (after the character maps), for masking. */
export const URL_PATTERN = /(?:https?:\/\/|www\.)[^\s\p{Script=Han}，。；：（）《》“”]+/gu;
