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
