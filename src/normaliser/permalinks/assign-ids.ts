/**
 * Assign permalink ids to an article's blocks so that links issued earlier keep working.
 *
 * Input: the previous registry (or undefined on first run) and the blocks' texts in reading order.
 * Output: `{ ids, aliases, registry, changes }` — an id per block, the old ids that land on each block, the
 * new registry, and what happened to earlier ids (for the report).
 *
 * Matching, in order (similarity = Dice coefficient of character bigrams, threshold 0.8: a typo fix or a
 * repaired artifact in a paragraph of 20+ characters stays above it, a different paragraph stays far below):
 * 1. same text → same id;
 * 2. an old block similar to two or more consecutive new blocks together (≥ 0.8, and more similar than
 *    to any one of them) → split: the parts get new ids and the first carries the old id (and its
 *    aliases) as aliases;
 * 3. two or more consecutive old blocks similar to one new block together (likewise) → merge: it gets a
 *    new id and carries all old ids as aliases;
 * 4. similar text (≥ 0.8), best pairs first → same id (an edit);
 * 5. new blocks left → new ids (derived from the text, never one issued before);
 * 6. old blocks left → retired: the id stays reserved and its link lands on a notice.
 * Deterministic; never throws.
 */
import { createHash } from 'node:crypto';
import type { PermalinkRegistry } from '../../content-model/schemas/permalink-registry.ts';

export const SIMILAR = 0.8;

function bigrams(text: string): Map<string, number> {
  const chars = [...text];
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i]! + chars[i + 1]!;
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** Dice coefficient of the character-bigram multisets of `a` and `b`, 0–1 (1 for equal texts). */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const x = bigrams(a);
  const y = bigrams(b);
  let shared = 0;
  for (const [g, n] of x) shared += Math.min(n, y.get(g) ?? 0);
  const total = [...x.values(), ...y.values()].reduce((s, n) => s + n, 0);
  return total === 0 ? 0 : (2 * shared) / total;
}

function base32(bytes: Uint8Array): string {
  let out = '';
  let value = 0;
  let bits = 0;
  for (const byte of bytes) {
    value = ((value << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      out += ((value >>> (bits - 5)) & 31).toString(32);
      bits -= 5;
    }
  }
  return out;
}

/** A new id for `text`: `p` + base-32 SHA-256 prefix (6+ characters) not in `taken`. */
function freshId(text: string, taken: Set<string>): string {
  for (let k = 0; ; k++) {
    const digest = base32(createHash('sha256').update(k === 0 ? text : `${text}\0${k}`).digest());
    for (let length = 6; length <= 12; length++) {
      const id = `p${digest.slice(0, length)}`;
      if (!taken.has(id)) {
        taken.add(id);
        return id;
      }
    }
  }
}

export interface IdChange {
  kind: 'edited' | 'split' | 'merged' | 'retired';
  ids: string[];
}

export function assignIds(previous: PermalinkRegistry | undefined, texts: readonly string[]) {
  const old = previous?.blocks ?? [];
  const taken = new Set<string>([...old.flatMap((b) => [b.id, ...b.aliases]), ...(previous?.retired ?? []).map((r) => r.id)]);
  const ids: (string | undefined)[] = texts.map(() => undefined);
  const aliases: string[][] = texts.map(() => []);
  const usedOld = new Set<number>();
  const changes: IdChange[] = [];
  const keep = (n: number, o: number) => {
    ids[n] = old[o]!.id;
    aliases[n]!.push(...old[o]!.aliases);
    usedOld.add(o);
  };

  // 1. same text
  const byText = new Map<string, number[]>();
  old.forEach((b, o) => byText.set(b.text, [...(byText.get(b.text) ?? []), o]));
  texts.forEach((text, n) => {
    const o = byText.get(text)?.find((i) => !usedOld.has(i));
    if (o !== undefined) keep(n, o);
  });

  // 2. splits: one old block ≈ consecutive unmatched new blocks
  old.forEach((b, o) => {
    if (usedOld.has(o)) return;
    for (let start = 0; start < texts.length; start++) {
      if (ids[start]) continue;
      for (let end = start + 1; end < texts.length && !ids[end]; end++) {
        const whole = similarity(texts.slice(start, end + 1).join(''), b.text);
        // a split only where the parts together match better than any part alone (else: an edit)
        if (whole < SIMILAR || texts.slice(start, end + 1).some((t) => similarity(t, b.text) >= whole)) continue;
        for (let n = start; n <= end; n++) ids[n] = freshId(texts[n]!, taken);
        aliases[start]!.push(b.id, ...b.aliases);
        usedOld.add(o);
        changes.push({ kind: 'split', ids: [b.id] });
        return;
      }
    }
  });

  // 3. merges: consecutive unmatched old blocks ≈ one unmatched new block
  texts.forEach((text, n) => {
    if (ids[n]) return;
    for (let start = 0; start < old.length; start++) {
      if (usedOld.has(start)) continue;
      for (let end = start + 1; end < old.length && !usedOld.has(end); end++) {
        const whole = similarity(old.slice(start, end + 1).map((b) => b.text).join(''), text);
        if (whole < SIMILAR || old.slice(start, end + 1).some((b) => similarity(b.text, text) >= whole)) continue;
        ids[n] = freshId(text, taken);
        for (let o = start; o <= end; o++) {
          aliases[n]!.push(old[o]!.id, ...old[o]!.aliases);
          usedOld.add(o);
        }
        changes.push({ kind: 'merged', ids: old.slice(start, end + 1).map((b) => b.id) });
        return;
      }
    }
  });

  // 4. similar text, best pairs first
  const pairs: { n: number; o: number; s: number }[] = [];
  texts.forEach((text, n) => {
    if (ids[n]) return;
    old.forEach((b, o) => {
      if (usedOld.has(o)) return;
      const s = similarity(text, b.text);
      if (s >= SIMILAR) pairs.push({ n, o, s });
    });
  });
  pairs.sort((a, b) => b.s - a.s || a.n - b.n || a.o - b.o);
  for (const { n, o } of pairs) {
    if (ids[n] || usedOld.has(o)) continue;
    keep(n, o);
    changes.push({ kind: 'edited', ids: [old[o]!.id] });
  }

  // 5. new blocks; 6. retired blocks
  const final = texts.map((text, n) => ids[n] ?? freshId(text, taken));
  // a retired block's aliases retire with it: every id ever issued keeps landing somewhere
  const retired = [...(previous?.retired ?? []), ...old.flatMap((b, o) => (usedOld.has(o) ? [] : [b.id, ...b.aliases].map((id) => ({ id, text: b.text }))))];
  for (const b of old.filter((_, o) => !usedOld.has(o))) changes.push({ kind: 'retired', ids: [b.id, ...b.aliases] });
  for (const r of retired) taken.add(r.id);
  const registry: PermalinkRegistry = { blocks: texts.map((text, n) => ({ id: final[n]!, text, aliases: aliases[n]! })), retired };
  return { ids: final, aliases, registry, changes };
}
