/**
 * The Pagefind query adapter: which articles may contain the query, asked of the Pagefind index in the
 * form it indexes Chinese, so that no article containing the query is missed.
 *
 * Pagefind 1.6 indexes Chinese with jieba words plus character pairs, but segments a query with the
 * browser's Intl.Segmenter, so `中国` can return a page with only 中 and `路` can miss a page with 一带一路.
 * So a term is represented by one of its character pairs (bigrams), searched alone; an article holding
 * the term holds each of its pairs, so the articles matching the pair are a superset of those matching
 * the term, and exact matching then happens on the paragraph text (search/shared/match.ts). Articles are read
 * from the `article` filter counts of each search response (every article page carries
 * `data-pagefind-filter="article:<slug>"`), so no page data is loaded here.
 *
 * What a pair costs: Pagefind segments every query it is given with Intl.Segmenter and looks each
 * segment up as a word prefix, so a pair the segmenter splits (海精 → 海 | 精) costs two lookups, and
 * each lookup loads the index chunk holding it (~38 KB, ~50 ms to decode here) unless it is loaded
 * already. So a query asks at most `pairBudget` (2) new pairs: the term groups in order, one pair per
 * alternative (a group is narrowed only when each of its alternatives has a pair and they all fit the
 * budget; otherwise it admits every article), preferring a pair the segmenter keeps whole (a word:
 * 上海, 精神), then the middle pair. Pairs already asked on this page cost nothing and are all used.
 * Fewer pairs admit more candidates, never fewer: recall does not depend on the choice.
 *
 * Input: the Pagefind module, the term groups. Output: the candidate article slugs, or `undefined` when
 *   every article is a candidate. Errors: rejects when Pagefind does.
 */
import type { Pagefind } from './pagefind.ts';
import type { TermGroup } from '../shared/query.ts';

export const pairBudget = 2;

const han = /^\p{Script=Han}{2}$/u;

/**
 * The Han character pairs of a folded term, in order of preference: the middle one, then outwards
 * (the left one first). Pairs with a Latin letter, digit or punctuation are left out: Pagefind indexes
 * those as words, not pairs (`2005.4.12` has no pair it could find).
 *   `上海精神` → `['海精', '上海', '精神']`; `路` → `[]`.
 */
export function characterPairs(term: string): string[] {
  const chars = [...term];
  const pairs = chars.slice(0, -1).map((c, i) => c + chars[i + 1]!).filter((pair) => han.test(pair));
  const middle = (pairs.length - 1) >> 1;
  const preferred: string[] = [];
  for (let d = 0; preferred.length < pairs.length; d++) {
    if (d > 0 && middle - d >= 0) preferred.push(pairs[middle - d]!);
    if (middle + d < pairs.length) preferred.push(pairs[middle + d]!);
  }
  return [...new Set(preferred)];
}

export type PairCache = Map<string, Promise<Set<string>>>;

let segmenter: Intl.Segmenter | undefined;

/** Whether Pagefind's query segmentation (Intl.Segmenter for zh-CN, words) keeps `pair` whole. */
export function isWord(pair: string): boolean {
  segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return [...segmenter.segment(pair)].length === 1;
}

/**
 * Per group, the pair of each alternative to ask (an alternative whose pairs were asked before uses all
 * of those instead), or `undefined` when the group is not narrowed: see the top of the file.
 */
export function planPairs(groups: readonly TermGroup[], asked: ReadonlySet<string> = new Set(), budget = pairBudget): (string[][] | undefined)[] {
  let left = budget;
  return groups.map((group) => {
    const perAlternative = group.alternatives.map((alternative) => {
      const pairs = characterPairs(alternative);
      const known = pairs.filter((pair) => asked.has(pair));
      if (known.length > 0) return { pairs: known, cost: 0 };
      const pair = pairs.find(isWord) ?? pairs[0];
      return pair === undefined ? { pairs: [], cost: 0 } : { pairs: [pair], cost: 1 };
    });
    if (perAlternative.some((a) => a.pairs.length === 0)) return undefined;
    const cost = perAlternative.reduce((n, a) => n + a.cost, 0);
    if (cost > left) return undefined;
    left -= cost;
    return perAlternative.map((a) => a.pairs);
  });
}

function articlesMatching(pagefind: Pagefind, pair: string, cache: PairCache): Promise<Set<string>> {
  let result = cache.get(pair);
  if (!result) {
    result = pagefind.search(pair).then((response) => {
      const counts = response.filters?.['article'] ?? {};
      return new Set(Object.entries(counts).filter(([, n]) => n > 0).map(([slug]) => slug));
    });
    cache.set(pair, result);
  }
  return result;
}

const intersect = (a: Set<string>, b: Set<string>) => new Set([...a].filter((x) => b.has(x)));

/**
 * `cache` (pair → articles) may be kept for the page's lifetime, so a later search asks Pagefind only
 * for pairs it has not seen. All planned pairs are asked at once.
 */
export async function candidateArticles(pagefind: Pagefind, groups: readonly TermGroup[], cache: PairCache = new Map()): Promise<Set<string> | undefined> {
  const plan = planPairs(groups, new Set(cache.keys()));
  const perGroup = await Promise.all(
    plan.map(async (alternatives) => {
      if (alternatives === undefined) return undefined;
      const sets = await Promise.all(alternatives.map(async (pairs) => (await Promise.all(pairs.map((pair) => articlesMatching(pagefind, pair, cache)))).reduce(intersect)));
      return new Set(sets.flatMap((set) => [...set]));
    }),
  );
  let candidates: Set<string> | undefined;
  for (const set of perGroup) {
    if (set !== undefined) candidates = candidates === undefined ? set : intersect(candidates, set);
  }
  return candidates;
}
