/**
 * The glossary outside Astro: every entry of `<content>/glossary/*.mdx`, validated against the corpus.
 * Input: the content folder (default: `contentDir`) and, optionally, the corpus index to check citations
 * against (default: the index of `readCorpus(dir)`). Output: `Entry<GlossaryTerm>[]` sorted by slug; with
 * the default index, read once per folder and process (later calls return the same array).
 * Errors: `EntryError` naming the file and field (files/read-entries.ts); `CorpusError` from reading the
 * corpus.
 */
import { join } from 'node:path';
import { readEntries, type Entry } from '../files/read-entries.ts';
import { contentDir } from '../files/content-dir.ts';
import { perFolder } from '../files/per-folder.ts';
import { glossaryTermSchema, type GlossaryTerm } from '../schemas/glossary-term.ts';
import { indexCorpus, type CorpusIndex } from '../corpus/paragraph-ref.ts';
import { readCorpus } from '../corpus/read-corpus.ts';

const read = (dir: string, index: CorpusIndex) => readEntries(join(dir, 'glossary'), '.mdx', glossaryTermSchema(index));
const readOnce = perFolder((dir) => read(dir, indexCorpus(readCorpus(dir))));

export function readGlossary(dir: string = contentDir, index?: CorpusIndex): Entry<GlossaryTerm>[] {
  return index ? read(dir, index) : readOnce(dir);
}
