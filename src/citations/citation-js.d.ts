/**
 * Types for the parts of Citation.js (npm `@citation-js/core` and its RIS and BibTeX plugins, CommonJS,
 * ship no types) that exports.ts uses: a `Cite` built from CSL-JSON items, its `format` output, and the
 * plugin configuration registry. The plugins are imported for their side effect (they register the
 * `ris` and `bibtex` output formats and the `@bibtex` configuration).
 */
declare module '@citation-js/core' {
  /** One RIS record as tag → value(s), what `format('ris', { format: 'object' })` returns per item. */
  type RisObject = Record<string, string | string[]>;

  interface RisOptions {
    /** Tag set: `old` (the 2001 RIS specification: A1, T1, JF, Y1, SP/EP…), `new` (2011), `mixed` (default). */
    spec?: 'old' | 'new' | 'mixed';
    format?: 'text' | 'object';
  }

  class Cite {
    constructor(data: unknown[]);
    format(format: 'ris', options: RisOptions & { format: 'object' }): RisObject[];
    format(format: 'ris', options?: RisOptions): string;
    format(format: 'bibtex', options?: { format?: 'text' }): string;
    format(format: 'data', options: { format: 'object' }): Record<string, unknown>[];
    format(format: 'data', options?: { format?: 'text' }): string;
  }

  interface BibtexConfig {
    format: {
      /** Use the item's `id` as the entry key when `citation-key` is unusable (default false). */
      useIdAsLabel: boolean;
      /** Strip characters other than letters and digits from keys (default true; removes `-`). */
      checkLabel: boolean;
      /** Write non-ASCII characters as LaTeX commands (default true; CJK then comes out empty). */
      asciiOnly: boolean;
    };
  }

  const plugins: {
    config: {
      get(name: '@bibtex'): BibtexConfig;
    };
  };
}

declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-bibtex';
