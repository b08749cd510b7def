/**
 * The paragraph-level search index, made at build time: for every key of every block's folded text (each
 * code unit and each pair of adjacent code units: search/shared/postings.ts `blockKeys`), the ascending
 * ids of the blocks holding it, sharded by a hash of the key so that a query fetches only the shards of
 * its own keys (search/client/index-candidates.ts).
 *
 * Input: the articles' block texts in manifest order (`texts[article][block]`, the published text the
 *   search verifies against: search/index/search-data.ts `searchBlocks`), and the manifest's fold map.
 * Output: `{ info, shards }` — `info` `{ format, shardCount, chunkSize }` goes into the manifest
 *   (`index`: the encoding's version, the number of shard files and the number of blocks per chunk file;
 *   block ids are numbered through the articles' block counts, the manifest's `articles.counts`; search/index/search-data.ts
 *   `searchBlockChunks`); `shards[n]` is the exact body of `/search/data/<version>/index/<n>.json` (routes.ts
 *   `searchIndexShardPath`): a JSON object key → encoded postings (search/shared/postings.ts
 *   `encodePostings`), keys in code-unit order, `{}` for a shard no key falls into.
 *   The shard count is the smallest power of two (1 … 65,536) that keeps the encoded postings at most
 *   `shardTarget` (8,000) characters per shard on average: 64 shards for today's 8 articles (452 blocks,
 *   64 K characters → 321 KB of shards, 183 KB gzip; ≤ 3.3 KB gzip a shard, most of it the keys of
 *   pairs that occur once). Estimate at 10,000 articles of today's length (~80 M characters, ~1.6 keys per
 *   character and block, ~1.2 characters per posting, keys shared): ~200 MB → 32,768 shards of ~6 KB
 *   (3–4 KB gzip), ~20 KB of shards per article. Deterministic: the same texts → the same files.
 * Errors: none.
 */
import { fold } from '../shared/fold.ts';
import { blockKeys, encodeNumber, shardOf, type IndexShard } from '../shared/postings.ts';
import { compareCodeUnits } from '../shared/compare-code-units.ts';
import type { T2sMap } from '../shared/types.ts';

import type { SearchIndexInfo } from '../shared/types.ts';

/** What the manifest says of the index (`SearchManifest['index']`). */
export type IndexInfo = SearchIndexInfo;

export const indexFormat = 1;
/** Blocks per chunk file: a query fetches the chunks of its candidate blocks (~2–4 KB gzip each). */
export const chunkSize = 8;
export const shardTarget = 8_000;
export const maxShards = 65_536;

export function buildPostingsIndex(texts: readonly (readonly string[])[], t2s: T2sMap): { info: IndexInfo; shards: string[] } {
  // Per key: the encoded postings so far and the last id (ids arrive in ascending order).
  const postings = new Map<string, { text: string; last: number }>();
  let id = 0;
  let total = 0;
  for (const blocks of texts) {
    for (const text of blocks) {
      for (const key of blockKeys(fold(text, t2s))) {
        const entry = postings.get(key);
        if (entry === undefined) {
          const text = encodeNumber(id);
          postings.set(key, { text, last: id });
          total += text.length + key.length + 6;
        } else {
          const gap = encodeNumber(id - entry.last - 1);
          entry.text += gap;
          entry.last = id;
          total += gap.length;
        }
      }
      id++;
    }
  }
  let shardCount = 1;
  while (shardCount < maxShards && total / shardCount > shardTarget) shardCount *= 2;
  const byShard: [string, string][][] = Array.from({ length: shardCount }, () => []);
  for (const [key, { text }] of postings) byShard[shardOf(key, shardCount)]!.push([key, text]);
  const shards = byShard.map((entries) => {
    entries.sort((a, b) => compareCodeUnits(a[0], b[0]));
    const body: IndexShard = {};
    for (const [key, text] of entries) body[key] = text;
    return JSON.stringify(body);
  });
  return { info: { format: indexFormat, shardCount, chunkSize }, shards };
}
