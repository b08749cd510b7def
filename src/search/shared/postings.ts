/**
 * The paragraph-level search index's shared half: which keys a folded text and a query term have, how a
 * posting list (the ids of the blocks holding a key) is written, and which shard file holds a key. The
 * build (search/index/postings-index.ts) and the browser (search/client/index-candidates.ts) use these
 * same functions, so the two sides agree by construction.
 *
 * - Block ids: the blocks of the manifest's articles numbered in order, article after article
 *   (`blockStarts(counts)` gives each article's first id).
 * - Keys (`blockKeys(folded)`): every UTF-16 code unit of a block's folded text (search/shared/fold.ts),
 *   and every pair of adjacent code units — Han pairs (上海), Latin and digit pairs (sc, 20), and pairs
 *   with punctuation alike. Code units, not code points, because matching (search/shared/match.ts) finds
 *   an alternative with `indexOf` on code units: a block whose folded text contains an alternative as a
 *   substring contains each of the alternative's adjacent code-unit pairs (and, for a one-unit
 *   alternative, that unit), so intersecting their postings never misses a block.
 * - `termKeys(alternative)`: the keys looked up for one folded alternative: its one code unit, or at
 *   most `maxKeysPerTerm` (3) of its pairs — the first, the last and the middle one (any subset of the
 *   pairs gives a superset of the matching blocks; the verification step is exact).
 *   `上海合作组织` → `['上海', '组织', '合作']`; `s` → `['s']`; `2001年` → `['20', '1年', '00']`.
 * - `encodePostings(ids)` / `decodePostings(text)`: ascending ids as gaps (the first id, then
 *   `id - previous - 1`), each gap a base-32 varint of ASCII characters, most significant digit first:
 *   digits of a continuing chunk from `wxyzA–Z-_`, the last chunk from `0–9a–v`. `[0, 1, 2, 40]` →
 *   `'000x5'` (37 = 1·32 + 5: x is 1 continuing, 5 is 5 last). JSON-safe, no escaping.
 * - `shardOf(key, shardCount)`: FNV-1a (32 bits) over the key's code units, modulo the shard count (a
 *   power of two): the same key → the same shard, on every build and in every browser.
 * - `intersectSorted`, `unionSorted`: on ascending id lists.
 * Errors: `decodePostings` throws on a character outside the two alphabets or a text ending mid-number.
 */

export const maxKeysPerTerm = 3;

const finalDigits = '0123456789abcdefghijklmnopqrstuv';
const moreDigits = 'wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';
const digitValue = new Map<string, { value: number; last: boolean }>([
  ...[...finalDigits].map((c, value) => [c, { value, last: true }] as const),
  ...[...moreDigits].map((c, value) => [c, { value, last: false }] as const),
]);

/** One non-negative integer (< 2^31) as a base-32 varint. */
export function encodeNumber(n: number): string {
  let out = finalDigits[n & 31]!;
  for (let rest = n >>> 5; rest > 0; rest >>>= 5) out = moreDigits[rest & 31]! + out;
  return out;
}

export function encodePostings(ids: readonly number[]): string {
  let out = '';
  let previous = -1;
  for (const id of ids) {
    out += encodeNumber(id - previous - 1);
    previous = id;
  }
  return out;
}

export function decodePostings(text: string): number[] {
  const ids: number[] = [];
  let previous = -1;
  let value = 0;
  let open = false;
  for (const c of text) {
    const digit = digitValue.get(c);
    if (digit === undefined) throw new Error(`postings: unexpected character ${JSON.stringify(c)}`);
    value = value * 32 + digit.value;
    open = true;
    if (digit.last) {
      previous += value + 1;
      ids.push(previous);
      value = 0;
      open = false;
    }
  }
  if (open) throw new Error('postings: the text ends inside a number');
  return ids;
}

/** Every key of a folded block text: each code unit and each pair of adjacent code units. */
export function blockKeys(folded: string): Set<string> {
  const keys = new Set<string>();
  for (let i = 0; i < folded.length; i++) {
    keys.add(folded[i]!);
    if (i + 1 < folded.length) keys.add(folded.slice(i, i + 2));
  }
  return keys;
}

export function termKeys(alternative: string): string[] {
  if (alternative.length === 0) return [];
  if (alternative.length === 1) return [alternative];
  const last = alternative.length - 2;
  const picks = [0, last, last >> 1];
  return [...new Set(picks.slice(0, maxKeysPerTerm).map((i) => alternative.slice(i, i + 2)))];
}

export function shardOf(key: string, shardCount: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % shardCount;
}

/** Each article's first block id, from the articles' block counts in manifest order. */
export function blockStarts(counts: readonly number[]): number[] {
  const starts: number[] = [];
  let next = 0;
  for (const count of counts) {
    starts.push(next);
    next += count;
  }
  return starts;
}

export function intersectSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      out.push(a[i]!);
      i++;
      j++;
    }
  }
  return out;
}

export function unionSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! < b[j]!)) out.push(a[i++]!);
    else if (i >= a.length || b[j]! < a[i]!) out.push(b[j++]!);
    else {
      out.push(a[i++]!);
      j++;
    }
  }
  return out;
}

/** A shard file's body: key → encoded postings, keys in code-unit order (routes.ts `searchIndexShardPath`). */
export type IndexShard = Record<string, string>;

/**
 * The candidate block ids of a query's term groups, from a lookup of a key's postings (absent key: no
 * block holds it): per alternative the intersection of its keys' postings, per group the union of its
 * alternatives, and the intersection across groups. Ascending. A block matching the groups is always
 * among them.
 */
export function candidateIds(groups: readonly { alternatives: readonly string[] }[], postings: (key: string) => readonly number[]): number[] {
  let result: number[] | undefined;
  for (const group of groups) {
    let any: number[] = [];
    for (const alternative of group.alternatives) {
      let all: number[] | undefined;
      for (const key of termKeys(alternative)) {
        all = all === undefined ? [...postings(key)] : intersectSorted(all, postings(key));
        if (all.length === 0) break;
      }
      any = unionSorted(any, all ?? []);
    }
    result = result === undefined ? any : intersectSorted(result, any);
    if (result.length === 0) break;
  }
  return result ?? [];
}
