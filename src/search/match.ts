/**
 * Exact matching of parsed query groups (search/query.ts) against a block's text: the verification step
 * that makes search results equal to a plain substring scan, whatever Pagefind's segmentation returned.
 *
 * Input: the block's published text, the fold map, the term groups.
 * Output: `undefined` when some group has no alternative in the folded text; otherwise the occurrences
 *   of every alternative of every group as `[start, end)` ranges in the ORIGINAL text, sorted, merged
 *   where they overlap — e.g. `上合組織` in `上合组织的“上海精神”…` → `[[0, 4]]`.
 * Errors: none.
 */
import { foldText, type Folded, type T2sMap } from './fold.ts';
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

export function matchBlock(text: string, t2s: T2sMap, groups: readonly TermGroup[]): Range[] | undefined {
  if (groups.length === 0) return undefined;
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
