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
  if (!own || limit <= 0) return [];
  const all = [...links.values()];
  const terms = [...own.terms].filter((t) => !all.every((l) => l.terms.has(t))).sort();
  const events = [...own.events].sort();
  // Every page relates its article to every other one: count first (no lists), name what is shared only
  // for the best `limit`, and compare slugs only among those that could be in it.
  const scored: { article: string; theirs: ArticleLinks; score: number }[] = [];
  for (const [other, theirs] of links) {
    if (other === slug) continue;
    let sharedTerms = 0;
    for (const t of terms) if (theirs.terms.has(t)) sharedTerms++;
    let sharedEvents = 0;
    for (const e of events) if (theirs.events.has(e)) sharedEvents++;
    if (sharedTerms + sharedEvents > 0) scored.push({ article: other, theirs, score: sharedEvents * 1e6 + sharedTerms });
  }
  const cutoff = scored.length > limit ? Float64Array.from(scored, (s) => -s.score).sort()[limit - 1]! : 0;
  return scored
    .filter((s) => -s.score <= cutoff)
    .sort((a, b) => b.score - a.score || a.article.localeCompare(b.article))
    .slice(0, limit)
    .map(({ article, theirs }) => ({ article, terms: terms.filter((t) => theirs.terms.has(t)), events: events.filter((e) => theirs.events.has(e)) }));
}
