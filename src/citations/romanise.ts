/**
 * Hanyu Pinyin romanisation of the Chinese names and titles in citations, for the English-language
 * styles (Chicago, APA; style-items.ts), with `pinyin-pro` for the syllables.
 *
 * - `romaniseName('陈亚州')` → `{ family: 'Chen', given: 'Yazhou' }`: surname first, the given name one
 *   word (《汉语拼音正词法基本规则》 GB/T 16159—2012: 姓和名分写，姓和名的开头字母大写), the surname read in
 *   pinyin-pro's surname mode (曾 Zeng, 单 Shan); a two-character surname (欧阳, 司马…, `compoundSurnames`)
 *   is one word when the name has three or more characters.
 * - `romaniseTitle(text, names)` → the text word-joined per the 正词法 rules in sentence case (first word
 *   and the first word after a colon capitalised, proper nouns capitalised, everything else lower case),
 *   as CMOS 17 (chapter 11) and APA 7 (§9.38) direct for romanised titles; `romaniseTitle(text, names,
 *   'title')` → every word capitalised (APA's periodical names, in title case). Words are found first in `lexicon` (words of
 *   our titles and periodicals, with their romanisation written out: proper nouns capitalised, polyphones
 *   read right — 重组 chongzu —, a word the word breaker splits joined — 携手 xieshou), then among `names`
 *   (people the record names, as `romaniseName` writes them), then by the ICU word breaker
 *   (`Intl.Segmenter('zh')`, deterministic for a given Node version; only the build runs it); syllables of
 *   a word are joined, with an apostrophe before a syllable starting with a, o or e (隔音符号: Xi'an).
 *   Punctuation: `：`→`: `, `，`/`、`→`, `, `［］`→`[]`, `“”` kept, `·` → space; Latin letters and digits kept.
 *
 * Errors: none; a character pinyin-pro does not know is kept as it is.
 */
import { pinyin } from 'pinyin-pro';

export interface RomanisedName {
  family: string;
  given: string;
}

/** Two-character surnames (复姓) read as one word: the common ones of 《百家姓》. */
export const compoundSurnames = [
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '令狐', '夏侯',
  '轩辕', '端木', '独孤', '南宫', '西门', '百里', '呼延', '万俟', '闻人', '澹台', '申屠', '太史', '仲孙', '东郭',
  '公羊', '赫连', '钟离', '淳于', '单于', '濮阳', '鲜于', '闾丘', '拓跋', '司空', '第五', '左丘', '漆雕', '乐正',
];

/**
 * Words with their romanisation, written out by hand per the 正词法 rules (proper nouns capitalised,
 * each word of an organisation's name capitalised; 的 and 与 written apart).
 */
export const lexicon: Readonly<Record<string, string>> = {
  上海合作组织: 'Shanghai Hezuo Zuzhi',
  上合组织: 'Shanghe Zuzhi',
  上合: 'Shanghe',
  上海精神: 'Shanghai jingshen',
  上海: 'Shanghai',
  中国社科院上合组织研究中心: 'Zhongguo Shekeyuan Shanghe Zuzhi Yanjiu Zhongxin',
  中国社科院: 'Zhongguo Shekeyuan',
  中国: 'Zhongguo',
  中亚: 'Zhongya',
  命运共同体: 'mingyun gongtongti',
  成员国: 'chengyuanguo',
  扩员: 'kuoyuan',
  携手: 'xieshou',
  重组: 'chongzu',
  弘扬: 'hongyang',
  擘画: 'bohua',
  五国: 'wu guo',
  智库: 'zhiku',
  圆桌: 'yuanzhuo',
  及其: 'jiqi',
  的: 'de',
  与: 'yu',
};

const han = /\p{Script=Han}/u;

/** Syllables joined into one word, with the apostrophe before a/o/e after the first syllable. */
function joinSyllables(syllables: string[]): string {
  return syllables.map((s, i) => (i > 0 && /^[aoe]/u.test(s) ? `'${s}` : s)).join('');
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** How many characters of a Chinese name are its surname: 2 for a listed 复姓 in a name of 3+ characters, else 1. */
export function surnameLength(name: string): number {
  const chars = [...name];
  return chars.length >= 3 && compoundSurnames.includes(chars.slice(0, 2).join('')) ? 2 : 1;
}

export function romaniseName(name: string): RomanisedName {
  const length = surnameLength(name);
  const syllables = pinyin(name, { toneType: 'none', type: 'array', mode: 'surname', surname: 'head' });
  return {
    family: capitalise(joinSyllables(syllables.slice(0, length))),
    given: capitalise(joinSyllables(syllables.slice(length))),
  };
}

/** A token of a romanised title: a word (`proper` when its romanisation is cased already) or punctuation. */
type Token = { kind: 'word'; text: string; proper: boolean } | { kind: 'punct'; text: string };

const punctuation: Readonly<Record<string, string>> = {
  '：': ':', '，': ',', '、': ',', '；': ';', '［': '[', '］': ']', '（': '(', '）': ')', '“': '“', '”': '”',
  '‘': '‘', '’': '’', '《': '', '》': '', '·': '', '—': '–', '？': '?', '！': '!', '。': '.',
};
const opening = new Set(['[', '(', '“', '‘']);

/** Split `text` into words and punctuation (see the module comment for the order of the word sources). */
function tokens(text: string, names: Readonly<Record<string, string>>): Token[] {
  const known = { ...lexicon, ...names };
  const keys = Object.keys(known).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const syllables = pinyin(text, { toneType: 'none', type: 'array' });
  const chars = [...text];
  const out: Token[] = [];
  let run = '';
  let runStart = 0;
  const flush = () => {
    if (run === '') return;
    let offset = runStart;
    for (const { segment } of new Intl.Segmenter('zh', { granularity: 'word' }).segment(run)) {
      const n = [...segment].length;
      out.push({ kind: 'word', text: joinSyllables(syllables.slice(offset, offset + n)), proper: false });
      offset += n;
    }
    run = '';
  };
  for (let i = 0; i < chars.length; ) {
    const rest = chars.slice(i).join('');
    const key = keys.find((k) => rest.startsWith(k));
    if (key !== undefined) {
      flush();
      for (const word of known[key]!.split(' ')) out.push({ kind: 'word', text: word, proper: /^\p{Lu}/u.test(word) });
      i += [...key].length;
    } else if (han.test(chars[i]!)) {
      if (run === '') runStart = i;
      run += chars[i];
      i += 1;
    } else {
      flush();
      const c = chars[i]!;
      if (c in punctuation) out.push({ kind: 'punct', text: punctuation[c]! });
      else if (/\s/u.test(c)) out.push({ kind: 'punct', text: '' });
      else {
        // Latin letters, digits and other marks: consecutive ones form one word, kept as written.
        const last = out.at(-1);
        const previous = chars[i - 1];
        const continues = previous !== undefined && !han.test(previous) && !(previous in punctuation) && !/\s/u.test(previous);
        if (last?.kind === 'word' && continues) last.text += c;
        else out.push({ kind: 'word', text: c, proper: true });
      }
      i += 1;
    }
  }
  flush();
  return out.filter((t) => t.text !== '');
}

export function romaniseTitle(text: string, names: Readonly<Record<string, string>> = {}, casing: 'sentence' | 'title' = 'sentence'): string {
  let out = '';
  let startOfSentence = true;
  for (const token of tokens(text, names)) {
    if (token.kind === 'punct') {
      const p = token.text;
      if (opening.has(p) || p === '–') out += out === '' || out.endsWith(' ') || opening.has(out.at(-1)!) ? p : ` ${p}`;
      else out += p;
      if (p === ':' || p === '?' || p === '!' || p === '.') startOfSentence = true;
      continue;
    }
    const word = casing === 'title' || startOfSentence ? capitalise(token.text) : token.proper ? token.text : token.text.toLowerCase();
    const previous = out.at(-1);
    out += out === '' || (previous !== undefined && (opening.has(previous) || previous === '–')) ? word : ` ${word}`;
    startOfSentence = false;
  }
  return out;
}
