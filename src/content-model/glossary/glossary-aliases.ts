/**
 * The glossary's aliases for the remark auto-linker, read when Astro loads its config (before content
 * collections exist). Only the shape is checked here; citations are checked by the collection schema.
 * Input: the content folder. Output: `{ slug, aliases }[]` sorted by slug. Errors: `EntryError` naming the
 * file and field (read-entries.ts).
 */
import { join } from 'node:path';
import { readEntries } from '../files/read-entries.ts';
import { glossaryTermShape } from '../schemas/glossary-term.ts';
import type { TermAliases } from './term-matcher.ts';

export function glossaryAliases(dir: string): TermAliases[] {
  return readEntries(join(dir, 'glossary'), '.mdx', glossaryTermShape).map((e) => ({ slug: e.id, aliases: e.data.aliases }));
}
