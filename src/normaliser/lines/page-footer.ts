/**
 * Cut a newspaper page footer (the page's editor credits) off the line it was glued to.
 *
 * Artifact (jingji-ribao-2021-sco-20 L591): `霸权霸凌行径。本版编辑 周明阳 美 编 夏 祎` — the footer `本版编辑 …` follows
 * the last sentence of the page's last article on the same extracted line.
 *
 * Input: one line. Output: `{ text, footer }` — the line without the footer (trailing spaces trimmed),
 * and the footer that was removed (`null` when the line has none).
 */
export function splitPageFooter(text: string): { text: string; footer: string | null } {
  const at = text.search(/本版编辑/);
  if (at < 0) return { text, footer: null };
  return { text: text.slice(0, at).trimEnd(), footer: text.slice(at) };
}
