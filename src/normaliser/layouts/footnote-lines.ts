/**
 * Recognise raw lines that are footnote text rather than running text (sun-zhuangzhi-sco-community,
 * chen-zeng-2019-guoji-zhanwang, han-lu-sco-international-cooperation).
 *
 * Artifact (K): footnote bodies are printed at the foot of each page and extracted between body lines:
 * sun-zhuangzhi-sco-community L86–L89 `…要看到“冷战”后全球化进程面临的⏎ ① «携手打造更加紧密的上合组织命运共同体»，…⏎日，第 1 版。⏎ 新课题。`.
 *
 * - `looksLikeFootnote`: the trimmed line starts with a circled-digit marker, a book-title mark, `同①`,
 *   a URL, a Cyrillic or Latin letter, or `Name:《` (sun-zhuangzhi-sco-community L148 `张蕴岭:«国际治理向何处去»`).
 * - `startsNote`: the line opens a new note (a marker, a book title, `同①`, `Name:《`, or `*` —
 *   chen-zeng-2019-guoji-zhanwang's title note), rather than continuing the previous one.
 *
 * Input: one line (after the character maps). Output: boolean.
 */
const MARKER = '[\\u2460-\\u2473]';
const NOTE_START = new RegExp(`^(?:${MARKER}|《|同${MARKER}|\\p{Script=Han}{2,4}(?:、\\p{Script=Han}{2,4})*[:：]《|\\*\\s)`, 'u');
const NOTE_LIKE = /^(?:https?:|[\u0400-\u04FF]|[A-Za-z])/u;

export function startsNote(text: string): boolean {
  return NOTE_START.test(text.trim());
}

export function looksLikeFootnote(text: string): boolean {
  const t = text.trim();
  return startsNote(t) || NOTE_LIKE.test(t);
}
