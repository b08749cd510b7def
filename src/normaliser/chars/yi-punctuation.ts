/**
 * Map Yi-syllable code points that a PDF font used for Chinese punctuation back to that punctuation.
 *
 * Artifact (sun-zhuangzhi-sco-community L1, han-lu-sco-international-cooperation passim):
 * `…上海合作组织\uA3AC面对新形势` — U+A3AC ꎬ stands for ，, U+A3AE ꎮ for 。, U+A3BB ꎻ for ；.
 *
 * Input: one line of text. Output: the same line with those three code points replaced.
 * Throws `RealYiTextError` if the text holds any other Yi syllable or radical (U+A000–U+A4CF): then
 * the file may contain real Yi script and the map must not run blindly.
 */
const YI_PUNCTUATION: Readonly<Record<string, string>> = { '\uA3AC': '，', '\uA3AE': '。', '\uA3BB': '；' };

export class RealYiTextError extends Error {
  override name = 'RealYiTextError';
}

export function mapYiPunctuation(text: string): string {
  return text.replace(/[\uA000-\uA4CF]/g, (ch) => {
    const mapped = YI_PUNCTUATION[ch];
    if (mapped === undefined) {
      const cp = ch.codePointAt(0)!.toString(16).toUpperCase();
      throw new RealYiTextError(`U+${cp} is a Yi character with no punctuation meaning: real Yi text?`);
    }
    return mapped;
  });
}
