/**
 * Work out the print page of every page end, and the page each body line is on.
 *
 * Artifacts (L): page numbers are printed digit-reversed in han-lu-sco-international-cooperation (`—６５—` L247
 * is p. 56, `—０６—` L533 p. 60) and once in sun-zhuangzhi-sco-community (`—０１—` L547 is p. 10); some pages
 * have no number line, only a footnote block (sun-zhuangzhi-sco-community L87,
 * han-lu-sco-international-cooperation L86/L143/L188), and some neither (sun-zhuangzhi-sco-community pp.
 * 11–15, han-lu-sco-international-cooperation pp. 62–66).
 *
 * Rules:
 * 1. Reading: each printed number is read as printed or digit-reversed, whichever makes the sequence of
 *    page numbers increase with the smallest total step (sun-zhuangzhi-sco-community: 3…9 then `01` → 10;
 *    han-lu-sco-international-cooperation: all reversed).
 * 2. Unnumbered ends between two known ones take consecutive numbers only when their count fits the gap
 *    exactly (han-lu-sco-international-cooperation: five ends between p. 61 and p. 67 — fits). The manifest's
 *    page range, where known (chen-zeng-2019-guoji-zhanwang), anchors both ends the same way. Without it,
 *    ends before the first known one count back from it and ends after the last count on (every page is
 *    assumed to have left a trace: sun-zhuangzhi-sco-community then runs to p. 15, as its length suggests).
 * 3. A body line is on page v+1 when it lies between ends v and v+1; before the first end, on the page
 *    that ends there (or the manifest's first page); the first body line after an end v, on v+1.
 *    After the last end v, when the manifest's last page is v+1, every line is on v+1 (no page follows
 *    the last: chen-zeng-2019-guoji-zhanwang's 结束语 after its last `---`, L279, is on p. 108).
 *    Anywhere else a page end may be unseen (a page with neither number nor notes), so the page stays
 *    unknown.
 */
import type { PageEnd } from '../shared/layout.ts';

/** Rule 1: choose as-printed or reversed readings so the known numbers increase with least total step. */
export function readPageNumbers(printed: readonly (string | null)[]): (number | null)[] {
  const known = printed.map((p, i) => ({ i, options: p === null ? [] : [...new Set([Number(p), Number([...p].reverse().join(''))])] })).filter((k) => k.options.length > 0);
  // dynamic programming over the known ends: best[k][o] = least total step ending with option o
  let best = known[0] ? known[0].options.map((v) => ({ cost: 0, path: [v] })) : [];
  for (const k of known.slice(1)) {
    best = k.options.map((v) => {
      const from = best.filter((b) => b.path.at(-1)! < v).sort((a, b) => a.cost + (v - a.path.at(-1)!) - (b.cost + (v - b.path.at(-1)!)))[0];
      return from ? { cost: from.cost + v - from.path.at(-1)!, path: [...from.path, v] } : { cost: Infinity, path: [...(best[0]?.path ?? []), v] };
    });
  }
  const chosen = best.sort((a, b) => a.cost - b.cost)[0]?.path ?? [];
  const out: (number | null)[] = printed.map(() => null);
  known.forEach((k, j) => (out[k.i] = Number.isFinite(best[0]?.cost) ? chosen[j]! : null));
  return out;
}

/** Rule 2: fill unnumbered ends whose numbers are forced. */
function fillGaps(values: (number | null)[], first: number | undefined, last: number | undefined): (number | null)[] {
  const out = [...values];
  const anchors = out.flatMap((v, i) => (v === null ? [] : [{ i, v }]));
  if (first !== undefined) anchors.unshift({ i: -1, v: first - 1 });
  if (last !== undefined) anchors.push({ i: out.length, v: last });
  for (let a = 0; a + 1 < anchors.length; a++) {
    const { i, v } = anchors[a]!;
    const next = anchors[a + 1]!;
    if (next.i - i === next.v - v) for (let k = i + 1; k < next.i; k++) out[k] = v + (k - i);
  }
  const head = anchors[0];
  if (first === undefined && head) for (let k = head.i - 1; k >= 0; k--) out[k] = head.v - (head.i - k);
  const tail = anchors.at(-1);
  if (last === undefined && tail) for (let k = tail.i + 1; k < out.length; k++) out[k] = tail.v + (k - tail.i);
  return out;
}

/**
 * Pages of body lines. Input: page ends, the manifest's page range (if any) and the article's body line
 * numbers in reading order. Output: `{ values, pageOfLine, pageStarts }` — each end's number or null; the
 * page of each body line (null when unknown); and the body lines where a known page begins (the first
 * body line of the article and the first after each end), with that page, for page marks.
 */
export function printPages(ends: readonly PageEnd[], range: { first: number; last: number } | undefined, bodyLines: readonly number[]) {
  const first = range?.first;
  const values = fillGaps(readPageNumbers(ends.map((e) => e.printed)), first, range?.last);
  const pageOfLine = new Map<number, number | null>();
  const pageStarts = new Map<number, number>();
  let previousEnd = -2;
  for (const line of bodyLines) {
    const next = ends.findIndex((e) => e.atLine > line);
    const prev = (next < 0 ? ends.length : next) - 1;
    const firstAfterEnd = prev !== previousEnd;
    previousEnd = prev;
    const pv = prev >= 0 ? values[prev] : null;
    const nv = next >= 0 ? values[next] : null;
    let page: number | null = null;
    if (prev < 0) page = nv ?? first ?? null;
    else if (pv != null && (nv === pv + 1 || firstAfterEnd || (next < 0 && range?.last === pv + 1))) page = pv + 1;
    pageOfLine.set(line, page);
    if (firstAfterEnd && page !== null) pageStarts.set(line, page);
  }
  return { values, pageOfLine, pageStarts };
}
