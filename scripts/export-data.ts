/**
 * `node scripts/export-data.ts [--dist DIR]` — the data export, a step of `npm run build` after
 * `astro build` (scripts/build-steps.ts), described on /about/data/ (pages/about/data.astro):
 *
 * - `/articles/<slug>/data.json`: the article's record (content-model/schemas/article-export.ts,
 *   lib/data-export.ts `articleExport`), `/articles/<slug>/text.txt`, its plain text (`articleText`), and
 *   `/articles/<slug>/tei.xml`, the article as TEI P5 (lib/tei.ts);
 * - `/data/corpus.jsonl`: every record, one per line, in corpus order;
 * - `/data/corpus.zip`: the generated MDX (`articles/<slug>.mdx`) and the source manifests
 *   (`sources/<source>.yaml`) as they are in content/, deflated, every entry dated 1980-01-01 00:00 so
 *   the archive is the same bytes on every build;
 * - `/data/article.schema.json`: the records' JSON Schema (`z.toJSONSchema` of the zod schema);
 * - `/data/index.json`: `{ format, version, articles, files: [{ path, mediaType, bytes, sha256 }] }`,
 *   `version` the corpus version (read-article-files.ts `corpusVersion`: a digest of the MDX and the
 *   manifests), the one /about/data/ names.
 *
 * Articles are read and written one at a time (content-model/export/read-article-files.ts), so memory
 * does not grow with the corpus. Input: content/ (`SCO_CONTENT_DIR`), the site's origin (`SCO_SITE_URL`,
 * as astro build gets it; else the local default, lib/site-url.ts). Output: the files above under DIR
 * (default dist/, which `astro build` has made), and one line on stdout.
 * Errors: exit 2 with `export-data: file: problem` for an article whose frontmatter fails its schema or
 * a missing dist/ folder.
 */
import { parseArgs } from 'node:util';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { Zip, ZipDeflate } from 'fflate';
import { contentDir } from '../src/content-model/files/content-dir.ts';
import { corpusVersion, readArticleFiles, sourceManifestFiles } from '../src/content-model/export/read-article-files.ts';
import { articleExportSchema, exportFormat } from '../src/content-model/schemas/article-export.ts';
import { CorpusError } from '../src/content-model/corpus/read-corpus.ts';
import { articleExport, articleText } from '../src/lib/data-export.ts';
import { resolveSite } from '../src/lib/site-url.ts';
import { articleTei } from '../src/lib/tei.ts';
import { articleBodyNodes } from '../src/markdown/article-body.ts';
import { articleDataPath, articleTeiPath, articleTextPath, corpusJsonlPath, corpusZipPath, exportIndexPath, exportSchemaPath } from '../src/routes.ts';

function fail(message: string): never {
  console.error(`export-data: ${message}`);
  process.exit(2);
}

const { values } = parseArgs({ options: { dist: { type: 'string' } } });
const dist = resolve(values.dist ?? 'dist');
if (!existsSync(dist)) fail(`${dist}: no such folder (run astro build first)`);
const site = new URL(resolveSite(undefined, process.env['SCO_SITE_URL']).origin);
const out = (path: string) => join(dist, ...path.split('/').filter(Boolean));
mkdirSync(out('/data/'), { recursive: true });

/** Local 1980-01-01 00:00: the ZIP's DOS date is local time, so this is the same bytes in every time zone. */
const zipDate = new Date(1980, 0, 1, 0, 0, 0);
const zipFd = openSync(out(corpusZipPath), 'w');
const zip = new Zip((error, chunk) => {
  if (error) throw error;
  writeSync(zipFd, chunk);
});
const addToZip = (name: string, bytes: Uint8Array) => {
  const entry = new ZipDeflate(name, { level: 9 });
  // fflate's streaming entries take their date as a property (its constructor options do not).
  entry.mtime = zipDate;
  zip.add(entry);
  entry.push(bytes, true);
};

const jsonlPath = out(corpusJsonlPath);
const jsonlFd = openSync(jsonlPath, 'w');
let articles = 0;
try {
  for (const article of readArticleFiles(contentDir)) {
    const record = articleExport(article.slug, article.data, article.blocks, site);
    const json = JSON.stringify(record);
    writeFileSync(out(articleDataPath(article.slug)), `${json}\n`);
    writeFileSync(out(articleTextPath(article.slug)), articleText(article.data, article.blocks));
    writeFileSync(out(articleTeiPath(article.slug)), articleTei(article.slug, article.data, articleBodyNodes(article.body, article.file, article.firstLine), site));
    writeSync(jsonlFd, `${json}\n`);
    addToZip(`articles/${article.slug}.mdx`, article.bytes);
    articles += 1;
  }
} catch (error) {
  if (error instanceof CorpusError) fail(error.message);
  throw error;
}
closeSync(jsonlFd);
for (const manifest of sourceManifestFiles(contentDir)) addToZip(`sources/${manifest.name}`, manifest.bytes);
zip.end();
closeSync(zipFd);

writeFileSync(out(exportSchemaPath), `${JSON.stringify(z.toJSONSchema(articleExportSchema, { io: 'output' }), null, 2)}\n`);

const describe = (path: string, mediaType: string) => {
  const bytes = readFileSync(out(path));
  return { path, mediaType, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
};
const files = [
  describe(corpusJsonlPath, 'application/jsonl'),
  describe(corpusZipPath, 'application/zip'),
  describe(exportSchemaPath, 'application/schema+json'),
];
const index = { format: exportFormat, version: corpusVersion(contentDir), articles, files };
writeFileSync(out(exportIndexPath), `${JSON.stringify(index, null, 2)}\n`);
console.log(`export-data: ${articles} articles → ${corpusJsonlPath} (${files[0]!.bytes} bytes), ${corpusZipPath} (${files[1]!.bytes} bytes), per-article data.json and text.txt; version ${index.version}`);
