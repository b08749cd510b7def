/**
 * The articles of `<dir>/articles/*.mdx` one at a time, for the data export (scripts/export-data.ts),
 * which at 10,000 articles must not hold the corpus in memory at once: each file is read, its
 * frontmatter validated (schemas/article.ts) and its blocks read (corpus/read-corpus.ts) when the
 * iteration reaches it, and nothing is kept.
 *
 * Input: the content folder (default: `contentDir`). Output: an iterator of
 *   `{ slug, file, bytes, data, blocks, body, firstLine }` in corpus order (file name order, as read-corpus.ts).
 * Errors: `CorpusError` naming the file and field for a frontmatter that fails its schema, and what
 *   read-corpus.ts throws for unparsable MDX.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../files/content-dir.ts';
import { CorpusError, readArticleBlocks, splitFrontmatter, type CorpusBlock } from '../corpus/read-corpus.ts';
import { articleFrontmatterSchema, type ArticleFrontmatter } from '../schemas/article.ts';

export interface ArticleFile {
  slug: string;
  file: string;
  bytes: Buffer;
  data: ArticleFrontmatter;
  blocks: CorpusBlock[];
  /** The MDX body (frontmatter removed) and the 1-based line of the file it starts on. */
  body: string;
  firstLine: number;
}

/** The slugs of `<dir>/articles/*.mdx`, in corpus order. */
export function articleSlugs(dir: string = contentDir): string[] {
  return readdirSync(join(dir, 'articles'))
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => name.slice(0, -'.mdx'.length));
}

export function* readArticleFiles(dir: string = contentDir): Generator<ArticleFile> {
  for (const slug of articleSlugs(dir)) {
    const file = join(dir, 'articles', `${slug}.mdx`);
    const bytes = readFileSync(file);
    const { data: raw, body, offset } = splitFrontmatter(file, bytes.toString('utf8'));
    const parsed = articleFrontmatterSchema.safeParse(raw);
    if (!parsed.success) {
      throw new CorpusError(`${file}: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || '(frontmatter)'}: ${issue.message}`).join('; ')}`);
    }
    yield { slug, file, bytes, data: parsed.data, blocks: readArticleBlocks(slug, body, file, offset), body, firstLine: offset + 1 };
  }
}

/**
 * The source manifests (`<dir>/sources/*.yaml`) as bytes, by file name, in name order: for the corpus
 * download, which ships them as they are beside the MDX.
 */
export function sourceManifestFiles(dir: string = contentDir): { name: string; bytes: Buffer }[] {
  const folder = join(dir, 'sources');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(join(folder, name)) }));
}

/**
 * The version of the published data: the first 16 hex digits of a SHA-256 over every article's MDX and
 * every source manifest (names and bytes, in name order). It changes exactly when the text or metadata
 * of the knowledge base does, so the about page (built by Astro) and the export (scripts/export-data.ts)
 * name the same version without either reading the other's output.
 */
export function corpusVersion(dir: string = contentDir): string {
  const hash = createHash('sha256');
  for (const slug of articleSlugs(dir)) {
    hash.update(`articles/${slug}.mdx\0`);
    hash.update(readFileSync(join(dir, 'articles', `${slug}.mdx`)));
  }
  for (const manifest of sourceManifestFiles(dir)) {
    hash.update(`sources/${manifest.name}\0`);
    hash.update(manifest.bytes);
  }
  return hash.digest('hex').slice(0, 16);
}
