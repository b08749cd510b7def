/**
 * `/feed.xml`: the Atom feed of the articles (lib/atom-feed.ts), served as `application/atom+xml`.
 * Errors: throws when astro.config.mjs sets no `site`, or when a citation cannot be formatted.
 */
import type { APIRoute } from 'astro';
import { sortedArticles } from '../lib/articles.ts';
import { atomFeed } from '../lib/atom-feed.ts';
import { canonicalUrl } from '../citations/downloads.ts';
import { cslItem } from '../citations/csl-item.ts';
import { printCitation } from '../citations/print-citation.ts';

export const GET: APIRoute = async ({ site }) => {
  if (site === undefined) throw new Error('feed.xml: astro.config.mjs sets no site');
  const articles = (await sortedArticles()).map((article) => {
    const url = canonicalUrl(article, site);
    return {
      url,
      title: article.data.title.value,
      subtitle: article.data.subtitle?.value,
      // an official document's author is its issuing body (citations/csl-item.ts)
      authors: article.data.authors.length > 0 ? article.data.authors.filter((a) => a.role !== 'interviewee').map((a) => a.name.value) : article.data.issuer ? [article.data.issuer.value] : [],
      date: article.data.date?.value,
      // the entry without its list number (`[1] `): a feed entry is no numbered list
      reference: printCitation(cslItem(article.data, article.id, url)).entry.replace(/^\[\d+\]\s*/u, ''),
    };
  });
  return new Response(atomFeed(site, articles), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
