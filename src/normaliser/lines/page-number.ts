/**
 * Recognise a printed page-number line, so it leaves the text (the page is kept as data later).
 *
 * Artifact (sun-zhuangzhi-sco-community L147 `—３—`, L547 `—０１—`; han-lu-sco-international-cooperation L247
 * `—６５—`): the page number stands alone on a line between em dashes. Run after the full-width map, so digits
 * are ASCII here.
 *
 * Input: one line. Output: the digits as printed (`"3"`, `"01"`, `"65"`), or `null` if the line is
 * not a page-number line. Whether the digits are reversed is a per-source matter, decided elsewhere.
 */
export function pageNumberOf(text: string): string | null {
  const m = /^\s*—\s*(\d{1,4})\s*—\s*$/.exec(text);
  return m ? m[1]! : null;
}
