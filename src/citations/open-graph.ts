/**
 * Open Graph meta tags of an article page (ogp.me, with the `article:` vertical), which link previews
 * in chat and social apps read; ArticleHead.astro writes each pair as `<meta property="…" content="…">`.
 *
 * Input: validated frontmatter (src/content-model/schemas/article.ts) and the article's canonical absolute URL.
 * Output: `[property, content]` pairs: `og:type` `article`, `og:title` (title：subtitle, as csl-item.ts),
 * `og:url`, `og:site_name` 上海合作组织文献知识库, `og:locale` `zh_CN`, `og:description` (the one-line
 * reference of `articleSummary`), `article:published_time` (the date as precise as known, `2021-09`) when
 * the date is known, and one `article:author` per author or reporter (not the interviewee).
 * Errors: none.
 */
import type { ArticleFrontmatter } from '../content-model/schemas/article.ts';
import { formatDate, formatPages } from '../content-model/labels/bibliography.ts';
import { siteName } from '../lib/site.ts';
import { cslItem, nameText } from './csl-item.ts';
import type { MetaTag } from './highwire.ts';

/**
 * A one-line reference for previews: `作者、作者：标题。刊载，期号，日期，页码。`, each part only when
 * known; the date is left out when the issue already names its year (`2019年第6期`).
 * Example: `陈亚州、曾向红：扩员后中亚成员国对上海合作组织的期待及其应对。国际展望，2019年第6期，第90–108页。`
 */
export function articleSummary(data: ArticleFrontmatter): string {
  const { title, author } = cslItem(data, '', '');
  const names = (author ?? []).map(nameText).join('、');
  const year = data.date?.value.slice(0, 4);
  const dateInIssue = year !== undefined && data.issue?.value.includes(`${year}年`) === true;
  const where = [
    data.venue?.value,
    data.issue?.value,
    data.date && !dateInIssue ? formatDate(data.date.value) : undefined,
    data.pages && formatPages(data.pages.value),
  ].filter((part) => part !== undefined);
  return `${names ? `${names}：` : ''}${title}。${where.length > 0 ? `${where.join('，')}。` : ''}`;
}

/** The Open Graph tags of the article with frontmatter `data` published at `url`. */
export function openGraphTags(data: ArticleFrontmatter, url: string): MetaTag[] {
  const item = cslItem(data, url, url);
  const tags: MetaTag[] = [
    ['og:type', 'article'],
    ['og:title', item.title],
    ['og:url', url],
    ['og:site_name', siteName],
    ['og:locale', 'zh_CN'],
    ['og:description', articleSummary(data)],
  ];
  if (data.date) tags.push(['article:published_time', data.date.value]);
  for (const author of item.author ?? []) tags.push(['article:author', nameText(author)]);
  return tags;
}
