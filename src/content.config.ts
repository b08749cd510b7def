/**
 * Content collections, made from the content model (src/content-model/):
 * - `articles`: the frontmatter of the MDX files the normaliser writes to content/articles/, one per
 *   distinct text, read and validated by the content model (files/read-entries.ts: `EntryError` names the
 *   file and the field). Their bodies are not Astro's: the article page reads and renders each body itself
 *   (markdown/article-body.ts, components/ArticleBody.astro), so the build makes no Vite module per
 *   article (at 10,000 articles those modules were the build's memory wall);
 * - `glossary`: content/glossary/<slug>.mdx, one glossary term each (content-model/schemas/glossary-term.ts);
 * - `timeline`: content/timeline/<id>.yaml, one timeline event each (content-model/schemas/timeline-event.ts);
 * - `corpus`: the published corpus (content-model/corpus/read-corpus.ts), one entry per article (id = slug,
 *   data = `CorpusArticle`, blocks with their raw `lines`), for the pages (lib/knowledge.ts).
 * The glossary and timeline schemas check their paragraph citations against the published corpus
 * (read back from content/articles/ by read-corpus.ts), so a dangling citation fails the build; Astro's
 * error (the glossary) or the content model's `EntryError` (the timeline) names the entry and the field.
 * The timeline is read by the content model (content-model/timeline/read-timeline.ts) and handed to the
 * store as it is (content-model/files/entries-loader.ts); the glossary keeps Astro's `glob` loader,
 * because its MDX bodies are rendered by Astro. The corpus is parsed once per build, here: the pages get it
 * through Astro's data store (content-model/corpus/corpus-loader.ts), which persists from content sync
 * to rendering, rather than parsing every MDX body again in their own module graph.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { articleFrontmatterSchema } from './content-model/schemas/article.ts';
import { glossaryTermSchema } from './content-model/schemas/glossary-term.ts';
import { timelineEventSchema } from './content-model/schemas/timeline-event.ts';
import { contentDir } from './content-model/files/content-dir.ts';
import { readCorpus } from './content-model/corpus/read-corpus.ts';
import { indexCorpus } from './content-model/corpus/paragraph-ref.ts';
import { corpusLoader } from './content-model/corpus/corpus-loader.ts';
import { entriesLoader } from './content-model/files/entries-loader.ts';
import { readEntries } from './content-model/files/read-entries.ts';
import { readTimeline } from './content-model/timeline/read-timeline.ts';

const corpusArticles = readCorpus(contentDir);
const corpusIndex = indexCorpus(corpusArticles);

const corpus = defineCollection({
  loader: corpusLoader(corpusArticles),
});

const articles = defineCollection({
  loader: entriesLoader('articles', readEntries(join(contentDir, 'articles'), '.mdx', articleFrontmatterSchema)),
  schema: articleFrontmatterSchema,
});

const glossary = defineCollection({
  loader: glob({ pattern: '*.mdx', base: join(contentDir, 'glossary') }),
  schema: glossaryTermSchema(corpusIndex),
});

const timeline = defineCollection({
  loader: entriesLoader('timeline', readTimeline(contentDir, corpusIndex)),
  schema: timelineEventSchema(corpusIndex),
});

export const collections = { articles, glossary, timeline, corpus };
