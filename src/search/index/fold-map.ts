/**
 * The traditional → simplified character map the browser folds with (search/shared/fold.ts), made at build time
 * from opencc-js (its `t` → `cn` converter, applied character by character to the CJK Unified
 * Ideographs block and Extension A), restricted to what can matter for this corpus: entries whose
 * traditional or simplified character occurs in the published text or the glossary. A traditional
 * character whose simplified form the corpus never uses cannot make a query match anything, so leaving
 * it out changes no result and keeps the map small.
 *
 * Input: the characters of the corpus. Output: `{ 國: '国', … }`, keys sorted (deterministic).
 * Errors: none.
 */
import * as OpenCC from 'opencc-js/t2cn';

const ranges: [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
];

export function t2sMap(corpusChars: ReadonlySet<string>): Record<string, string> {
  const convert = OpenCC.Converter({ from: 't', to: 'cn' });
  const entries: [string, string][] = [];
  for (const [start, end] of ranges) {
    for (let code = start; code <= end; code++) {
      const char = String.fromCodePoint(code);
      const simplified = convert(char);
      if (simplified !== char && [...simplified].length === 1 && (corpusChars.has(char) || corpusChars.has(simplified))) {
        entries.push([char, simplified]);
      }
    }
  }
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
