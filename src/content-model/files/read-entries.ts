/**
 * Reads a folder of content entries outside Astro (for the remark auto-linker, the coverage tool and the
 * tests), validating each with the same zod schema the content collection uses.
 *
 * Input: the folder, the file extension (`.mdx`: YAML frontmatter between `---` lines, then a body;
 * `.yaml`: the whole file is the data) and the schema.
 * Output: `{ id, data, body }[]` sorted by id (the file name without extension); `body` is '' for YAML.
 * Errors: `EntryError` naming the file and, for a schema failure, every failing field path with its
 * message, e.g. `content/glossary/sco.mdx: cites.1: dangling citation: …`.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';

export class EntryError extends Error {}

export interface Entry<T> {
  id: string;
  data: T;
  body: string;
}

function splitMdx(file: string, source: string): { raw: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(source);
  if (!match) throw new EntryError(`${file}:1: no frontmatter (expected a first line "---")`);
  return { raw: parseYaml(match[1]!), body: source.slice(match[0].length) };
}

export function readEntries<S extends z.ZodType>(folder: string, extension: '.mdx' | '.yaml', schema: S): Entry<z.infer<S>>[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => {
      const file = relative(process.cwd(), join(folder, name));
      const source = readFileSync(join(folder, name), 'utf8');
      let raw: unknown;
      let body = '';
      try {
        if (extension === '.mdx') ({ raw, body } = splitMdx(file, source));
        else raw = parseYaml(source);
      } catch (error) {
        if (error instanceof EntryError) throw error;
        throw new EntryError(`${file}: invalid YAML: ${(error as Error).message}`);
      }
      const result = schema.safeParse(raw);
      if (!result.success) {
        const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(entry)'}: ${issue.message}`);
        throw new EntryError(`${file}: ${problems.join('; ')}`);
      }
      return { id: name.slice(0, -extension.length), data: result.data, body };
    });
}
