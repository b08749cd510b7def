/**
 * Map the plane-16 private-use glyph U+1001B0 back to the full stop it renders as.
 *
 * Artifact (sun-zhuangzhi-sco-community L347, L206): `中亚有 １\u{1001B0} ７ 万`,
 * `Циндао\u{1001B0} http:// www\u{1001B0} sco －` — the PDF font's dot glyph was extracted as a private-use
 * code point. The spaces the PDF put around it are removed later by the spacing stages (digits) and the URL
 * stage (issue 3).
 *
 * Input: one line. Output: the line with every U+1001B0 replaced by ".". Never throws.
 */
export function mapPrivateUseDot(text: string): string {
  return text.replaceAll('\u{1001B0}', '.');
}
