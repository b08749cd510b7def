/**
 * `npm run timeline:coverage [-- --content DIR] [-- --min 0.95]`
 *
 * Scans the published paragraphs, headings, table rows and footnotes for date expressions
 * (src/content-model/timeline/date-expressions.ts) and reports every dated one that no timeline event cites.
 * Prints the coverage figure (covered / dated), then the uncovered references, each with its reason from
 * content/timeline-coverage-ignore.yaml or `NO REASON`.
 * Exits 1 when coverage is below `--min` (default 0.95), when an uncovered block has no reason in the
 * ignore list, or when an ignore entry is stale (covered, or not a dated block); exits 2 on invalid
 * glossary/timeline/ignore files, naming the file and field.
 */
import { parseArgs } from 'node:util';
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readCorpus } from '../src/content-model/corpus/read-corpus.ts';
import { readTimeline } from '../src/content-model/timeline/read-timeline.ts';
import { EntryError } from '../src/content-model/files/read-entries.ts';
import { coverageIgnoreSchema, timelineCoverage, type CoverageIgnore } from '../src/content-model/timeline/coverage.ts';

const { values } = parseArgs({
  options: { content: { type: 'string', default: 'content' }, min: { type: 'string', default: '0.95' } },
});
const dir = resolve(values.content);
const min = Number(values.min);
const ignoreFile = join(dir, 'timeline-coverage-ignore.yaml');

function readIgnore(): CoverageIgnore {
  if (!existsSync(ignoreFile)) return [];
  const result = coverageIgnoreSchema.safeParse(parseYaml(readFileSync(ignoreFile, 'utf8')) ?? []);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new EntryError(`${ignoreFile}: ${problems.join('; ')}`);
  }
  return result.data;
}

try {
  const corpus = readCorpus(dir);
  const events = readTimeline(dir);
  const ignore = readIgnore();
  const reasons = new Map(ignore.map((i) => [i.ref, i.reason]));
  const c = timelineCoverage(corpus, events.flatMap((e) => e.data.cites), ignore);
  const percent = (c.ratio * 100).toFixed(1);
  console.log(`timeline coverage: ${c.covered.length} of ${c.dated.length} dated blocks cited by the ${events.length} events (${percent} %; minimum ${(min * 100).toFixed(0)} %)`);
  for (const u of c.uncovered) {
    console.log(`  uncovered ${u.ref} [${u.expressions.join(', ')}]: ${reasons.get(u.ref) ?? 'NO REASON'}`);
    if (!reasons.has(u.ref)) console.log(`    ${u.text.slice(0, 120)}`);
  }
  for (const s of c.stale) console.log(`  stale ignore entry ${s.ref}: it is covered or not a dated block`);
  const failures = [
    c.ratio < min && `coverage ${percent} % is below ${(min * 100).toFixed(0)} %`,
    c.unexplained.length > 0 && `${c.unexplained.length} uncovered blocks have no reason in ${ignoreFile}`,
    c.stale.length > 0 && `${c.stale.length} stale ignore entries`,
  ].filter(Boolean);
  if (failures.length > 0) {
    console.error(`timeline:coverage failed: ${failures.join('; ')}`);
    process.exit(1);
  }
} catch (error) {
  if (!(error instanceof EntryError)) throw error;
  console.error(error.message);
  process.exit(2);
}
