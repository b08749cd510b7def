/**
 * Related articles: which other articles share glossary terms and timeline events with an article, and
 * which ones, so the page can name what they share.
 *
 * Input: per article slug, the set of glossary term slugs occurring in it and the set of timeline event
 * ids citing it; the article to relate; `limit`, the most articles to return (default 10).
 * Output: `{ article, terms, events }[]` — the other articles sharing at least one event or one
 *   distinguishing term, best first: more shared events, then more shared terms, then slug; the first
 *   `limit` of them (every article page lists them, so without a limit the site's size would grow with
 *   the square of the number of articles: 486 MB of 868 MB of HTML at 1,000 articles). A term that
 *   occurs in every article (上海合作组织) distinguishes nothing and is not counted. Errors: none.
 */
export interface ArticleLinks {
  terms: ReadonlySet<string>;
  events: ReadonlySet<string>;
}

export interface RelatedArticle {
  article: string;
  terms: string[];
  events: string[];
}

export function relatedArticles(links: ReadonlyMap<string, ArticleLinks>, slug: string, limit = 10): RelatedArticle[] {
  const own = links.get(slug);
  if (!own) return [];
  const all = [...links.values()];
  const everywhere = new Set([...own.terms].filter((t) => all.every((l) => l.terms.has(t))));
  const related: RelatedArticle[] = [];
  for (const [other, theirs] of links) {
    if (other === slug) continue;
    const terms = [...own.terms].filter((t) => theirs.terms.has(t) && !everywhere.has(t)).sort();
    const events = [...own.events].filter((e) => theirs.events.has(e)).sort();
    if (terms.length + events.length > 0) related.push({ article: other, terms, events });
  }
  return related.sort((a, b) => b.events.length - a.events.length || b.terms.length - a.terms.length || a.article.localeCompare(b.article)).slice(0, limit);
}
