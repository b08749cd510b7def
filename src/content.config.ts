/**
 * Content collections.
 * - `articles`: the MDX files the normaliser writes to content/articles/, one per distinct text;
 * - `glossary`: content/glossary/<slug>.mdx, one glossary term each (schemas/glossary-term.ts);
 * - `timeline`: content/timeline/<id>.yaml, one timeline event each (schemas/timeline-event.ts).
 * The glossary and timeline schemas check their paragraph citations against the published corpus
 * (read back from content/articles/ by corpus/read-corpus.ts), so a dangling citation fails the build;
 * Astro's error names the entry and the field.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { articleFrontmatterSchema } from './schemas/article.ts';
import { glossaryTermSchema } from './schemas/glossary-term.ts';
import { timelineEventSchema } from './schemas/timeline-event.ts';
import { contentDir } from './lib/content-dir.ts';
import { readCorpus } from './corpus/read-corpus.ts';
import { indexCorpus } from './corpus/paragraph-ref.ts';

const corpusIndex = indexCorpus(readCorpus(contentDir));

const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: join(contentDir, 'articles') }),
  schema: articleFrontmatterSchema,
});

const glossary = defineCollection({
  loader: glob({ pattern: '*.mdx', base: join(contentDir, 'glossary') }),
  schema: glossaryTermSchema(corpusIndex),
});

const timeline = defineCollection({
  loader: glob({ pattern: '*.yaml', base: join(contentDir, 'timeline') }),
  schema: timelineEventSchema(corpusIndex),
});

export const collections = { articles, glossary, timeline };
