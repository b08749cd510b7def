/**
 * `npm run normalise [-- --check] [-- --report] [-- --content DIR]`
 *
 * Reads <content>/sources/*.txt + *.yaml (`--content`, else SCO_CONTENT_DIR, else content/: the folder
 * the build reads), normalises them, and replaces content/articles/ and
 * content/reports/ atomically. With `--check`, writes nothing and exits 1 listing every generated file
 * that is stale (different, missing or extra). With `--report`, also prints the normalisation report of
 * each source (see src/normaliser/report/format-report.ts). Prints what the run does to earlier paragraph
 * ids (`normalise: permalinks of <article>: edited|split|merged|retired <ids>`; none once the registries
 * in content/permalinks/ are up to date). Bad input: prints `file:line: field: problem` and exits 2,
 * with nothing written.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { buildCollection } from '../src/normaliser/build-collection.ts';
import { staleGenerated, writeGenerated } from '../src/normaliser/write-files.ts';
import { NormaliseError } from '../src/normaliser/shared/normalise-error.ts';
import { formatReport } from '../src/normaliser/report/format-report.ts';
import { parseSourceReport } from '../src/content-model/reports/read-reports.ts';
import { contentDir as defaultContentDir } from '../src/content-model/files/content-dir.ts';

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    content: { type: 'string' },
    report: { type: 'boolean', default: false },
  },
});
// The same folder `astro build` reads (src/content-model/files/content-dir.ts: SCO_CONTENT_DIR, else content/), so that
// `npm run build`'s check looks at what the build publishes.
const contentDir = values.content === undefined ? defaultContentDir : resolve(values.content);

try {
  const files = buildCollection(resolve(contentDir, 'sources'), (c) => console.log(`normalise: permalinks of ${c.article}: ${c.kind} ${c.ids.join(', ')}`));
  if (values.report) {
    for (const [path, text] of files) if (path.startsWith('reports/')) console.log(formatReport(parseSourceReport(text, path)));
  }
  if (values.check) {
    const stale = staleGenerated(contentDir, files);
    if (stale.length > 0) {
      console.error(`Generated content is stale; run \`npm run normalise\`:\n${stale.map((s) => `  ${s}`).join('\n')}`);
      process.exit(1);
    }
    console.log(`normalise --check: ${files.size} generated files are up to date`);
  } else {
    writeGenerated(contentDir, files);
    console.log(`normalise: wrote ${files.size} files under ${contentDir}/`);
  }
} catch (error) {
  if (error instanceof NormaliseError) {
    console.error(`normalise: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
