/**
 * The glossary's aliases for the remark auto-linker, read when Astro loads its config (astro.config.mjs,
 * before content collections exist). Only the shape is checked here (the corpus is not read); citations are
 * checked by the collection schema.
 * Input: the content folder (default: `contentDir`). Output: `{ slug, aliases }[]` sorted by slug, read
 * once per folder and process. Errors: `EntryError` naming the file and field (files/read-entries.ts).
 */
import { join } from 'node:path';
import { readEntries } from '../files/read-entries.ts';
import { contentDir } from '../files/content-dir.ts';
import { perFolder } from '../files/per-folder.ts';
import { glossaryTermShape } from '../schemas/glossary-term.ts';
import type { TermAliases } from './term-matcher.ts';

const readOnce = perFolder((dir): TermAliases[] =>
  readEntries(join(dir, 'glossary'), '.mdx', glossaryTermShape).map((e) => ({ slug: e.id, aliases: e.data.aliases })),
);

export function glossaryAliases(dir: string = contentDir): TermAliases[] {
  return readOnce(dir);
}
