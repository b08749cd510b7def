/**
 * Decide whether a short line is a section heading, and at which level, from its numbering.
 *
 * Artifact (the chen-zeng-2019-guoji-zhanwang table in docs/sources.md §2.4): Markdown `#` counts are
 * inconsistent (`## （二）…` at L57, `#### （四）…` at L211, `### 三、…` at L233), and
 * sun-zhuangzhi-sco-community/han-lu-sco-international-cooperation print headings as plain lines
 * (`一　 打造完善全球和地区治理的重要平台`, `(一)积极应对全球化面临的新课题`, `１ 联合国及其专门机构`).
 *
 * Rule (docs/text-conventions.md#structure): `一、` or `一` + ideographic space → level 2; `（一）` / `(一)` → level
 * 3; an Arabic number followed by a space or dot → level 4; `结束语` (letter-spaced or not) → level 2.
 * A candidate must be short (≤ 40 characters) and must not end in sentence punctuation, note markers
 * after it aside (`（一）……合作。①` is a numbered sentence with a note, not a heading); a level-4
 * candidate must be at most 16 characters with no punctuation at all (han-lu-sco-international-cooperation
 * L140 `２０ 余年来ꎬ…` is a wrapped body line, not heading 20).
 *
 * Input: one line after the character maps. Output: `{ level, numbering, title }` where `numbering` is
 * the heading's number as it prints (`一、` or `一　` as the source has it, `（一）` with full-width
 * brackets, `1.`) and `title` the rest, trimmed; or `null` if the line is not a heading.
 * `1. `: han-lu-sco-international-cooperation printed `１．`, whose dot glyph the extraction lost
 * (`１ 联合国及其专门机构`, L217); a digit and a space before a short Han line with no sentence punctuation can only be
 * that, so the dot is restored.
 */
import { NOTE_MARKER_CLASS } from '../text/char-classes.ts';

export interface HeadingMatch {
  level: 2 | 3 | 4;
  numbering: string;
  title: string;
}

const CN_NUM = '[一二三四五六七八九十]+';
const LEVEL2 = new RegExp(`^(${CN_NUM})(、|\\s*\\u3000)\\s*(.+)$`, 'u');
const LEVEL3 = new RegExp(`^[（(](${CN_NUM})[）)]\\s*(.+)$`, 'u');
const LEVEL4 = /^(\d{1,2})(?:[.．]\s*|\s+)(\p{Script=Han}.*)$/u;
const CLOSING = /^结\s*束\s*语$/u;
const ENDS_IN_PUNCTUATION = new RegExp(`[。，；：？！.,;:?!](?:\\s*${NOTE_MARKER_CLASS})*$`, 'u');

export function headingLevelOf(line: string): HeadingMatch | null {
  const text = line.trim();
  if (text.length === 0 || [...text].length > 40 || ENDS_IN_PUNCTUATION.test(text)) return null;
  if (CLOSING.test(text)) return { level: 2, numbering: '', title: '结束语' };
  let m = LEVEL2.exec(text);
  if (m) return { level: 2, numbering: `${m[1]}${m[2] === '、' ? '、' : '\u3000'}`, title: m[3]!.trim() };
  m = LEVEL3.exec(text);
  if (m) return { level: 3, numbering: `（${m[1]}）`, title: m[2]!.trim() };
  m = LEVEL4.exec(text);
  if (m && [...text].length <= 16 && !/[\p{P}]/u.test(m[2]!)) return { level: 4, numbering: `${m[1]}.`, title: m[2]!.trim() };
  return null;
}
