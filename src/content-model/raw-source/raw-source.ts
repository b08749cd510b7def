/**
 * The raw source text behind an article, for the provenance views.
 *
 * `rawLines(source)`: reads <content>/sources/<source>.txt (see content-dir.ts) and returns its lines, 1-based as `{ no, text }`, split exactly as the normaliser splits them.
 * Errors: throws the file-system error if the source is missing (the build fails, naming the path).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../files/content-dir.ts';

export interface RawLine {
  no: number;
  text: string;
}

const cache = new Map<string, RawLine[]>();

export function rawLines(source: string): RawLine[] {
  let lines = cache.get(source);
  if (!lines) {
    const text = readFileSync(join(contentDir, 'sources', `${source}.txt`), 'utf8').replace(/^\uFEFF/u, '');
    lines = text.split(/\r?\n/u).map((t, i) => ({ no: i + 1, text: t }));
    cache.set(source, lines);
  }
  return lines;
}
