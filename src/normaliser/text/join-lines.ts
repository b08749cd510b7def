/**
 * Join the raw lines of one paragraph into one string.
 *
 * Artifact (A; jingji-ribao-2021-sco-20 L4–6 `原苏联 15 个加盟共和国分别独⏎⏎立 。`, sun-zhuangzhi-sco-community L8–9
 * `相⏎互包容，`, han-lu-sco-international-cooperation L437–438 `…принял участие во⏎встрече…`): PDF and newspaper
 * extraction breaks lines inside words.
 *
 * Rule: trim each line; join with nothing, except between two non-Han letters (Latin, Cyrillic), which
 * were two words, so they get one space.
 *
 * Input: the lines' texts in reading order. Output: one string without line breaks.
 */
import { isNonHanLetter } from './char-classes.ts';

export function joinLines(texts: readonly string[]): string {
  let out = '';
  for (const raw of texts) {
    const text = raw.trim();
    if (text === '') continue;
    const needsSpace = isNonHanLetter([...out].at(-1)) && isNonHanLetter([...text][0]);
    out += (needsSpace ? ' ' : '') + text;
  }
  return out;
}
