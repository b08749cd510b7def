/**
 * Turn ASCII punctuation in Chinese text into full-width Chinese punctuation.
 *
 * Artifact (E; zhiku-yuanzhuo-54-tianjin-summit throughout, chen-zeng-2019-guoji-zhanwang page-wise,
 * sun-zhuangzhi-sco-community/han-lu-sco-international-cooperation for `:` and `( )`):
 * zhiku-yuanzhuo-54-tianjin-summit L7 `8月31日至9月1日,2025年…`, L13 `…内涵?`, L15 `许涛(中国现代国际关系研究院…):`;
 * chen-zeng-2019-guoji-zhanwang L71 `马扎里沙里夫(Mazar-e-Sharif)`.
 *
 * Rule (docs/text-conventions.md#characters): a balanced `( … )` becomes `（…）` when it contains Han or
 * touches CJK context on either side (done first, so `)：` sees a full-width bracket); `, ; ? !` become `，；？！`
 * when either neighbour is CJK context; `:` becomes `：` when preceded by CJK context. URLs are masked and
 * left alone; a passage in Latin or Cyrillic script has no CJK neighbours and is untouched, and so is
 * `1006-1568-(2019)06-0090-19`.
 *
 * Input: one paragraph's text (spaces already normalised). Output: the converted text.
 */
import { HAN, URL_PATTERN, isCjkContext } from './char-classes.ts';

const FULL: Readonly<Record<string, string>> = { ',': '，', ';': '；', '?': '？', '!': '！', ':': '：' };

function convertParentheses(chars: string[]): void {
  const open: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === '(') open.push(i);
    else if (chars[i] === ')' && open.length > 0) {
      const start = open.pop()!;
      const inner = chars.slice(start + 1, i);
      if (inner.some((c) => HAN.test(c)) || isCjkContext(chars[start - 1]) || isCjkContext(chars[i + 1])) {
        chars[start] = '（';
        chars[i] = '）';
      }
    }
  }
}

function convertSegment(segment: string): string {
  const chars = [...segment];
  convertParentheses(chars);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const full = FULL[ch];
    if (full === undefined) continue;
    const before = chars[i - 1];
    const after = chars[i + 1];
    if (ch === ':' ? isCjkContext(before) : isCjkContext(before) || isCjkContext(after)) chars[i] = full;
  }
  return chars.join('');
}

export function toChinesePunctuation(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(URL_PATTERN)) {
    out += convertSegment(text.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + convertSegment(text.slice(last));
}
