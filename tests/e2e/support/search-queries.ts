/**
 * The oracle and the query set of the search recall test (tests/e2e/search-recall.test.ts), kept apart
 * from the site's own search code so that the test checks the search against an independent reading.
 *
 * - `scanArticle(page, url)`: the blocks of one BUILT article page as a reader sees them — each
 *   `p.para`'s `.para-text`, each `h2/h3/h4.heading`, each footnote `li.note`'s `.note__text`, each table
 *   caption and cell of `figure.table-wrap` — with the ref the search links to (`<slug>#<id>`: the
 *   paragraph's or heading's id, `note-N`, the row's `tr[id]` for a cell, the figure's id for the caption
 *   and header cells). Note numbers (`sup.note-ref`), page marks, timeline markers and the provenance
 *   links carry no block text; the generated timeline column of a table (`.row-events`, whose header is
 *   a visually hidden 大事记) is not source text either. The raw source lines (`/articles/<slug>/source/`)
 *   are read too, to sample queries that straddle a former line break.
 * - `readGlossary()`: term, aliases, English name and pinyin of every content/glossary/*.mdx.
 * - `makeOracle(t2s, glossary)`: `groups(query)` and `matches(text, groups)` — the documented query
 *   semantics, written plainly: terms split on whitespace, "…" or “…” one phrase, terms without a
 *   letter/digit/Han character dropped, queries cut at 1,000 characters; a term (or the whole unquoted
 *   query) equal, after folding and tone stripping, to an entry's English name, a name in brackets
 *   (`RATS`) or its pinyin also matches the entry's Chinese forms (《》“” removed). A block matches when
 *   its folded text contains an alternative of every group. Folding is src/search/shared/fold.ts with the
 *   published `t2s` map.
 * - `buildQuerySet(...)`: the deterministic query set (fixed lists plus fixed strides through the
 *   scanned text; no randomness), each query with its category.
 * Errors: none of its own; browser and file errors propagate.
 */
import * as OpenCC from 'opencc-js/cn2t';
import { fold } from '../../../src/search/shared/fold.ts';
import type { T2sMap } from '../../../src/search/shared/types.ts';
import { maxQueryLength, toneless, type GlossaryEntry, type ScannedArticle } from '../../../tools/harness/search-oracle.ts';

// The oracle itself (scanning built pages, the glossary, the query semantics) is shared with the search
// benchmark: tools/harness/search-oracle.ts.
export { makeOracle, maxQueryLength, readGlossary, scanArticle } from '../../../tools/harness/search-oracle.ts';
export type { GlossaryEntry, Oracle, ScannedArticle, ScannedBlock } from '../../../tools/harness/search-oracle.ts';

export interface Query {
  query: string;
  kind: string;
}

const meaningful = /[\p{L}\p{N}]/u;
const hanOnly = /^\p{Script=Han}+$/u;

/** `count` substrings at fixed strides through the article's block texts, lengths cycling 2…8, each inside one block. */
function strideSubstrings(article: ScannedArticle, count: number, offset: number): string[] {
  const texts = article.blocks.map((b) => [...b.text]).filter((chars) => chars.length >= 2);
  const total = texts.reduce((n, chars) => n + chars.length, 0);
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    const length = 2 + ((k + offset) % 7);
    let at = Math.floor(((k + 0.5) * total) / count);
    const chars = texts.find((t) => (at < t.length ? true : ((at -= t.length), false)))!;
    let start = Math.max(0, Math.min(at, chars.length - length));
    let s = chars.slice(start, start + length).join('');
    while (!meaningful.test(s) && start + length < chars.length) s = chars.slice(++start, start + length).join('');
    out.push(s.trim());
  }
  return out;
}

/**
 * Substrings straddling a former line break: for a paragraph made of several raw lines, the last (up to
 * three) Han characters of one raw line and the first (up to three) of the next, when that pair occurs
 * in the published paragraph (punctuation at the break, which the normaliser may have changed, is not
 * used). At most `count` per article, taken at a fixed stride through the article's breaks.
 */
function lineBreakSubstrings(article: ScannedArticle, count: number, f: (s: string) => string): string[] {
  const found: string[] = [];
  for (const block of article.blocks) {
    if (block.kind !== 'paragraph') continue;
    const text = f(block.text);
    for (let k = 0; k + 1 < block.lines.length; k++) {
      const before = f(article.rawLines.get(block.lines[k]!) ?? '');
      const after = f(article.rawLines.get(block.lines[k + 1]!) ?? '');
      if (!before || !after) continue;
      const tail = [...before].slice(-3).join('');
      const head = [...after].slice(0, 3).join('');
      if (hanOnly.test(tail) && hanOnly.test(head) && text.includes(tail + head)) found.push(tail + head);
    }
  }
  if (found.length <= count) return found;
  return Array.from({ length: count }, (_, k) => found[Math.floor(((k + 0.5) * found.length) / count)]!);
}

export interface QuerySetInput {
  articles: readonly ScannedArticle[];
  glossary: readonly GlossaryEntry[];
  t2s: T2sMap;
}

export function buildQuerySet({ articles, glossary, t2s }: QuerySetInput): Query[] {
  const f = (s: string): string => fold(s, t2s);
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
  const queries: Query[] = [];
  const add = (kind: string, ...list: string[]): void => {
    for (const query of list) if (query && !queries.some((q) => q.query === query)) queries.push({ query, kind });
  };

  // Every glossary term and alias, without 《》“” (the search does not need them) …
  for (const entry of glossary) add('glossary term/alias', ...[entry.term, ...entry.aliases].map((s) => s.replace(/[《》“”]/g, '')));
  // … and the terms written with their marks, which then must occur with the marks.
  add('glossary term with marks', ...glossary.map((e) => e.term).filter((t) => /[《》“”]/.test(t)));

  // Single characters: common ones, the three rarest Han characters of the corpus, one it lacks.
  const frequency = new Map<string, number>();
  for (const a of articles) for (const b of a.blocks) for (const c of b.text) if (hanOnly.test(c)) frequency.set(c, (frequency.get(c) ?? 0) + 1);
  const rarest = [...frequency].sort(([a, m], [b, n]) => m - n || (a < b ? -1 : 1)).slice(0, 3).map(([c]) => c);
  add('single character', '路', '国', '的', '盟', '疆', ...rarest, '龘');

  // Substrings of every article: five at fixed strides (within one block; lengths 2–8), two straddling
  // former line breaks of the raw source.
  articles.forEach((article, i) => add('article substring', ...strideSubstrings(article, 5, i)));
  for (const article of articles) add('substring across a line break', ...lineBreakSubstrings(article, 2, f));

  // Traditional characters, full width, mixed case.
  add('traditional', '上合組織', '命運共同體', '經濟', '國際關係', '發展戰略', '「上海精神」', '一帶一路', '東南亞國家聯盟', '習近平');
  // … and one substring per article written in traditional characters (opencc-js), when that changes it.
  for (const [i, article] of articles.entries()) {
    const simplified = strideSubstrings(article, 1, i + 3)[0]!;
    const traditional = toTraditional(simplified);
    if (traditional !== simplified) add('traditional', traditional);
  }
  add('full width / case', 'ＳＣＯ', '２０１７', '２０１７年', 'Sco', 'sCO', 'ＲＡＴＳ', 'brics', 'ＨＴＴＰ', 'Central ASIA');

  // Connectors (src/search/shared/fold.ts step 4): a hyphen typed for the text's dash and the other way
  // round, and for every block holding a dash, a piece around it with the dash swapped for another one.
  add('connector', 'CASA-1000', 'CASA–1000', '中国-吉尔吉斯斯坦', '北京-阿斯塔纳', '中国－中亚', '2008-2019');
  const swaps = ['-', '\u2013', '\u2014', '\uff0d'];
  let dashed = 0;
  for (const article of articles) {
    for (const block of article.blocks) {
      const at = block.text.search(/[\u2010-\u2015\u2212\uff0d-]/u);
      if (at < 2 || dashed >= 12) continue;
      const piece = block.text.slice(at - 2, at + 3);
      if (/\s/u.test(piece)) continue;
      add('connector', piece.slice(0, 2) + swaps[dashed % swaps.length]! + piece.slice(3));
      dashed += 1;
    }
  }

  // Several terms (all in one block), quoted phrases.
  add('multi-term', '上合组织 安全', '中亚 能源 合作', '上海精神 互信', '一带一路 对接', '俄罗斯 印度 巴基斯坦', '阿富汗 恐怖主义', '安全 上合组织', '上合组织\u3000安全', '经济 SCO', '上合组织 上合组织');
  for (const [i, article] of articles.entries()) {
    if (i % 2 !== 0) continue;
    // two pieces of one long block (present together) and pieces of two articles (likely never together)
    const long = article.blocks.filter((b) => b.text.length > 60)[i % 3];
    if (long) add('multi-term', `${[...long.text].slice(5, 8).join('')} ${[...long.text].slice(-9, -6).join('')}`);
    const other = articles[(i + 3) % articles.length]!;
    add('multi-term', `${strideSubstrings(article, 1, 2)[0]!} ${strideSubstrings(other, 1, 4)[0]!}`);
  }
  add('quoted phrase', '"一带一路"', '“命运 共同体”', '"上海 精神"', '“上海精神” 发展', '"上合组织 安全"', '"上海精神', '"Shanghai Spirit" 合作', '“RATS”');

  // English names, bracketed abbreviations and pinyin of the glossary.
  add('English / pinyin', 'Shanghai Spirit', 'shanghai jingshen', 'shang hai jing shen', 'shàng hǎi jīng shén', 'RATS', 'SCO', 'BRICS', 'Central Asia',
    'Belt and Road Initiative', 'yidaiyilu', 'yi dai yi lu', 'Xi Jinping', 'qingdao', 'NATO', 'CIS', 'EAEU', 'WTO', 'CICA', 'community with a shared future', 'New Security Concept');
  glossary.forEach((entry, i) => {
    if (i % 12 === 0) add('English / pinyin', entry.english);
    if (i % 12 === 4) add('English / pinyin', toneless(entry.pinyin));
    if (i % 12 === 8) add('English / pinyin', toneless(entry.pinyin).replace(/\s+/g, ''));
  });

  add('nowhere', '量子计算机', 'xyzzy', '南极洲', '火星殖民地');

  // Edge queries: punctuation only; exactly 1,000 characters (one term repeated; a prefix of the longest
  // block); over the limit (the longest block's first 1,000 characters, then text that would match
  // nothing if it were not cut); markup that must stay text.
  const longest = articles.flatMap((a) => a.blocks).reduce((a, b) => (b.text.length > a.text.length ? b : a));
  add('edge', '，。', '上合组织 '.repeat(200));
  if (longest.text.length >= maxQueryLength) {
    add('edge', longest.text.slice(0, maxQueryLength), longest.text.slice(0, maxQueryLength) + '量子计算机'.repeat(40));
  }
  add('edge', '<img src=x onerror="window.__pwned=1">');
  return queries;
}
