/**
 * The raw source lines an article's provenance viewer shows, as the text of the article's raw-lines file
 * (`/articles/<slug>/raw-lines.json`: routes.ts `articleRawLinesPath`, written by
 * pages/articles/[slug]/raw-lines.json.ts, fetched by components/provenance-viewer.ts).
 *
 * `rawLinesJson(lines, blocks)`: input, the source's lines (raw-source.ts `rawLines`) and the article's
 * blocks (their `lines`, e.g. `"101,65"`); output, JSON text of one object mapping each raw line number
 * that some block uses (as a string key) to that line's text, and no other line. Keys are in ascending
 * line order and the text has no whitespace between tokens, so the same source and blocks give the same
 * bytes. A line number past the end of the source maps to `""` (the viewer shows the number alone).
 * Pure; errors: none.
 */
import type { RawLine } from './raw-source.ts';
import { blocksRawLines } from './raw-source-ranges.ts';

export function rawLinesJson(lines: readonly RawLine[], blocks: readonly { lines?: string | undefined }[]): string {
  const used = blocksRawLines(blocks).sort((a, b) => a - b);
  // Integer-like keys are kept in ascending order by every engine (ECMA-262 OrdinaryOwnPropertyKeys).
  const map: Record<string, string> = {};
  for (const no of used) map[no] = lines[no - 1]?.text ?? '';
  return JSON.stringify(map);
}
