/**
 * Orders strings by UTF-16 code units, for sorting search results and filter values.
 *
 * Input: two strings. Output: -1, 0 or 1, as `Array.prototype.sort` takes it.
 *   `['上海', 'b', 'B'].sort(compareCodeUnits)` → `['B', 'b', '上海']`.
 * Why not `localeCompare`: its order depends on the reader's browser locale, and its first call loads
 * an ICU collator, 35–90 ms of a cold results page's main thread (measured in Chromium). Slugs are
 * ASCII; Chinese filter values (section headings) are listed by count first, so this order only breaks
 * their ties.
 * Errors: none.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
