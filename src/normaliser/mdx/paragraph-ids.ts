/**
 * Give each published block of an article a permalink id derived from its text, not its position.
 *
 * Id: `p` + the first 6 base-32 characters (0-9, a-v) of the SHA-256 of the block's normalised text,
 * lengthened one character at a time while it collides with an earlier id of the same article. The
 * k-th repeat of an identical text (k ≥ 1) hashes `text + "\0" + k`, so repeats get distinct ids too.
 *
 * Input: the blocks' texts in reading order. Output: ids in the same order, URL-safe, unique within the
 * list. Deterministic: the same texts give the same ids.
 */
import { createHash } from 'node:crypto';

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

export function paragraphIds(texts: readonly string[]): string[] {
  const used = new Set<string>();
  const repeats = new Map<string, number>();
  return texts.map((text) => {
    const k = repeats.get(text) ?? 0;
    repeats.set(text, k + 1);
    const digest = base32(createHash('sha256').update(k === 0 ? text : `${text}\0${k}`).digest());
    let length = 6;
    let id = `p${digest.slice(0, length)}`;
    while (used.has(id)) id = `p${digest.slice(0, ++length)}`;
    used.add(id);
    return id;
  });
}
