/**
 * `npm run outlines [-- --check]`
 *
 * Normalises every source of content/sources/ (writing nothing under content/) and writes the outline of
 * each article — one line per block: number, permalink id, raw lines, print page, first characters (see
 * src/normaliser/report/paragraph-outline.ts) — to tests/fixtures/paragraphs/<slug>.txt. Run it after a
 * change to the normaliser and review the diff (`git diff tests/fixtures/paragraphs/`): every line that
 * moves is a paragraph whose boundaries or number changed. `src/normaliser/paragraph-boundaries.test.ts`
 * fails until the reviewed outlines are committed. With `--check`, writes nothing and exits 1 naming the
 * outlines that differ. Bad input: as `npm run normalise` (prints `file:line: field: problem`, exit 2).
 */
import { parseArgs } from 'node:util';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCollection } from '../src/normaliser/build-collection.ts';
import { NormaliseError } from '../src/normaliser/shared/normalise-error.ts';
import { paragraphOutline } from '../src/normaliser/report/paragraph-outline.ts';
import { contentDir } from '../src/content-model/files/content-dir.ts';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
const outlinesDir = join(import.meta.dirname, '..', 'tests', 'fixtures', 'paragraphs');

const outlines = new Map<string, string>();
try {
  buildCollection(join(contentDir, 'sources'), () => {}, (article) => outlines.set(article.slug, paragraphOutline(article.blocks)));
} catch (error) {
  if (error instanceof NormaliseError) {
    console.error(`outlines: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
const differing = [...outlines].filter(([slug, text]) => {
  const path = join(outlinesDir, `${slug}.txt`);
  return !existsSync(path) || readFileSync(path, 'utf8') !== text;
});
if (values.check) {
  if (differing.length > 0) {
    console.error(`Paragraph outlines differ; run \`npm run outlines\` and review the diff:\n${differing.map(([s]) => `  ${s}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`outlines --check: ${outlines.size} outlines are up to date`);
} else {
  mkdirSync(outlinesDir, { recursive: true });
  for (const [slug, text] of differing) writeFileSync(join(outlinesDir, `${slug}.txt`), text);
  console.log(`outlines: ${differing.length} of ${outlines.size} outlines written to ${outlinesDir}/`);
}
