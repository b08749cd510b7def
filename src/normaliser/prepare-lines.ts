/**
 * The line stages: what is decided line by line, before lines are grouped into blocks.
 *
 * In order, for every raw line: character maps (chars/), the manifest's text repairs, the page-footer cut (lines/page-footer.ts),
 * bold-doubling repair (lines/bold-doubling.ts), and for Markdown sources the Markdown-inline undo
 * (lines/markdown-inline.ts); then word-cloud lines (lines/word-cloud.ts) are removed.
 *
 * Input: raw lines and the source's layout. Output: `{ lines, removed, repairs }` — prepared lines by
 * number (removed lines absent), the removed line numbers with their rule, and a log of in-line repairs
 * (`{ no, by, removed? }`) for the report. Throws what the character maps throw, with the line named.
 */
import type { Layout, Manifest } from '../content-model/schemas/manifest.ts';
import type { DroppedLine, SourceLine } from './shared/types.ts';
import type { PreparedLine } from './assemble-article.ts';
import { mapCharacters } from './chars/index.ts';
import { splitPageFooter } from './lines/page-footer.ts';
import { halveBoldDoubling } from './lines/bold-doubling.ts';
import { stripMarkdownInline } from './lines/markdown-inline.ts';
import { findWordCloudLines } from './lines/word-cloud.ts';
import { NormaliseError } from './shared/normalise-error.ts';
import type { LineRepair } from './shared/types.ts';

export type { LineRepair };


/** The characters of `before` that `after` no longer has (as a multiset), in their order in `before`. */
function removedCharacters(before: string, after: string): string {
  const left = new Map<string, number>();
  for (const ch of after) left.set(ch, (left.get(ch) ?? 0) + 1);
  let out = '';
  for (const ch of before) {
    const n = left.get(ch) ?? 0;
    if (n > 0) left.set(ch, n - 1);
    else out += ch;
  }
  return out;
}

export function prepareLines(file: string, raw: readonly SourceLine[], layout: Layout, textRepairs: Manifest['textRepairs'] = []) {
  const repairs: LineRepair[] = [];
  const removed: DroppedLine[] = [];
  const lines = new Map<number, PreparedLine>();
  for (const line of raw) {
    let text: string;
    try {
      text = mapCharacters(line.text);
    } catch (error) {
      throw new NormaliseError(`${file}:${line.no}`, 'content', (error as Error).message);
    }
    for (const repair of textRepairs.filter((r) => r.line === line.no)) {
      if (text.split(repair.from).length !== 2) {
        throw new NormaliseError(`${file}:${line.no}`, 'textRepairs.from', `"${repair.from}" must occur exactly once on the line (after the character maps)`);
      }
      text = text.replace(repair.from, repair.to);
      repairs.push({ no: line.no, by: `hint: text repair L${line.no}` });
    }
    const footer = splitPageFooter(text);
    if (footer.footer !== null) {
      repairs.push({ no: line.no, by: 'page footer cut', removed: footer.footer });
      text = footer.text;
    }
    const halved = halveBoldDoubling(text);
    if (halved.halved) {
      repairs.push({ no: line.no, by: 'bold doubling halved', removed: removedCharacters(text, halved.text) });
      text = halved.text;
    }
    if (layout === 'markdown') {
      const md = stripMarkdownInline(text);
      lines.set(line.no, { no: line.no, text: md.text, ...(md.heading ? { markdownHeading: true } : {}) });
    } else {
      lines.set(line.no, { no: line.no, text });
    }
  }
  for (const no of findWordCloudLines([...lines.values()])) {
    lines.delete(no);
    removed.push({ no, by: 'word cloud' });
  }
  return { lines, removed, repairs };
}
