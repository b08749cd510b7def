/**
 * Highwire Press `citation_*` meta tags of an article page, the tags Google Scholar indexes (its
 * inclusion guidelines) and Zotero's Embedded Metadata translator imports; ArticleHead.astro writes
 * each pair as `<meta name="…" content="…">`.
 *
 * Input: validated frontmatter (src/content-model/schemas/article.ts) and the article's canonical absolute URL.
 * Output: `[name, content]` pairs in this order, each present only when its value is known (never an
 * empty or placeholder value):
 * - `citation_title`: the title, with the subtitle after `：` (as csl-item.ts);
 * - `citation_author`: one per author or reporter, in byline order, each name whole (`孙壮志`); an
 *   interviewee is not an author;
 * - `citation_publication_date`: `2021/09/05`, `2021/09` or `2021`, as precise as the date is known;
 * - `citation_journal_title`: the periodical (CSL `container-title`): the venue, for newspapers too (a
 *   journal title makes Zotero import a newspaper article as an article, not as a web page), or the
 *   column of a roundtable page (`智库圆桌`);
 * - `citation_issue` (CSL `issue`: `6` for `2019年第6期`), `citation_firstpage`, `citation_lastpage`,
 *   `citation_doi`; `citation_keywords`: the keywords the text prints, separated by `; `;
 * - `citation_language`: `zh`; `citation_fulltext_html_url`: the URL.
 * Inferred values are included, as in every other citation format of the site (the page marks them).
 * Errors: none.
 */
import type { ArticleFrontmatter } from '../content-model/schemas/article.ts';
import { cslItem, nameText } from './csl-item.ts';

export type MetaTag = [name: string, content: string];

/** The Highwire tags of the article with frontmatter `data` published at `url`. */
export function highwireTags(data: ArticleFrontmatter, url: string): MetaTag[] {
  const item = cslItem(data, url, url);
  const tags: MetaTag[] = [['citation_title', item.title]];
  for (const author of item.author ?? []) tags.push(['citation_author', nameText(author)]);
  if (data.date) tags.push(['citation_publication_date', data.date.value.replaceAll('-', '/')]);
  if (item['container-title']) tags.push(['citation_journal_title', item['container-title']]);
  if (item.issue) tags.push(['citation_issue', item.issue]);
  if (data.pages) {
    tags.push(['citation_firstpage', String(data.pages.value.first)]);
    tags.push(['citation_lastpage', String(data.pages.value.last)]);
  }
  if (item.DOI) tags.push(['citation_doi', item.DOI]);
  if (data.frontMatter?.keywords) tags.push(['citation_keywords', data.frontMatter.keywords.value.join('; ')]);
  tags.push(['citation_language', 'zh']);
  tags.push(['citation_fulltext_html_url', url]);
  return tags;
}
