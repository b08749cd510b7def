/**
 * Han-character conservation: every Han character of a raw file is published exactly once or removed by
 * a named rule or hint — counted per character, not just in total.
 *
 * Input: the raw lines, the lines removed whole (with the rule or hint that removed them), the in-line
 * repairs that removed text (`removed`), and the published texts (body blocks, headings, captions, notes;
 * inline anchors already stripped).
 * Output: `{ raw, published, removed, removedBy, unexplained, added }` — totals; removals per rule or
 * hint; characters missing from both published text and removals (`unexplained`, char → count); and
 * characters published or removed more often than the raw text has them (`added`). Both are empty for a
 * faithful normalisation.
 */
import type { DroppedLine, SourceLine } from '../shared/types.ts';

const HAN = /\p{Script=Han}/gu;

function count(into: Map<string, number>, text: string, sign = 1): number {
  let n = 0;
  for (const m of text.matchAll(HAN)) {
    into.set(m[0], (into.get(m[0]) ?? 0) + sign);
    n++;
  }
  return n;
}

export interface Conservation {
  raw: number;
  published: number;
  removed: number;
  removedBy: Record<string, number>;
  unexplained: Record<string, number>;
  added: Record<string, number>;
}

export function hanConservation(
  rawLines: readonly SourceLine[],
  dropped: readonly DroppedLine[],
  repairs: readonly { by: string; removed?: string }[],
  published: readonly string[],
): Conservation {
  const balance = new Map<string, number>();
  const raw = rawLines.reduce((n, l) => n + count(balance, l.text), 0);
  const removedBy: Record<string, number> = {};
  let removed = 0;
  const remove = (by: string, text: string) => {
    const n = count(balance, text, -1);
    if (n === 0) return;
    removedBy[by] = (removedBy[by] ?? 0) + n;
    removed += n;
  };
  const seen = new Set<number>();
  for (const d of dropped) {
    if (seen.has(d.no)) continue;
    seen.add(d.no);
    remove(d.by, rawLines[d.no - 1]?.text ?? '');
  }
  for (const r of repairs) if (r.removed) remove(r.by, r.removed);
  const publishedCount = published.reduce((n, text) => n + count(balance, text, -1), 0);
  const unexplained: Record<string, number> = {};
  const added: Record<string, number> = {};
  for (const [ch, n] of [...balance].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (n > 0) unexplained[ch] = n;
    if (n < 0) added[ch] = -n;
  }
  return { raw, published: publishedCount, removed, removedBy, unexplained, added };
}
