/**
 * The machine reading of a glossary headword, against which the hand-checked `pinyin` field is tested.
 *
 * Input: a headword, e.g. `《上海合作组织宪章》` or `至2025年发展战略`.
 * Output: pinyin-pro's reading with tone marks, one syllable per space-separated token, digits and Latin
 * letters kept as one token, punctuation (《》、·“”) dropped: `shàng hǎi hé zuò zǔ zhī xiàn zhāng`,
 * `zhì 2025 nián fā zhǎn zhàn lüè`; 一 and 不 in their citation tones (no tone sandhi: `yī dài yī lù`), as
 * Hanyu Pinyin orthography writes them. Polyphones are where pinyin-pro may be wrong; an entry whose checked
 * reading differs says why in `pinyinNote`. Errors: none.
 */
import { pinyin } from 'pinyin-pro';

export function computedPinyin(term: string): string {
  return pinyin(term, { toneType: 'symbol', nonZh: 'consecutive', type: 'array', toneSandhi: false })
    .flatMap((token) => token.split(/\s+/))
    .map((token) => token.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((token) => token.length > 0)
    .join(' ');
}
