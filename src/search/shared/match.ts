/**
 * Exact matching of parsed query groups (search/shared/query.ts) against a block's text: the verification step
 * that makes search results equal to a plain substring scan, whatever Pagefind's segmentation returned.
 *
 * Input: the block's published text, the fold data (`FoldData`: the manifest's fold map and fold
 *   sources, search/index/search-data.ts), the term groups.
 * Before folding, a block is screened (`mayMatch`): for an alternative to be possible, the block must
 * contain each of its characters or one that folds to it (国 or 國 for the 国 of `中国`; s, S, ｓ or Ｓ
 * for the s of `shanghaispirit`), a native `includes` per variant; a block in which no alternative of
 * some group is possible is not folded. Most blocks fail, so a search folds only the few that can match
 * (folding every block of the candidate articles cost ~60 ms of script and as much garbage collection in
 * a cold search; an English or pinyin query, screened before only by its Chinese alternative's
 * characters, folded every block). The screen never rejects a block that matches: the variants of a
 * character are itself and every character of the corpus that folds to it (`foldVariants`), and a
 * corpus character other than itself folds to it only through the t2s map or from outside the range
 * that folding leaves alone (fold.ts's `isPlainWide`), which are the manifest's `foldSources`.
 * Output: `undefined` when some group has no alternative in the folded text; otherwise the occurrences
 *   of every alternative of every group as `[start, end)` ranges in the ORIGINAL text, sorted, merged
 *   where they overlap — e.g. `上合組織` in `上合组织的“上海精神”…` → `[[0, 4]]`.
 * Errors: none.
 */
import { compareCodeUnits } from './compare-code-units.ts';
import { fold, foldText, isPlainWide, type Folded } from './fold.ts';
import type { T2sMap } from './types.ts';
import type { TermGroup } from './query.ts';

export type Range = [number, number];

/**
 * What matching needs to know about folding (the search manifest has both fields): the fold map, and
 * the corpus's characters outside fold.ts's `isPlainWide` range — the only ones besides the map's keys
 * that can fold to a character other than themselves.
 */
export interface FoldData {
  t2s: T2sMap;
  foldSources: string;
}

/**
 * The fold sources of some texts: their distinct characters outside `isPlainWide`, in code-unit order.
 *   `foldSourcesOf(['上合組織（ＳＣＯ）', 'SCO'])` → `'COSＣＯＳ（）'`.
 */
export function foldSourcesOf(texts: Iterable<string>): string {
  const chars = new Set<string>();
  for (const text of texts) for (const c of text) if (!isPlainWide(c.charCodeAt(0))) chars.add(c);
  return [...chars].sort(compareCodeUnits).join('');
}

/**
 * Folded block texts per fold map: a block is folded once per page, not once per search (the search
 * page matches the same blocks again for every new query).
 */
const foldedTexts = new WeakMap<T2sMap, Map<string, Folded>>();

function folded(text: string, t2s: T2sMap): Folded {
  let cache = foldedTexts.get(t2s);
  if (!cache) {
    cache = new Map();
    foldedTexts.set(t2s, cache);
  }
  let result = cache.get(text);
  if (!result) {
    result = foldText(text, t2s);
    cache.set(text, result);
  }
  return result;
}

const variantMaps = new WeakMap<FoldData, Map<string, string[]>>();

/**
 * The characters a block may hold where its folded text has the character `char`: `char` itself
 * (unless it folds to something else) and every t2s key or fold source whose folded form holds it.
 *   `foldVariants('国', { t2s: { 國: '国' }, foldSources: '' })` → `['国', '國']`;
 *   `foldVariants('s', { t2s: {}, foldSources: 'SＳ' })` → `['s', 'S', 'Ｓ']`.
 */
export function foldVariants(char: string, data: FoldData): string[] {
  let inverse = variantMaps.get(data);
  if (!inverse) {
    const built = new Map<string, string[]>();
    const add = (target: string, source: string) => {
      const list = built.get(target);
      if (list) list.push(source);
      else built.set(target, [source]);
    };
    for (const [key, value] of Object.entries(data.t2s)) {
      // A key whose simplified form is one plain-wide character folds to exactly that (such a character
      // has no case, width form or whitespace: fold.ts's `isPlainWide`): most of the map, added without
      // folding it (folding all 661 keys was ~7 ms of a cold page).
      if (value.length === 1 && isPlainWide(value.charCodeAt(0))) {
        if (value !== key) add(value, key);
        continue;
      }
      for (const target of new Set(fold(key, data.t2s))) if (target !== key) add(target, key);
    }
    for (const source of data.foldSources) for (const target of new Set(fold(source, data.t2s))) if (target !== source) add(target, source);
    inverse = built;
    variantMaps.set(data, inverse);
  }
  const self = fold(char, data.t2s).includes(char) ? [char] : [];
  return [...self, ...(inverse.get(char) ?? [])];
}

/** Per query (its groups array), per group, per alternative, per distinct character: its variants. */
const screens = new WeakMap<readonly TermGroup[], { data: FoldData; variants: string[][][][] }>();

/**
 * Whether the block can match, judged without folding it: for every group, some alternative has each
 * of its characters, in some variant, in the text.
 *   `mayMatch('上合組織…', data, [group('中国')])` → false; `[group('组织')]` → true.
 */
export function mayMatch(text: string, data: FoldData, groups: readonly TermGroup[]): boolean {
  let screen = screens.get(groups);
  if (screen?.data !== data) {
    const variants = groups.map((group) => group.alternatives.map((alternative) => [...new Set(alternative)].map((char) => foldVariants(char, data))));
    screen = { data, variants };
    screens.set(groups, screen);
  }
  return screen.variants.every((group) => group.some((chars) => chars.every((variants) => variants.some((variant) => text.includes(variant)))));
}

export function matchBlock(text: string, data: FoldData, groups: readonly TermGroup[]): Range[] | undefined {
  if (groups.length === 0 || !mayMatch(text, data, groups)) return undefined;
  const { text: foldedText, map } = folded(text, data.t2s);
  const ranges: Range[] = [];
  for (const group of groups) {
    let found = false;
    for (const alternative of group.alternatives) {
      for (let i = foldedText.indexOf(alternative); i !== -1; i = foldedText.indexOf(alternative, i + 1)) {
        found = true;
        const last = map[i + alternative.length - 1]!;
        ranges.push([map[i]!, last + (text.codePointAt(last)! > 0xffff ? 2 : 1)]);
      }
    }
    if (!found) return undefined;
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Range[] = [];
  for (const range of ranges) {
    const previous = merged.at(-1);
    if (previous && range[0] <= previous[1]) previous[1] = Math.max(previous[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}
