/**
 * `parseLineRanges("15-19,23")` → `[15, 16, 17, 18, 19, 23]`: the raw line numbers of a block's
 * `data-lines`, in the order written. Pure; used at build time and in the browser. Ignores malformed parts.
 */
export function parseLineRanges(ranges: string): number[] {
  return ranges.split(',').flatMap((part) => {
    const [a, b] = part.split('-').map(Number);
    if (!Number.isInteger(a)) return [];
    return Array.from({ length: (b ?? a!) - a! + 1 }, (_, i) => a! + i);
  });
}
