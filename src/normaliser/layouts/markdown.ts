/**
 * Layout of a journal article converted to Markdown (chen-zeng-2019-guoji-zhanwang): one paragraph per line,
 * blank lines between.
 *
 * Artifacts:
 * - (K) each page's notes follow a `---` line (L21, L29, …); notes start with a marker (`①`, or `*` for
 *   the title note); a marker-less line right after `---` continues the previous page's last note
 *   (L145); the first later marker-less line resumes the body, often mid-word (L59 `…利益诉求变` ⏎
 *   `---` … ⏎ L69 `化的重要因素。`);
 * - (I) `#` heading marks at inconsistent levels: the level comes from the numbering (heading-level.ts).
 *
 * Each `---` ends a printed page: the conversion writes a page's notes at its foot, after a `---`. That
 * includes the first one (L21), which introduces only the title's `*` funding note: the notes of the
 * body's first lines (L25 `…目标和任务。<sup>②</sup>`) come after the next `---` (L29), so L25 is on the
 * next page. The count confirms it: 18 `---` lines are exactly the 18 page ends of pp. 90–108 (文章编号
 * `-0090-19`, 19 pages), so every page's number is known (blocks/print-pages.ts, rule 2).
 *
 * Rules: every body line is a paragraph, except that a body line which does not end a sentence is
 * continued by the next body line (across a note block); a front-matter line (`【关键词】…`) is always a
 * paragraph of its own; a `---` line is dropped by rule.
 *
 * Input: lines after the character maps *and* stripMarkdownInline, with `heading` flags in `headings`.
 * Output: see shared/layout.ts.
 */
import type { SourceLine } from '../shared/types.ts';
import type { LayoutResult } from '../shared/layout.ts';
import { endsSentence } from './line-shape.ts';
import { startsNote } from './footnote-lines.ts';
import { headingLevelOf } from '../blocks/heading-level.ts';

export function markdownLayout(lines: readonly SourceLine[], headings: ReadonlySet<number>): LayoutResult {
  const result: LayoutResult = { blocks: [], dropped: [], pageEnds: [] };
  let paragraph: SourceLine[] = [];
  let note: SourceLine[] = [];
  let state: 'body' | 'after-rule' | 'notes' = 'body';
  const flushNote = () => {
    if (note.length > 0) result.blocks.push({ kind: 'note', lines: note });
    note = [];
  };
  for (const line of lines) {
    const text = line.text.trim();
    if (text === '') continue;
    if (/^-{3,}$/u.test(text)) {
      result.dropped.push({ no: line.no, by: 'footnote separator ---' });
      flushNote();
      result.pageEnds.push({ atLine: line.no, printed: null });
      state = 'after-rule';
      continue;
    }
    if (state !== 'body') {
      if (startsNote(text)) {
        flushNote();
        note.push(line);
        state = 'notes';
        continue;
      }
      if (state === 'after-rule') {
        const previous = result.blocks.findLast((b) => b.kind === 'note');
        if (previous) previous.lines.push(line);
        else note.push(line);
        state = 'notes';
        continue;
      }
      flushNote();
      state = 'body';
    }
    if (headings.has(line.no)) {
      const match = headingLevelOf(text);
      if (paragraph.length > 0) result.blocks.push({ kind: 'paragraph', lines: paragraph });
      paragraph = [];
      result.blocks.push(
        match
          ? { kind: 'heading', level: match.level, lines: [line], numbering: match.numbering, title: match.title }
          : { kind: 'heading', level: 2, lines: [line] },
      );
      continue;
    }
    if (text.startsWith('【') && paragraph.length > 0) {
      result.blocks.push({ kind: 'paragraph', lines: paragraph });
      paragraph = [];
    }
    paragraph.push(line);
    if (endsSentence(text) || text.startsWith('【')) {
      result.blocks.push({ kind: 'paragraph', lines: paragraph });
      paragraph = [];
    }
  }
  flushNote();
  if (paragraph.length > 0) result.blocks.push({ kind: 'paragraph', lines: paragraph });
  return result;
}
