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

/**
 * Every raw line number an article's blocks were made from (their `lines`, corpus/read-corpus.ts), each
 * once, in the order first met. Input: the article's blocks. Output: line numbers. Errors: none.
 */
export function blocksRawLines(blocks: readonly { lines?: string | undefined }[]): number[] {
  return [...new Set(blocks.flatMap((block) => (block.lines === undefined ? [] : parseLineRanges(block.lines))))];
}
