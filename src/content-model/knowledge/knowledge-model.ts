/**
 * The cross-links between articles, glossary and timeline: a pure model over already-read content, so
 * the pages (through the thin Astro wrapper lib/knowledge.ts) and any script or test compute them alike.
 *
 * Input: `{ corpus, glossary, timeline }` — the published corpus in corpus order (corpus/read-corpus.ts),
 *   the glossary entries `{ id, data: { pinyin, aliases, … } }` and the timeline events
 *   `{ id, data: { date, end?, cites, … } }` in any order (Astro collection entries or
 *   glossary/read-glossary.ts and timeline/read-timeline.ts entries: the entry type is kept).
 * Output: a `KnowledgeModel`, every result computed at most once:
 * - `corpus`: the corpus as given;
 * - `glossaryEntries()`: every glossary entry, sorted by pinyin (then id); `glossaryEntry(slug)`;
 * - `termConcordance(entry)`: its occurrences by article with 16 characters of context each side
 *   (glossary/concordance.ts); `termCount(entry)`: their number;
 * - `articleTerms(slug)`: the glossary terms occurring in an article with their counts, most frequent first;
 * - `timelineEvents()`: every event in date order (timeline/event-date.ts); `eventsCiting(slug)`: the events
 *   citing an article; `eventsCitingBlock(slug, anchor)`: those citing one paragraph, heading, row or note;
 * - `articleRelations(slug)`: related articles with what they share (related-articles.ts);
 * - `citedText(ref)`: the published text a paragraph reference names (a row's cells joined by ` | `);
 *   `refLabel(ref)`: its label (`第4段`, `注3`, `表格第5行`: labels/block-label.ts).
 * Errors: `glossaryEntry` throws for an unknown slug (an auto-link to an entry that is gone);
 *   `parseParagraphRef` errors for a malformed reference (the schemas reject those before).
 */
import type { CorpusArticle } from '../corpus/corpus-types.ts';
import { blocksOf, indexCorpus, parseParagraphRef } from '../corpus/paragraph-ref.ts';
import { blockLabel } from '../labels/block-label.ts';
import { concordance, type ArticleOccurrences } from '../glossary/concordance.ts';
import { createTermMatcher, type TermMatch } from '../glossary/term-matcher.ts';
import { compareEvents } from '../timeline/event-date.ts';
import { relatedArticles, type ArticleLinks, type RelatedArticle } from './related-articles.ts';

export interface GlossaryLike {
  id: string;
  data: { pinyin: string; aliases: string[] };
}

export interface TimelineLike {
  id: string;
  data: { date: string; end?: string | undefined; cites: string[] };
}

export interface KnowledgeModel<G extends GlossaryLike, T extends TimelineLike> {
  corpus: CorpusArticle[];
  glossaryEntries(): G[];
  glossaryEntry(slug: string): G;
  termConcordance(entry: G): ArticleOccurrences[];
  termCount(entry: G): number;
  articleTerms(slug: string): { entry: G; count: number }[];
  timelineEvents(): T[];
  eventsCiting(slug: string): T[];
  eventsCitingBlock(slug: string, anchor: string): T[];
  articleRelations(slug: string): RelatedArticle[];
  citedText(ref: string): string;
  refLabel(ref: string): string;
}

/** A value computed on first use. */
function once<V>(make: () => V): () => V {
  let made = false;
  let value: V;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}

export function knowledgeModel<G extends GlossaryLike, T extends TimelineLike>(content: {
  corpus: CorpusArticle[];
  glossary: readonly G[];
  timeline: readonly T[];
}): KnowledgeModel<G, T> {
  const { corpus } = content;
  const corpusIndex = once(() => indexCorpus(corpus));
  const glossaryEntries = once(() =>
    [...content.glossary].sort((a, b) => a.data.pinyin.localeCompare(b.data.pinyin) || a.id.localeCompare(b.id)),
  );
  const glossaryMatcher = once((): ((text: string) => TermMatch[]) =>
    createTermMatcher(glossaryEntries().map((e) => ({ slug: e.id, aliases: e.data.aliases }))),
  );
  const concordanceCache = new Map<string, ArticleOccurrences[]>();
  const termConcordance = (entry: G): ArticleOccurrences[] => {
    let result = concordanceCache.get(entry.id);
    if (!result) {
      result = concordance(corpus, entry.id, entry.data.aliases, { glossary: glossaryMatcher(), width: 16 });
      concordanceCache.set(entry.id, result);
    }
    return result;
  };
  // Per article, its terms with counts, from every term's concordance: built once (a search per article
  // through every term's concordance would cost articles² × terms).
  const termsByArticle = once(() => {
    const byArticle = new Map<string, { entry: G; count: number }[]>();
    for (const entry of glossaryEntries()) {
      for (const { article, occurrences } of termConcordance(entry)) {
        const terms = byArticle.get(article) ?? [];
        terms.push({ entry, count: occurrences.length });
        byArticle.set(article, terms);
      }
    }
    for (const terms of byArticle.values()) terms.sort((a, b) => b.count - a.count || a.entry.data.pinyin.localeCompare(b.entry.data.pinyin));
    return byArticle;
  });
  const articleTerms = (slug: string) => [...(termsByArticle().get(slug) ?? [])];
  const timelineEvents = once(() => [...content.timeline].sort(compareEvents));
  const eventsCiting = (slug: string) => timelineEvents().filter((e) => e.data.cites.some((ref) => parseParagraphRef(ref).article === slug));
  // Per article, the glossary terms it uses and the events citing it: computed once for all pages.
  const articleLinks = once(() => {
    const links = new Map<string, ArticleLinks>();
    for (const article of corpus) {
      links.set(article.slug, {
        terms: new Set(articleTerms(article.slug).map((t) => t.entry.id)),
        events: new Set(eventsCiting(article.slug).map((e) => e.id)),
      });
    }
    return links;
  });
  return {
    corpus,
    glossaryEntries,
    glossaryEntry(slug) {
      const entry = glossaryEntries().find((e) => e.id === slug);
      if (!entry) throw new Error(`no glossary entry "${slug}"`);
      return entry;
    },
    termConcordance,
    termCount: (entry) => termConcordance(entry).reduce((sum, a) => sum + a.occurrences.length, 0),
    articleTerms,
    timelineEvents,
    eventsCiting,
    eventsCitingBlock(slug, anchor) {
      const ref = `${slug}#${anchor}`;
      return timelineEvents().filter((e) => e.data.cites.includes(ref));
    },
    articleRelations: (slug) => relatedArticles(articleLinks(), slug),
    citedText: (ref) => blocksOf(corpusIndex(), ref).map((b) => b.text).join(' | '),
    refLabel(ref) {
      const [block] = blocksOf(corpusIndex(), ref);
      return block ? blockLabel(block) : parseParagraphRef(ref).anchor;
    },
  };
}
