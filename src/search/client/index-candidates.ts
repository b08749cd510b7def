/**
 * Candidate blocks of a query from the paragraph-level index (search/index/postings-index.ts): fetch the
 * shards of the query's keys only (search/shared/postings.ts `termKeys`, `shardOf`), intersect each
 * alternative's postings, unite a group's alternatives, intersect the groups. The candidates are a
 * superset of the matching blocks (every key of a matching alternative is in the block's folded
 * text); search/client/run-search.ts then verifies each one exactly.
 *
 * Input: the term groups (search/shared/query.ts), the manifest's `index`, the articles' block counts
 *   (the manifest's `articles.counts`, in site order), and a loader of a shard by
 *   number (search/client/search-client.ts `loadShard`, which fetches each shard at most once a page).
 * Output: per article (its index in the manifest), the positions of its candidate blocks, ascending;
 *   articles without a candidate are absent. `keysOf(groups)` → the keys a query looks up.
 * Errors: rejects when a shard cannot be loaded; throws on a malformed posting list.
 */
import { blockStarts, candidateIds, decodePostings, shardOf, termKeys, type IndexShard } from '../shared/postings.ts';
import type { SearchIndexInfo } from '../shared/types.ts';

export function keysOf(groups: readonly { alternatives: readonly string[] }[]): string[] {
  return [...new Set(groups.flatMap((group) => group.alternatives.flatMap(termKeys)))];
}

export async function indexCandidates(
  groups: readonly { alternatives: readonly string[] }[],
  index: SearchIndexInfo,
  counts: readonly number[],
  loadShard: (shard: number) => Promise<IndexShard>,
): Promise<Map<number, number[]>> {
  const keys = keysOf(groups);
  const shardNumbers = [...new Set(keys.map((key) => shardOf(key, index.shardCount)))];
  const shards = new Map(await Promise.all(shardNumbers.map(async (n) => [n, await loadShard(n)] as const)));
  const decoded = new Map<string, number[]>();
  const postings = (key: string): number[] => {
    let ids = decoded.get(key);
    if (ids === undefined) {
      const text = shards.get(shardOf(key, index.shardCount))![key];
      ids = text === undefined ? [] : decodePostings(text);
      decoded.set(key, ids);
    }
    return ids;
  };
  const ids = candidateIds(groups, postings);
  const starts = blockStarts(counts);
  const byArticle = new Map<number, number[]>();
  let article = 0;
  for (const id of ids) {
    while (article + 1 < starts.length && starts[article + 1]! <= id) article++;
    const positions = byArticle.get(article);
    if (positions) positions.push(id - starts[article]!);
    else byArticle.set(article, [id - starts[article]!]);
  }
  return byArticle;
}
