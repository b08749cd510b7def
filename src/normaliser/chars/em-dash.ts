/**
 * Collapse a triple em dash to the Chinese dash (two em dashes).
 *
 * Artifact (han-lu-sco-international-cooperation L331, L1077): `域———保障`.
 *
 * Input: one line. Output: the line with every run of three or more U+2014 replaced by `——`.
 */
export function collapseTripleEmDash(text: string): string {
  return text.replace(/—{3,}/g, '——');
}
