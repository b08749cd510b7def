/**
 * Normalise every source of a sources folder into the files of the articles collection and the reports.
 *
 * Input: `sourcesDir` holding `<source>.txt` + `<source>.yaml` pairs. Output: a map from path (relative
 * to the content folder: `articles/<slug>.mdx`, `reports/<source>.json`, `permalinks/<slug>.json`) to file
 * text, deterministic and sorted by path. Nothing is written here. The permalink registries committed
 * in `permalinks/` beside the sources are read first, so earlier paragraph ids are kept; what this run
 * does to earlier ids (edited, split, merged, retired) goes to `onPermalinkChange`, not into a file, so
 * the files written are a fixed point: normalising them again gives the same files. `onArticle` receives
 * each normalised article (its blocks with ids, numbers and raw lines) before it is serialised: the
 * paragraph outlines (report/paragraph-outline.ts) are made from it.
 * Throws `NormaliseError` (file, line, field) on any bad input: missing or unreadable source (named by
 * the manifest's `file` line: no such file, a directory or other non-file, permission denied), a source
 * over MAX_SOURCE_BYTES or a manifest over MAX_MANIFEST_BYTES (refused from its size on disk, before
 * reading), manifest failing its schema, checksum mismatch, duplicate article slug, frontmatter failing
 * its schema, a permalink registry that is not valid JSON or fails its schema.
 */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { articleFrontmatterSchema } from '../content-model/schemas/article.ts';
import { loadManifest, manifestWhere } from './load-manifest.ts';
import { normaliseSource, type NormalisedArticle, type PermalinkChange } from './normalise-source.ts';
import { writeArticle } from './mdx/write-article.ts';
import { NormaliseError } from './shared/normalise-error.ts';
import { permalinkRegistrySchema, type PermalinkRegistry } from '../content-model/schemas/permalink-registry.ts';

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

/**
 * Largest raw source the normaliser reads: 4 MiB, 80 times the largest source (52 KB) and over a million
 * Han characters. The normaliser holds a source whole (its lines, several stages of them, the report),
 * so a size limit keeps its memory bounded; a larger file is refused from its size before it is read.
 */
export const MAX_SOURCE_BYTES = 4 * 1024 * 1024;
/** Largest manifest read: 1 MiB (the largest is 6 KB). */
export const MAX_MANIFEST_BYTES = 1024 * 1024;

const ERRNO_TEXT: Record<string, string> = { ENOENT: 'no such file', EACCES: 'permission denied', EISDIR: 'a directory, not a file', ELOOP: 'a symbolic link loop', ENOTDIR: 'a path through a non-folder' };

/**
 * The bytes of the regular file at `path`, at most `limit` of them. Throws `NormaliseError(where, field,
 * problem)`, the problem naming the path, when the path is missing, not a regular file (directory, FIFO,
 * device), unreadable, or larger than `limit` — checked with stat before reading, and again while
 * reading in case the file grew.
 */
function readOrFail(path: string, limit: number, where: string, field: string): Buffer {
  const fail = (problem: string) => new NormaliseError(where, field, problem);
  const size = (n: number) => `${n} bytes (${(n / 1024 / 1024).toFixed(1)} MiB)`;
  const tooLarge = (n: number) => fail(`${path} is ${size(n)}; the limit is ${size(limit)}: larger files are refused, not read`);
  let fd: number | undefined;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw fail(`${path} is a directory, not a file`);
    if (!stat.isFile()) throw fail(`${path} is not a regular file (FIFO, socket or device)`);
    if (stat.size > limit) throw tooLarge(stat.size);
    fd = openSync(path, 'r');
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(64 * 1024, limit + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > limit) throw tooLarge(total);
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    if (error instanceof NormaliseError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw fail(`cannot read ${path}: ${code && ERRNO_TEXT[code] ? `${ERRNO_TEXT[code]} (${code})` : (error as Error).message}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function buildCollection(
  sourcesDir: string,
  onPermalinkChange: (change: PermalinkChange) => void = () => {},
  onArticle: (article: NormalisedArticle) => void = () => {},
): Map<string, string> {
  const manifestPaths = readdirSync(sourcesDir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join(sourcesDir, f));
  const manifests = manifestPaths
    .map((path) => ({ path, manifest: loadManifest(readOrFail(path, MAX_MANIFEST_BYTES, path, 'manifest').toString('utf8'), path) }))
    .sort((a, b) => a.manifest.receivedAs.localeCompare(b.manifest.receivedAs));
  if (manifests.length === 0) throw new NormaliseError(sourcesDir, 'sources', 'no manifests (*.yaml) found');

  const registries = loadRegistries(sourcesDir);
  const files = new Map<string, string>();
  manifests.forEach(({ path, manifest }, index) => {
    const bytes = readOrFail(join(sourcesDir, manifest.file), MAX_SOURCE_BYTES, manifestWhere(manifest, path, 'file'), 'file');
    const { articles, report, permalinkChanges } = normaliseSource(bytes, manifest, path, index, registries);
    permalinkChanges.forEach(onPermalinkChange);
    for (const [i, article] of articles.entries()) {
      onArticle(article);
      const key = `articles/${article.slug}.mdx`;
      if (files.has(key)) throw new NormaliseError(manifestWhere(manifest, path, `articles.${i}.slug`), `articles.${i}.slug`, `slug "${article.slug}" is used twice`);
      const checked = articleFrontmatterSchema.safeParse(article.frontmatter);
      if (!checked.success) {
        const issue = checked.error.issues[0]!;
        throw new NormaliseError(manifestWhere(manifest, path, `articles.${i}.bibliography.${issue.path.join('.')}`), `${article.slug}.${issue.path.join('.')}`, issue.message);
      }
      files.set(key, writeArticle(checked.data, article.blocks, article.retired));
      files.set(`permalinks/${article.slug}.json`, `${JSON.stringify(article.registry, null, 1)}\n`);
    }
    files.set(`reports/${manifest.file.replace(/\.txt$/u, '')}.json`, `${JSON.stringify(report, null, 2)}\n`);
  });
  return new Map([...files.entries()].sort(([a], [b]) => a.localeCompare(b)));
}
