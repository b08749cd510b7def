/**
 * The one place the site formats a citation: every call of citeproc-js (npm `citeproc`, the reference
 * CSL processor) is here. The cite dialog (components/cite-dialog.ts, in the reader's browser, so the
 * access date is the reader's own day) calls `formatCitation`; the printed citation under an article's
 * header (print-citation.ts, at build time) calls `citationFormatter`, one engine for the whole build.
 * The downloads (downloads.ts, exports.ts) are reference-manager files, not formatted citations, and
 * need no CSL processor. Browser-safe: imports only citeproc and types.
 *
 * `formatCitation(style, locales, lang, item, locator?)` formats one citation of one item:
 * Input: `style` (a CSL style node, csl-data.ts), `locales` (CSL locale nodes by language tag; the
 * style's `lang` and `en-US`, which citeproc-js falls back on), `lang`, the CSL-JSON `item`, and an
 * optional `locator` (e.g. `{ label: 'paragraph', locator: '12' }`).
 * Output: `{ citation, entry }` as plain text: the in-text or note citation carrying the locator
 * (`(孙壮志, 2021, para. 12)`), and the reference-list entry (`[1] 孙壮志. …[J/OL]. …`), trimmed.
 * Example (GB/T 7714—2015 numeric, zh-CN): entry `[1] 于洪君. 冷战后国际格局重组中的上合组织[N/OL].
 * 经济日报, 2021-09[2026-11-23]. https://…/#p2.`
 *
 * `citationFormatter(style, locales, lang)` is the same for many items in one style without building an
 * engine per item (building it — compiling the style, loading the locales — is most of the cost of a
 * citation, and the build formats one per article page). Output: a function `(item, locator?) =>
 * FormattedCitation`, equal to `formatCitation(style, locales, lang, item, locator)`. The engine is built
 * on the first call; before each later item it is reset to its empty state (citeproc-js's
 * `restoreProcessorState([])`: new item and citation registries and disambiguation state) and then given
 * the item with `updateItems`, and the `sys` it reads items from answers with this call's item — so no
 * state of an earlier item carries over, even for an item that reuses an earlier id
 * (format-citation.test.ts compares it with fresh engines in every style). `formatCitation` is a fresh
 * formatter's first call.
 *
 * The engine's multilingual preferences are set by `configureLanguages` (below), so an item carrying
 * transliterations and translations (style-items.ts, Chicago) prints them where its manual places them.
 * Errors: both throw when citeproc-js rejects the style or item or produces no bibliography; a formatter
 * whose call threw stays usable.
 */
import CSL from 'citeproc';
import type { CslItem } from './csl-item.ts';

export interface Locator {
  /** `section`: an official document's clause (第三部分第5段), as CSL's locator term for a section. */
  label: 'paragraph' | 'page' | 'section';
  locator: string;
}

export interface FormattedCitation {
  citation: string;
  entry: string;
}

/** citeproc-js's multilingual settings: methods of every engine, not declared in citeproc.d.ts. */
interface Multilingual {
  setLangTagsForCslTransliteration(tags: string[]): void;
  setLangTagsForCslTranslation(tags: string[]): void;
  setLangPrefsForCites(prefs: Record<string, string[]>): void;
  setLangPrefsForCiteAffixes(affixes: string[]): void;
}

/**
 * Set an engine's multilingual preferences, the same for every style: where an item carries a
 * transliteration (`zh-Latn-pinyin`) and a translation (`en`) in its `multi` data (style-items.ts, the
 * Chicago item), print names transliterated; titles as transliteration, original characters and
 * translation in brackets (`“Kuoyuan hou …” 扩员后… [Expectations …]`); periodicals as transliteration and
 * characters. Items without `multi` data (GB/T 7714, APA) print as before. Input: a citeproc-js engine.
 * Output: none. Errors: none.
 */
export function configureLanguages(engine: unknown): void {
  const e = engine as Multilingual;
  e.setLangTagsForCslTransliteration(['zh-Latn-pinyin']);
  e.setLangTagsForCslTranslation(['en']);
  e.setLangPrefsForCites({ persons: ['translit'], titles: ['translit', 'orig', 'translat'], journals: ['translit', 'orig'] });
  // 48 strings: for persons, institutions, titles, journals, publishers, places in turn, the prefix and
  // suffix of the forms translit, orig, translit (secondary), translat. Only a title's translation gets
  // affixes: ` [` and `]`.
  const affixes = Array<string>(48).fill('');
  affixes[2 * 8 + 6] = ' [';
  affixes[2 * 8 + 7] = ']';
  e.setLangPrefsForCiteAffixes(affixes);
}

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

export function formatCitation(
  style: unknown,
  locales: Record<string, unknown>,
  lang: string,
  item: CslItem,
  locator?: Locator,
): FormattedCitation {
  return citationFormatter(style, locales, lang)(item, locator);
}
