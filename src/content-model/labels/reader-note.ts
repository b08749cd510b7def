/**
 * Readers' notes (src/content-model/schemas/reader-note.ts) as text and links: every raw-line reference `第17行` or
 * `第156–158行` (with its `原文` when written) becomes a part carrying the line to link to, so pages link
 * it to the raw-line view (`rawLinePath` in src/routes.ts) without building URLs here.
 *
 * `noteParts(note)` → the note cut into `{ text }` and `{ text, line }` parts, in order; joined, the
 * parts' texts are the note. `linesNote(lines)` → the normaliser's line list of a hint (`L414–L416, L2–L142`,
 * `L3`, `all`: src/normaliser/) written for readers (`第414–416行、第2–142行`, `全文`; with `inSource`,
 * where the context does not say which text is meant: `原文第414–416行、第2–142行`, `原文全文`), so that
 * `noteParts` links it too. Pure; used at build time.
 * Errors: `linesNote` throws on a line list it cannot read, naming it (the build fails rather than show
 * an editors' token).
 */
import { rawLineReference } from '../schemas/reader-note.ts';

export interface NotePart {
  text: string;
  /** The raw line a reference starts on, for a part that is a raw-line reference. */
  line?: number;
}

export function noteParts(note: string): NotePart[] {
  const parts: NotePart[] = [];
  let at = 0;
  for (const m of note.matchAll(new RegExp(rawLineReference.source, 'gu'))) {
    if (m.index > at) parts.push({ text: note.slice(at, m.index) });
    parts.push({ text: m[0], line: Number(m[2]) });
    at = m.index + m[0].length;
  }
  if (at < note.length) parts.push({ text: note.slice(at) });
  return parts;
}

export function linesNote(lines: string, inSource = false): string {
  const source = inSource ? '原文' : '';
  if (lines === 'all') return `${source}全文`;
  const ranges = lines.split(', ').map((range) => {
    const m = /^L(\d+)(?:–L(\d+))?$/u.exec(range);
    if (!m) throw new Error(`linesNote: cannot read the line list "${lines}"`);
    return m[2] === undefined ? `第${m[1]}行` : `第${m[1]}–${m[2]}行`;
  });
  return `${source}${ranges.join('、')}`;
}
