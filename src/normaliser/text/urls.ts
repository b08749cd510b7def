/**
 * Repair URLs that the PDF extraction spaced out, in one of two per-source modes.
 *
 * Artifact (H): full-width characters (mapped earlier), spaces around `/`, `-`, `:` and line-wrap spaces:
 * - sun-zhuangzhi-sco-community (`spaces-are-typesetting`): L264
 *   `http: / / www. xinhuanet. com/politics/…/c_11246252 13. htm` — the dots survive as U+1001B0 (mapped to
 *   "."), so every space inside a URL is typesetting: →
 *   `http://www.xinhuanet.com/politics/…/c_1124625213.htm`.
 * - han-lu-sco-international-cooperation (`dots-lost`): L86 `http: / / chn sectsco org / documents /` — the
 *   dot glyph was dropped, so a space between an alphanumeric and a letter stood for a dot: spaces next to
 *   `/ - _ : #` go, a space between two digits is a wrap and goes, a digit or letter followed by a space and
 *   a letter gets a ".", anything else goes → `http://chn.sectsco.org/documents/`.
 * The two modes conflict (a digit–letter space is a wrap in sun-zhuangzhi-sco-community and a lost dot in
 * han-lu-sco-international-cooperation), hence the per-source setting (manifest `urlMode`).
 *
 * A URL starts at `http` or `https` followed by a colon and runs over ASCII URL characters and spaces; it
 * ends before anything else (Chinese text or punctuation) and never ends in a space.
 * Input: one block's joined text and the mode. Output: the text with its URLs repaired.
 */
export type UrlMode = 'spaces-are-typesetting' | 'dots-lost';

const SPACED_URL = /https?\s*:(?:[ A-Za-z0-9./_\-:?=&%#~+]*[A-Za-z0-9/_\-=&%#~+])?/gu;

function repairDotsLost(url: string): string {
  return url
    .replace(/ *([/\-_:#]) */gu, '$1')
    .replace(/(?<=\d) +(?=\d)/gu, '')
    .replace(/(?<=[A-Za-z0-9]) +(?=[A-Za-z])/gu, '.')
    .replace(/ +/gu, '');
}

export function repairUrls(text: string, mode: UrlMode): string {
  return text.replace(SPACED_URL, (url) => (mode === 'dots-lost' ? repairDotsLost(url) : url.replace(/\s+/gu, '')));
}
