/**
 * The glossary outside Astro: every entry of `<content>/glossary/*.mdx`, validated against the corpus.
 * Input: the content folder and the corpus index. Output: `Entry<GlossaryTerm>[]` sorted by slug.
 * Errors: `EntryError` naming the file and field (read-entries.ts).
 */
import { join } from 'node:path';
import { readEntries, type Entry } from '../files/read-entries.ts';
import { glossaryTermSchema, type GlossaryTerm } from '../schemas/glossary-term.ts';
import type { CorpusIndex } from '../corpus/paragraph-ref.ts';

export function readGlossary(dir: string, index: CorpusIndex): Entry<GlossaryTerm>[] {
  return readEntries(join(dir, 'glossary'), '.mdx', glossaryTermSchema(index));
}
