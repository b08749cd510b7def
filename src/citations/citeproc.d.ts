/**
 * Types for the parts of citeproc-js (npm `citeproc`, CommonJS, ships no types) that
 * format-citation.ts (the one module that calls it) uses: an engine built from a `sys` object, a style and a locale; its text output;
 * one citation cluster; the bibliography.
 */
declare module 'citeproc' {
  interface Sys {
    retrieveItem(id: string): unknown;
    retrieveLocale(lang: string): unknown;
  }
  class Engine {
    constructor(sys: Sys, style: unknown, lang?: string, forceLang?: boolean);
    setOutputFormat(format: 'text' | 'html'): void;
    updateItems(ids: string[]): void;
    processCitationCluster(
      citation: { citationItems: { id: string; locator?: string; label?: string }[]; properties: { noteIndex: number } },
      before: unknown[],
      after: unknown[],
    ): [unknown, [number, string, string][]];
    makeBibliography(): [unknown, string[]] | false;
  }
  const CSL: { Engine: typeof Engine };
  export default CSL;
}
