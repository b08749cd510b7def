/**
 * Format one citation of one item in one CSL style with citeproc-js (npm `citeproc`, the reference
 * CSL processor). Runs at build time in tests and in the reader's browser in the cite dialog, so the
 * access date is the reader's own day.
 *
 * Input: `style` (a CSL style node, csl-data.ts), `locales` (CSL locale nodes by language tag; the
 * style's `lang` and `en-US`, which citeproc-js falls back on), `lang`, the CSL-JSON `item`, and an
 * optional `locator` (e.g. `{ label: 'paragraph', locator: '12' }`).
 * Output: `{ citation, entry }` as plain text: the in-text or note citation carrying the locator
 * (`(孙壮志, 2021, para. 12)`), and the reference-list entry (`[1] 孙壮志. …[J/OL]. …`), trimmed.
 * Example (GB/T 7714—2015 numeric, zh-CN): entry `[1] 于洪君. 冷战后国际格局重组中的上合组织[N/OL].
 * 经济日报, 2021-09[2026-11-23]. https://…/#p2.`
 * The engine's multilingual preferences are set by `configureLanguages` (below), so an item carrying
 * transliterations and translations (style-items.ts, Chicago) prints them where its manual places them.
 * Errors: throws when citeproc-js rejects the style or produces no bibliography.
 */
import CSL from 'citeproc';
import type { CslItem } from './csl-item.ts';

export interface Locator {
  label: 'paragraph' | 'page';
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

export function formatCitation(
  style: unknown,
  locales: Record<string, unknown>,
  lang: string,
  item: CslItem,
  locator?: Locator,
): FormattedCitation {
  const sys = {
    retrieveItem: (id: string) => (id === item.id ? item : undefined),
    retrieveLocale: (tag: string) => locales[tag] ?? locales['en-US'],
  };
  const engine = new CSL.Engine(sys, style, lang, true);
  engine.setOutputFormat('text');
  configureLanguages(engine);
  engine.updateItems([item.id]);
  const [, cluster] = engine.processCitationCluster(
    { citationItems: [{ id: item.id, ...locator }], properties: { noteIndex: 1 } },
    [],
    [],
  );
  const bibliography = engine.makeBibliography();
  if (!bibliography) throw new Error(`the style made no bibliography for ${item.id}`);
  return { citation: (cluster[0]?.[1] ?? '').trim(), entry: bibliography[1].join('').trim() };
}
