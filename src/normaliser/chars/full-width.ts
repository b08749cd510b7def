/**
 * Map full-width digits, Latin letters and the symbols ％ ＋ － ＿ ＃ ／ ＆ ＝ ＠ ． to ASCII.
 *
 * Artifact (sun-zhuangzhi-sco-community/han-lu-sco-international-cooperation passim): `２０１１ 年达到 １ １３４ 亿美元`,
 * `“Ｘ ＋ １”模式`, `(项目编号:１９ＺＤＡ１３０)`. Chinese punctuation （），：；？！ stays full-width: it is the target typography.
 *
 * Input: one line. Output: the mapped line. Never throws.
 */
const FULL_WIDTH = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A％＋－＿＃／＆＝＠．]/g;

export function mapFullWidthAlphanumerics(text: string): string {
  // The full-width forms U+FF01–U+FF5E sit exactly 0xFEE0 above their ASCII counterparts.
  return text.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}
