/**
 * One citeproc-js engine reused for many items in one CSL style: what format-citation.ts's
 * `formatCitation` gives for each item, without building an engine per item. Building the engine
 * (compiling the style, loading the locales) is most of the cost of a citation, and the build formats
 * one per article page (components/PrintCitation.astro through print-citation.ts). Build time only: the
 * cite dialog keeps `formatCitation` (format-citation.ts is its browser chunk, left unchanged).
 *
 * Input: `citationFormatter(style, locales, lang)` with `formatCitation`'s first three arguments (a CSL
 * style node, CSL locale nodes by language tag with `en-US`, the language).
 * Output: a function `(item, locator?) => FormattedCitation` (`{ citation, entry }`, plain text, trimmed),
 * equal to `formatCitation(style, locales, lang, item, locator)`. The engine is built on the first call;
 * before each later item it is reset to its empty state (citeproc-js's `restoreProcessorState([])`: new
 * item and citation registries and disambiguation state) and then given the item with `updateItems`, and
 * the `sys` it reads items from answers with this call's item — so no state of an earlier item carries
 * over, even for an item that reuses an earlier id (format-citation.test.ts compares it with fresh engines
 * in every style). The cluster and bibliography steps are those of `formatCitation`.
 * Errors: as `formatCitation` (throws when citeproc-js rejects the style or item or makes no
 * bibliography); a call that throws leaves the formatter usable.
 */
import CSL from 'citeproc';
import type { CslItem } from './csl-item.ts';
import { configureLanguages, type FormattedCitation, type Locator } from './format-citation.ts';

/** citeproc-js's reset to an empty processor state: a method of every engine, not declared in citeproc.d.ts. */
interface Resettable {
  restoreProcessorState(citations: unknown[]): void;
}

export function citationFormatter(
  style: unknown,
  locales: Record<string, unknown>,
  lang: string,
): (item: CslItem, locator?: Locator) => FormattedCitation {
  let current: CslItem | undefined;
  let engine: InstanceType<typeof CSL.Engine> | undefined;
  const sys = {
    retrieveItem: (id: string) => (current !== undefined && id === current.id ? current : undefined),
    retrieveLocale: (tag: string) => locales[tag] ?? locales['en-US'],
  };
  return (item, locator) => {
    current = item;
    if (engine === undefined) {
      engine = new CSL.Engine(sys, style, lang, true);
      engine.setOutputFormat('text');
      configureLanguages(engine);
    } else {
      (engine as unknown as Resettable).restoreProcessorState([]);
    }
    engine.updateItems([item.id]);
    const [, cluster] = engine.processCitationCluster(
      { citationItems: [{ id: item.id, ...locator }], properties: { noteIndex: 1 } },
      [],
      [],
    );
    const bibliography = engine.makeBibliography();
    if (!bibliography) throw new Error(`the style made no bibliography for ${item.id}`);
    return { citation: (cluster[0]?.[1] ?? '').trim(), entry: bibliography[1].join('').trim() };
  };
}
