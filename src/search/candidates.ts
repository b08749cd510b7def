/**
 * The Pagefind query adapter: which articles may contain the query, asked of the Pagefind index in the
 * form it indexes Chinese, so that no article containing the query is missed.
 *
 * Pagefind 1.6 indexes Chinese with jieba words plus character pairs, but segments a query with the
 * browser's Intl.Segmenter, so `中国` can return a page with only 中 and `路` can miss a page with 一带一路.
 * So each alternative of each term (search/query.ts) is rewritten into its character pairs (bigrams; at
 * most `maxPairs` of them, spread over the term — fewer pairs only admit more candidates), each pair is
 * searched alone, and an article is a candidate when it matches every pair. A term without two adjacent
 * Han characters (`路`, `SCO`, `2005.4.12`) has no pair and admits every article. Articles are read from the `article` filter counts
 * of each search response (every article page carries `data-pagefind-filter="article:<slug>"`), so no
 * page data is loaded here. Exact matching then happens on the paragraph text (search/match.ts).
 *
 * Input: the Pagefind module, the term groups. Output: the candidate article slugs, or `undefined` when
 *   every article is a candidate. Errors: rejects when Pagefind does.
 */
import type { Pagefind } from './pagefind.ts';
import type { TermGroup } from './query.ts';

export const maxPairs = 8;

const han = /^\p{Script=Han}{2}$/u;

/**
 * The Han character pairs of a folded term, at most `maxPairs`, evenly spread (first and last included).
 * Pairs with a Latin letter, digit or punctuation are left out: Pagefind indexes those as words, not
 * pairs (`2005.4.12` has no pair it could find), so such a term admits every article.
 */
export function characterPairs(term: string): string[] {
  const chars = [...term];
  const pairs = chars.slice(0, -1).map((c, i) => c + chars[i + 1]!).filter((pair) => han.test(pair));
  if (pairs.length <= maxPairs) return [...new Set(pairs)];
  const step = (pairs.length - 1) / (maxPairs - 1);
  return [...new Set(Array.from({ length: maxPairs }, (_, k) => pairs[Math.round(k * step)]!))];
}

async function articlesMatching(pagefind: Pagefind, pair: string, cache: PairCache): Promise<Set<string>> {
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

/** The articles having every pair of `alternative`, or `undefined` (every article) when it has none. */
async function alternativeArticles(pagefind: Pagefind, alternative: string, cache: PairCache): Promise<Set<string> | undefined> {
  const pairs = characterPairs(alternative);
  if (pairs.length === 0) return undefined;
  const sets = await Promise.all(pairs.map((pair) => articlesMatching(pagefind, pair, cache)));
  return sets.reduce((a, b) => new Set([...a].filter((x) => b.has(x))));
}

export type PairCache = Map<string, Promise<Set<string>>>;

/**
 * `cache` (pair → articles) may be kept for the page's lifetime, so a later search asks Pagefind only
 * for pairs it has not seen. All pairs of all alternatives are asked at once.
 */
export async function candidateArticles(pagefind: Pagefind, groups: readonly TermGroup[], cache: PairCache = new Map()): Promise<Set<string> | undefined> {
  const perGroup = await Promise.all(
    groups.map(async (group) => {
      const sets = await Promise.all(group.alternatives.map((alternative) => alternativeArticles(pagefind, alternative, cache)));
      if (sets.some((set) => set === undefined)) return undefined;
      return new Set(sets.flatMap((set) => [...set!]));
    }),
  );
  let candidates: Set<string> | undefined;
  for (const set of perGroup) {
    if (set === undefined) continue;
    candidates = candidates === undefined ? set : new Set([...candidates].filter((slug) => set.has(slug)));
  }
  return candidates;
}
