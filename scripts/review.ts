/**
 * `npm run review -- SOURCE [--content DIR] [--out FILE]`
 *
 * The review view of one source (its manifest `<content>/sources/SOURCE.yaml`): normalises it as
 * `npm run normalise` would and writes a standalone HTML page for editors (src/normaliser/review/
 * review-page.ts; default `review/SOURCE.html`, a folder git ignores; never part of the site): published
 * blocks beside their raw lines, the places to check first, removed lines with their rule or hint,
 * in-line repairs, hints applied. Prints the places to check first, one per line (`L196 paragraph-end: …`).
 * Bad input: `review: file:line: field: problem`, exit 2, nothing written.
 */
import { parseArgs } from 'node:util';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadManifest } from '../src/normaliser/load-manifest.ts';
import { normaliseSource } from '../src/normaliser/normalise-source.ts';
import { readSource } from '../src/normaliser/read-source.ts';
import { NormaliseError } from '../src/normaliser/shared/normalise-error.ts';
import { uncertainPlaces } from '../src/normaliser/review/uncertain.ts';
import { reviewPage } from '../src/normaliser/review/review-page.ts';
import { contentDir as defaultContentDir } from '../src/content-model/files/content-dir.ts';

function fail(message: string): never {
  console.error(`review: ${message}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { content: { type: 'string' }, out: { type: 'string' } } });
} catch (error) {
  fail((error as Error).message);
}
const { values, positionals } = parsed;
if (positionals.length !== 1) fail('expected one source slug: npm run review -- SOURCE');
const source = positionals[0]!;
const sources = join(values.content === undefined ? defaultContentDir : resolve(values.content), 'sources');
const manifestPath = join(sources, `${source}.yaml`);
try {
  const manifest = loadManifest(readFileSync(manifestPath, 'utf8'), manifestPath);
  const bytes = readFileSync(join(sources, manifest.file));
  const normalised = normaliseSource(bytes, manifest, manifestPath, 0);
  const { lines } = readSource(bytes, manifest.file);
  const places = uncertainPlaces(lines, manifest, normalised);
  const out = values.out ?? join('review', `${source}.html`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, reviewPage(manifest.file, lines, manifest, normalised, places));
  console.log(`review: wrote ${out} (${places.length} places to check first)`);
  for (const p of places) console.log(`  L${p.line} ${p.kind}: ${p.message}`);
} catch (error) {
  if (error instanceof NormaliseError) fail(error.message);
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') fail(`${(error as NodeJS.ErrnoException).path}: no such file`);
  throw error;
}
