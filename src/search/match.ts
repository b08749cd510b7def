/**
 * Exact matching of parsed query groups (search/query.ts) against a block's text: the verification step
 * that makes search results equal to a plain substring scan, whatever Pagefind's segmentation returned.
 *
 * Input: the block's published text, the fold map, the term groups.
 * Before folding, a block is screened (`mayMatch`): for an alternative to be possible, the block must
 * contain each of its CJK characters or one that folds to it (国 or 國 for the 国 of `中国`), a native
 * `includes` per variant; a block in which no alternative of some group is possible is not folded. Most blocks fail, so a search folds only
 * the few that can match (folding every block of the candidate articles cost ~60 ms of script and as
 * much garbage collection in a cold search). The screen never rejects a block that matches: a folded
 * CJK character comes only from itself or from a t2s key folding to it (full-width, case and whitespace
 * steps never yield one), and the variants are exactly those (`foldVariants`).
 * Output: `undefined` when some group has no alternative in the folded text; otherwise the occurrences
 *   of every alternative of every group as `[start, end)` ranges in the ORIGINAL text, sorted, merged
 *   where they overlap — e.g. `上合組織` in `上合组织的“上海精神”…` → `[[0, 4]]`.
 * Errors: none.
 */
import { fold, foldText, isPlainWide, type Folded, type T2sMap } from './fold.ts';
import type { TermGroup } from './query.ts';

export type Range = [number, number];

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

/** A CJK character that folding changes only through the t2s map (fold.ts's `isPlainWide`). */
const isCjk = (char: string) => char.length === 1 && isPlainWide(char.charCodeAt(0));

const variantMaps = new WeakMap<T2sMap, Map<string, string[]>>();

/**
 * The characters a block may hold where its folded text has the CJK character `char`: `char` itself
 * (unless it folds to something else) and every t2s key whose folded form holds it.
 *   `foldVariants('国', { 國: '国' })` → `['国', '國']`.
 */
export function foldVariants(char: string, t2s: T2sMap): string[] {
  let inverse = variantMaps.get(t2s);
  if (!inverse) {
    inverse = new Map();
    for (const key of Object.keys(t2s)) {
      for (const folded of new Set(fold(key, t2s))) inverse.set(folded, [...(inverse.get(folded) ?? []), key]);
    }
    variantMaps.set(t2s, inverse);
  }
  const self = fold(char, t2s).includes(char) ? [char] : [];
  return [...self, ...(inverse.get(char) ?? []).filter((key) => key !== char)];
}

/** Per query (its groups array), per group, per alternative, per distinct CJK character: its variants. */
const screens = new WeakMap<readonly TermGroup[], { t2s: T2sMap; variants: string[][][][] }>();

/**
 * Whether the block can match, judged without folding it: for every group, some alternative has each
 * of its CJK characters, in some variant, in the text (an alternative without one always passes).
 *   `mayMatch('上合組織…', t2s, [group('中国')])` → false; `[group('组织')]` → true.
 */
export function mayMatch(text: string, t2s: T2sMap, groups: readonly TermGroup[]): boolean {
  let screen = screens.get(groups);
  if (screen?.t2s !== t2s) {
    const variants = groups.map((group) =>
      group.alternatives.map((alternative) => [...new Set(alternative)].filter(isCjk).map((char) => foldVariants(char, t2s))),
    );
    screen = { t2s, variants };
    screens.set(groups, screen);
  }
  return screen.variants.every((group) => group.some((chars) => chars.every((variants) => variants.some((variant) => text.includes(variant)))));
}

export function matchBlock(text: string, t2s: T2sMap, groups: readonly TermGroup[]): Range[] | undefined {
  if (groups.length === 0 || !mayMatch(text, t2s, groups)) return undefined;
  const { text: foldedText, map } = folded(text, t2s);
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
