/**
 * The cross-links between articles, glossary and timeline, computed once per build for the pages.
 *
 * Output:
 * - `corpus()`: the published corpus (corpus/read-corpus.ts) from the content layer's `corpus` collection
 *   (read once per build by src/content.config.ts; corpus/corpus-loader.ts), in corpus order;
 * - `glossaryEntries()`: every glossary entry, sorted by pinyin; `glossaryEntry(slug)`;
 * - `termConcordance(entry)`: its occurrences by article with 16 characters of context each side
 *   (glossary/concordance.ts), cached;
 * - `articleTerms(slug)`: the glossary terms occurring in an article with their counts, most frequent first;
 * - `timelineEvents()`: every event in date order (timeline/event-date.ts); `eventsCiting(slug)`: the events
 *   citing an article; `eventsCitingBlock(slug, anchor)`: those citing one paragraph, heading, row or note;
 * - `articleRelations(slug)`: related articles with what they share (related-articles.ts);
 * - `citedText(ref)`: the published text a paragraph reference names (a row's cells joined by ` | `);
 *   `refLabel(ref)`: its label (`第4段`, `注3`, `表格第5行`: corpus/block-label.ts).
 * Errors: the collections fail the build on invalid entries before this runs; `glossaryEntry` throws for an
 * unknown slug (an auto-link to an entry that is gone).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { CorpusArticle } from '../content-model/corpus/read-corpus.ts';
import { corpusFromEntries } from './corpus-loader.ts';
import { blocksOf, indexCorpus, parseParagraphRef, type CorpusIndex } from '../content-model/corpus/paragraph-ref.ts';
import { blockLabel } from '../content-model/labels/block-label.ts';
import { concordance, type ArticleOccurrences } from '../content-model/glossary/concordance.ts';
import { createTermMatcher, type TermMatch } from '../content-model/glossary/term-matcher.ts';
import { compareEvents } from '../content-model/timeline/event-date.ts';
import { relatedArticles, type ArticleLinks, type RelatedArticle } from '../content-model/knowledge/related-articles.ts';

export type GlossaryEntry = CollectionEntry<'glossary'>;
export type TimelineEntry = CollectionEntry<'timeline'>;

// Fetched when this module loads (top-level await), so that `corpus()` and what is built on it
// (`citedText`, `refLabel`, the search data's getStaticPaths) stay synchronous.
const corpusArticles: CorpusArticle[] = corpusFromEntries(await getCollection('corpus'));
export function corpus(): CorpusArticle[] {
  return corpusArticles;
}

let indexCache: CorpusIndex | undefined;
/** The corpus indexed by paragraph reference (corpus/paragraph-ref.ts), built once. */
function corpusIndex(): CorpusIndex {
  indexCache ??= indexCorpus(corpus());
  return indexCache;
}

let glossaryCache: Promise<GlossaryEntry[]> | undefined;
export function glossaryEntries(): Promise<GlossaryEntry[]> {
  glossaryCache ??= getCollection('glossary').then((entries) =>
    entries.sort((a, b) => a.data.pinyin.localeCompare(b.data.pinyin) || a.id.localeCompare(b.id)),
  );
  return glossaryCache;
}

export async function glossaryEntry(slug: string): Promise<GlossaryEntry> {
  const entry = (await glossaryEntries()).find((e) => e.id === slug);
  if (!entry) throw new Error(`no glossary entry "${slug}"`);
  return entry;
}

let matcherCache: Promise<(text: string) => TermMatch[]> | undefined;
function glossaryMatcher(): Promise<(text: string) => TermMatch[]> {
  matcherCache ??= glossaryEntries().then((entries) => createTermMatcher(entries.map((e) => ({ slug: e.id, aliases: e.data.aliases }))));
  return matcherCache;
}

const concordanceCache = new Map<string, ArticleOccurrences[]>();
export async function termConcordance(entry: GlossaryEntry): Promise<ArticleOccurrences[]> {
  let result = concordanceCache.get(entry.id);
  if (!result) {
    result = concordance(corpus(), entry.id, entry.data.aliases, { glossary: await glossaryMatcher(), width: 16 });
    concordanceCache.set(entry.id, result);
  }
  return result;
}

/** Total occurrences of a term in the corpus. */
export async function termCount(entry: GlossaryEntry): Promise<number> {
  return (await termConcordance(entry)).reduce((sum, a) => sum + a.occurrences.length, 0);
}

let termsByArticleCache: Promise<Map<string, { entry: GlossaryEntry; count: number }[]>> | undefined;
/** Per article, its terms with counts, from every term's concordance: built once (a search per article
 * through every term's concordance would cost articles² × terms). */
function termsByArticle(): Promise<Map<string, { entry: GlossaryEntry; count: number }[]>> {
  termsByArticleCache ??= (async () => {
    const byArticle = new Map<string, { entry: GlossaryEntry; count: number }[]>();
    for (const entry of await glossaryEntries()) {
      for (const { article, occurrences } of await termConcordance(entry)) {
        const terms = byArticle.get(article) ?? [];
        terms.push({ entry, count: occurrences.length });
        byArticle.set(article, terms);
      }
    }
    for (const terms of byArticle.values()) terms.sort((a, b) => b.count - a.count || a.entry.data.pinyin.localeCompare(b.entry.data.pinyin));
    return byArticle;
  })();
  return termsByArticleCache;
}

export async function articleTerms(slug: string): Promise<{ entry: GlossaryEntry; count: number }[]> {
  return [...((await termsByArticle()).get(slug) ?? [])];
}

let timelineCache: Promise<TimelineEntry[]> | undefined;
export function timelineEvents(): Promise<TimelineEntry[]> {
  timelineCache ??= getCollection('timeline').then((events) => events.sort(compareEvents));
  return timelineCache;
}

export async function eventsCiting(slug: string): Promise<TimelineEntry[]> {
  return (await timelineEvents()).filter((e) => e.data.cites.some((ref) => parseParagraphRef(ref).article === slug));
}

export async function eventsCitingBlock(slug: string, anchor: string): Promise<TimelineEntry[]> {
  const ref = `${slug}#${anchor}`;
  return (await timelineEvents()).filter((e) => e.data.cites.includes(ref));
}

let linksCache: Promise<Map<string, ArticleLinks>> | undefined;
/** Per article, the glossary terms it uses and the events citing it: computed once for all pages. */
function articleLinks(): Promise<Map<string, ArticleLinks>> {
  linksCache ??= (async () => {
    const links = new Map<string, ArticleLinks>();
    for (const article of corpus()) {
      links.set(article.slug, {
        terms: new Set((await articleTerms(article.slug)).map((t) => t.entry.id)),
        events: new Set((await eventsCiting(article.slug)).map((e) => e.id)),
      });
    }
    return links;
  })();
  return linksCache;
}

export async function articleRelations(slug: string): Promise<RelatedArticle[]> {
  return relatedArticles(await articleLinks(), slug);
}

/** The published text of the block a reference names (cells of a row joined by ` | `), for quoting. */
export function citedText(ref: string): string {
  return blocksOf(corpusIndex(), ref).map((b) => b.text).join(' | ');
}

/** The label of the block a reference names (corpus/block-label.ts), or its anchor when there is none. */
export function refLabel(ref: string): string {
  const [block] = blocksOf(corpusIndex(), ref);
  return block ? blockLabel(block) : parseParagraphRef(ref).anchor;
}
