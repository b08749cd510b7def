/**
 * The CSL item of one paragraph, as the cite dialog (components/CiteDialog.astro) formats it: the
 * article's item in the chosen style (style-items.ts) with the paragraph's URL (canonical article URL +
 * `#id`), its print page when the text marks one, and the reader's day as the access date.
 *
 * Input: `article` (a `CslItem` with the article's canonical URL), `paragraph` (`id`, and `page` from the
 * paragraph's `data-page` when known), `today` (a `Date`, read in local time).
 * Output: a new `CslItem`; `page` is set only from `paragraph.page`, so nothing is filled in when the
 * text marks no page. Errors: none.
 */
import type { CslItem } from './csl-item.ts';

export function paragraphItem(article: CslItem, paragraph: { id: string; page?: string | undefined }, today: Date): CslItem {
  const item: CslItem = {
    ...article,
    URL: `${article.URL}#${paragraph.id}`,
    accessed: { 'date-parts': [[today.getFullYear(), today.getMonth() + 1, today.getDate()]] },
  };
  if (paragraph.page) item.page = paragraph.page;
  return item;
}
