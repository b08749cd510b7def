/**
 * Content collections. `articles`: the MDX files the normaliser writes to content/articles/, one per
 * distinct text; a frontmatter field that fails `articleFrontmatterSchema` fails the build, and Astro's
 * error names the entry and the field.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { articleFrontmatterSchema } from './schemas/article.ts';
import { contentDir } from './lib/content-dir.ts';

const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: join(contentDir, 'articles') }),
  schema: articleFrontmatterSchema,
});

export const collections = { articles };
