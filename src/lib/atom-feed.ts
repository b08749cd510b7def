/**
 * The Atom feed of the knowledge base's articles (`/feed.xml`, pages/feed.xml.ts), written by the `feed`
 * package: newest first by date of publication, each entry with its GB/T 7714 reference (the print
 * citation, citations/print-citation.ts) and its date as the source states it.
 *
 * Atom requires a full timestamp in every entry's `updated`, and the sources state a year, a month or a
 * day: an entry's `updated`/`published` is the first instant (UTC) of the period the source states —
 * `2019` → 2019-01-01T00:00:00Z, `2021-09` → 2021-09-01T00:00:00Z — and its summary gives the date as
 * stated (`2019年`), so nothing more precise is claimed to a reader. Articles whose source states no
 * date have no place in a feed ordered by date and are left out (the catalogue lists them). The feed's
 * own `updated` is its newest entry's, not the build time, so builds stay byte-identical.
 *
 * Input: the site's origin and the articles `{ url, title, subtitle?, authors, date?, reference }`.
 * Output: the Atom 1.0 XML text. Errors: none (an empty list gives a feed without entries, dated 1970).
 */
import { Feed } from 'feed';
import { feedPath, homePath } from '../routes.ts';
import { formatDate } from '../content-model/labels/bibliography.ts';
import { siteName } from './site.ts';

export interface FeedArticle {
  /** The article's canonical URL. */
  url: string;
  title: string;
  subtitle?: string | undefined;
  /** Names of the people the source names as its authors (not interviewees). */
  authors: string[];
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as the frontmatter states it. */
  date?: string | undefined;
  /** Its GB/T 7714 reference entry. */
  reference: string;
}

/** The first instant (UTC) of a stated `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function periodStart(date: string): Date {
  const [year, month = 1, day = 1] = date.split('-').map(Number) as [number, number?, number?];
  return new Date(Date.UTC(year, month - 1, day));
}

export function atomFeed(site: URL, articles: readonly FeedArticle[]): string {
  const dated = articles
    .filter((a): a is FeedArticle & { date: string } => a.date !== undefined)
    .sort((a, b) => (a.date === b.date ? (a.url < b.url ? -1 : 1) : a.date < b.date ? 1 : -1));
  const feed = new Feed({
    id: new URL(homePath, site).href,
    link: new URL(homePath, site).href,
    title: siteName,
    description: '新收文献：上海合作组织研究论文、报道、访谈与官方文件，按发表日期由新到旧排列',
    language: 'zh-CN',
    updated: dated[0] ? periodStart(dated[0].date) : new Date(0),
    generator: siteName,
    feedLinks: { atom: new URL(feedPath, site).href },
    copyright: '各文献版权归原作者及原刊所有',
  });
  for (const article of dated) {
    feed.addItem({
      id: article.url,
      link: article.url,
      title: article.subtitle ? `${article.title}：${article.subtitle.replace(/^—+/u, '')}` : article.title,
      date: periodStart(article.date),
      published: periodStart(article.date),
      description: `${formatDate(article.date)}。${article.reference}`,
      author: article.authors.map((name) => ({ name })),
    });
  }
  return feed.atom1();
}
