/**
 * The reference entry printed under an article's header (components/PrintCitation.astro): the article's
 * GB/T 7714—2015 entry in the cite dialog's first style (styles.ts), formatted by citeproc-js with one
 * engine for the whole build (`citationFormatter`, format-citation.ts, the one module that calls
 * citeproc-js), not one per article page.
 *
 * Input: the article's CSL-JSON item (csl-item.ts). Output: `FormattedCitation` (`{ citation, entry }`),
 * the same as `formatCitation` with that style, its locale and `en-US` gives.
 * Errors: throws when the package lacks the style or locale (csl-data.ts, on the first call) or
 * citeproc-js rejects the item (format-citation.ts).
 */
import type { CslItem } from './csl-item.ts';
import { cslLocale, cslStyle } from './csl-data.ts';
import { citationFormatter, type FormattedCitation } from './format-citation.ts';
import { citationStyles } from './styles.ts';

let formatter: ((item: CslItem) => FormattedCitation) | undefined;

export function printCitation(item: CslItem): FormattedCitation {
  const style = citationStyles[0];
  formatter ??= citationFormatter(
    cslStyle(style.csl),
    { [style.locale]: cslLocale(style.locale), 'en-US': cslLocale('en-US') },
    style.locale,
  );
  return formatter(item);
}
