/**
 * The one change we make to an official CSL style, applied by csl-data.ts's `cslStyle` as it reads the
 * style (so the cite dialog, the print citation and the published /citation-styles/<key>.json all carry
 * it; /about/citations/ states it, as CC BY-SA 3.0 asks).
 *
 * `china-national-standard-gb-t-7714-2015-numeric`: its `issued-year` macro ends in a fallback that
 * prints the access year in brackets when a work has no date — `韩璐. …[J/OL]. [2026]: 61[2026-12-05]` for
 * an article whose date nobody knows. GB/T 7714—2015 brackets a year only as an estimated publication
 * year (when the year is unknown: the copyright year, the printing year, or an estimate in square
 * brackets), and an estimate needs evidence; the day a reader opens the page is no such estimate. The patch removes that one `else` branch (the `date variable="accessed"` in `issued-year`);
 * the `[引用日期]` the standard requires for online resources (`accessed-date` macro) is untouched.
 *
 * Input: a style id and its unpacked node (csl-node.ts's `CslNode`). Output: the node, patched in place
 * when the id has a patch, otherwise unchanged.
 * Errors: throws when the GB/T style no longer has the branch in that shape, so a new package version
 * that changes the macro fails the build instead of silently printing access years again.
 */
import type { CslNode } from './csl-node.ts';

const isNode = (c: CslNode | string): c is CslNode => typeof c !== 'string';

/** Remove the access-year fallback of GB/T 7714—2015's `issued-year` macro (see the module comment). */
function withoutAccessYear(style: CslNode): CslNode {
  const macro = style.children.filter(isNode).find((c) => c.name === 'macro' && c.attrs['name'] === 'issued-year');
  const choose = macro?.children.filter(isNode).find((c) => c.name === 'choose');
  const fallback = choose?.children.filter(isNode).find(
    (c) => c.name === 'else' && c.children.filter(isNode).some((d) => d.name === 'date' && d.attrs['variable'] === 'accessed'),
  );
  if (!choose || !fallback) {
    throw new Error('GB/T 7714—2015 style: the access-year fallback of macro "issued-year" was not found; check style-patches.ts against the new style');
  }
  choose.children = choose.children.filter((c) => c !== fallback);
  return style;
}

const patches: Readonly<Record<string, (style: CslNode) => CslNode>> = {
  'china-national-standard-gb-t-7714-2015-numeric': withoutAccessYear,
};

/** Ids of the styles this module changes, for /about/citations/. */
export const patchedStyles = Object.keys(patches);

export function patchStyle(id: string, style: CslNode): CslNode {
  return patches[id]?.(style) ?? style;
}
