/**
 * Normalise every source of a sources folder into the files of the articles collection and the reports.
 *
 * Input: `sourcesDir` holding `<source>.txt` + `<source>.yaml` pairs. Output: a map from path (relative
 * to the content folder: `articles/<slug>.mdx`, `reports/<source>.json`, `permalinks/<slug>.json`) to file
 * text, deterministic and sorted by path. Nothing is written here. The permalink registries committed
 * in `permalinks/` beside the sources are read first, so earlier paragraph ids are kept.
 * Throws `NormaliseError` (file, line, field) on any bad input: missing or unreadable source, manifest
 * failing its schema, checksum mismatch, duplicate article slug, frontmatter failing its schema, a
 * permalink registry that is not valid JSON or fails its schema.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleFrontmatterSchema } from '../schemas/article.ts';
import { loadManifest } from './load-manifest.ts';
import { normaliseSource } from './normalise-source.ts';
import { writeArticle } from './mdx/write-article.ts';
import { NormaliseError } from './errors.ts';
import { permalinkRegistrySchema, type PermalinkRegistry } from '../schemas/permalink-registry.ts';

/** The committed permalink registries beside the sources folder (`../permalinks/<article>.json`), by article. */
function loadRegistries(sourcesDir: string): Map<string, PermalinkRegistry> {
  const dir = join(sourcesDir, '..', 'permalinks');
  const registries = new Map<string, PermalinkRegistry>();
  if (!existsSync(dir)) return registries;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const path = join(dir, file);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new NormaliseError(path, 'json', (error as Error).message);
    }
    const parsed = permalinkRegistrySchema.safeParse(data);
    if (!parsed.success) throw new NormaliseError(path, parsed.error.issues[0]!.path.join('.') || '(root)', parsed.error.issues[0]!.message);
    registries.set(file.replace(/\.json$/u, ''), parsed.data);
  }
  return registries;
}

function readOrFail(path: string, field: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new NormaliseError(path, field, `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

export function buildCollection(sourcesDir: string): Map<string, string> {
  const manifestPaths = readdirSync(sourcesDir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join(sourcesDir, f));
  const manifests = manifestPaths
    .map((path) => ({ path, manifest: loadManifest(readOrFail(path, 'manifest').toString('utf8'), path) }))
    .sort((a, b) => a.manifest.receivedAs.localeCompare(b.manifest.receivedAs));
  if (manifests.length === 0) throw new NormaliseError(sourcesDir, 'sources', 'no manifests (*.yaml) found');

  const registries = loadRegistries(sourcesDir);
  const files = new Map<string, string>();
  manifests.forEach(({ path, manifest }, index) => {
    const bytes = readOrFail(join(sourcesDir, manifest.file), 'file');
    const { articles, report } = normaliseSource(bytes, manifest, path, index, registries);
    for (const article of articles) {
      const key = `articles/${article.slug}.mdx`;
      if (files.has(key)) throw new NormaliseError(path, 'articles.slug', `slug "${article.slug}" is used twice`);
      const checked = articleFrontmatterSchema.safeParse(article.frontmatter);
      if (!checked.success) {
        const issue = checked.error.issues[0]!;
        throw new NormaliseError(path, `${article.slug}.${issue.path.join('.')}`, issue.message);
      }
      files.set(key, writeArticle(checked.data, article.blocks, article.retired));
      files.set(`permalinks/${article.slug}.json`, `${JSON.stringify(article.registry, null, 1)}\n`);
    }
    files.set(`reports/${manifest.file.replace(/\.txt$/u, '')}.json`, `${JSON.stringify(report, null, 2)}\n`);
  });
  return new Map([...files.entries()].sort(([a], [b]) => a.localeCompare(b)));
}
