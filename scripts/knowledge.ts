/**
 * `npm run knowledge [-- --content DIR]`
 *
 * Validates the glossary (content/glossary/*.mdx) and the timeline (content/timeline/*.yaml) against the
 * published corpus — the same checks the content collections run at build time — and prints the counts:
 * glossary entries per kind, timeline events per tag, and how many articles each cites.
 * Bad input: prints `file: field: problem` and exits 2.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { readCorpus } from '../src/content-model/corpus/read-corpus.ts';
import { indexCorpus } from '../src/content-model/corpus/paragraph-ref.ts';
import { readGlossary } from '../src/content-model/glossary/read-glossary.ts';
import { readTimeline } from '../src/content-model/timeline/read-timeline.ts';
import { EntryError } from '../src/content-model/files/read-entries.ts';
import { glossaryKinds } from '../src/content-model/schemas/glossary-term.ts';
import { timelineTags } from '../src/content-model/schemas/timeline-event.ts';

const { values } = parseArgs({ options: { content: { type: 'string', default: 'content' } } });
const dir = resolve(values.content);

try {
  const index = indexCorpus(readCorpus(dir));
  const glossary = readGlossary(dir);
  const timeline = readTimeline(dir);
  console.log(`glossary: ${glossary.length} entries`);
  for (const [kind, label] of Object.entries(glossaryKinds)) {
    console.log(`  ${kind} (${label}): ${glossary.filter((e) => e.data.kind === kind).length}`);
  }
  console.log(`timeline: ${timeline.length} events`);
  for (const [tag, label] of Object.entries(timelineTags)) {
    console.log(`  ${tag} (${label}): ${timeline.filter((e) => e.data.tags.includes(tag as never)).length}`);
  }
  const cited = new Set(timeline.flatMap((e) => e.data.cites.map((ref) => ref.split('#')[0])));
  console.log(`  events cite ${cited.size} of ${index.articles.size} articles`);
} catch (error) {
  if (!(error instanceof EntryError)) throw error;
  console.error(error.message);
  process.exit(2);
}
