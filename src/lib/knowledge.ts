/**
 * The knowledge model (content-model/knowledge/knowledge-model.ts) over the content layer's collections,
 * for the pages: the corpus (`corpus` collection, read once per build by src/content.config.ts; see
 * content-model/corpus/corpus-loader.ts), the `glossary` and the `timeline` collections, fetched once
 * when this module loads (top-level await), so that `corpus()` and what is built on it (`citedText`,
 * `refLabel`, the search data's getStaticPaths) stay synchronous.
 *
 * Output: the model's functions with the collections' entry types (`GlossaryEntry`, `TimelineEntry`, so a
 * page can `render` an entry); the ones the pages await return promises, as before. See the model for
 * what each returns. Errors: the collections fail the build on invalid entries before this runs;
 * `glossaryEntry` throws for an unknown slug.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { CorpusArticle } from '../content-model/corpus/corpus-types.ts';
import type { ArticleOccurrences } from '../content-model/glossary/concordance.ts';
import type { RelatedArticle } from '../content-model/knowledge/related-articles.ts';
import { knowledgeModel } from '../content-model/knowledge/knowledge-model.ts';
import { corpusFromEntries } from '../content-model/corpus/corpus-loader.ts';

export type GlossaryEntry = CollectionEntry<'glossary'>;
export type TimelineEntry = CollectionEntry<'timeline'>;

const model = knowledgeModel<GlossaryEntry, TimelineEntry>({
  corpus: corpusFromEntries(await getCollection('corpus')),
  glossary: await getCollection('glossary'),
  timeline: await getCollection('timeline'),
});

export function corpus(): CorpusArticle[] {
  return model.corpus;
}

export async function glossaryEntries(): Promise<GlossaryEntry[]> {
  return model.glossaryEntries();
}

export async function glossaryEntry(slug: string): Promise<GlossaryEntry> {
  return model.glossaryEntry(slug);
}

export async function termConcordance(entry: GlossaryEntry): Promise<ArticleOccurrences[]> {
  return model.termConcordance(entry);
}

/** Total occurrences of a term in the corpus. */
export async function termCount(entry: GlossaryEntry): Promise<number> {
  return model.termCount(entry);
}

export async function articleTerms(slug: string): Promise<{ entry: GlossaryEntry; count: number }[]> {
  return model.articleTerms(slug);
}

export async function timelineEvents(): Promise<TimelineEntry[]> {
  return model.timelineEvents();
}

export async function eventsCiting(slug: string): Promise<TimelineEntry[]> {
  return model.eventsCiting(slug);
}

export async function eventsCitingBlock(slug: string, anchor: string): Promise<TimelineEntry[]> {
  return model.eventsCitingBlock(slug, anchor);
}

export async function articleRelations(slug: string): Promise<RelatedArticle[]> {
  return model.articleRelations(slug);
}

/** The published text of the block a reference names (cells of a row joined by ` | `), for quoting. */
export function citedText(ref: string): string {
  return model.citedText(ref);
}

/** The label of the block a reference names (labels/block-label.ts), or its anchor when there is none. */
export function refLabel(ref: string): string {
  return model.refLabel(ref);
}
