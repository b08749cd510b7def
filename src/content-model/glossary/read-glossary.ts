/**
 * The glossary outside Astro: every entry of `<content>/glossary/*.mdx`, validated against the corpus.
 * Input: the content folder (default: `contentDir`) and, optionally, the corpus index to check citations
 * against (default: the index of `readCorpus(dir)`). Output: `Entry<GlossaryTerm>[]` sorted by slug; with
 * the default index, read once per folder and process (later calls return the same array).
 * Errors: `EntryError` naming the file and field (files/read-entries.ts); `CorpusError` from reading the
 * corpus.
 */
import { join, resolve } from 'node:path';
import { readEntries, type Entry } from '../files/read-entries.ts';
import { contentDir } from '../files/content-dir.ts';
import { glossaryTermSchema, type GlossaryTerm } from '../schemas/glossary-term.ts';
import { indexCorpus, type CorpusIndex } from '../corpus/paragraph-ref.ts';
import { readCorpus } from '../corpus/read-corpus.ts';

const cache = new Map<string, Entry<GlossaryTerm>[]>();

export function readGlossary(dir: string = contentDir, index?: CorpusIndex): Entry<GlossaryTerm>[] {
  if (index) return readEntries(join(dir, 'glossary'), '.mdx', glossaryTermSchema(index));
  const key = resolve(dir);
  let entries = cache.get(key);
  if (!entries) {
    entries = readEntries(join(dir, 'glossary'), '.mdx', glossaryTermSchema(indexCorpus(readCorpus(dir))));
    cache.set(key, entries);
  }
  return entries;
}
