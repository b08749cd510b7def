/**
 * Layout of a journal article extracted from a PDF (sun-zhuangzhi-sco-community,
 * han-lu-sco-international-cooperation).
 *
 * Artifacts:
 * - (A) paragraphs wrapped over lines, with blank lines mostly *inside* paragraphs
 *   (sun-zhuangzhi-sco-community L4–L11);
 * - (L) page-number lines `—３—` (the page number is kept as a page end, the line is dropped); a
 *   footnote block with no page-number line before it also ends a page, of unknown number
 *   (sun-zhuangzhi-sco-community L87), and so does a body line that opens a new text block with a leading
 *   space (sun-zhuangzhi-sco-community L40 ` 来支撑ꎬ…`: page 2 begins mid-sentence; page 1 has neither number
 *   nor notes);
 * - (K) footnote blocks at each page break, opened by a page-number line or by a leading-space line that
 *   looks like a footnote, and closed by the next leading-space line that does not
 *   (sun-zhuangzhi-sco-community L86–L89);
 * - front-matter labels `【内容提要】`, `【关 键 词】` start blocks of their own.
 *
 * Paragraph rule (docs/sources.md §2.3, sun-zhuangzhi-sco-community): a line ends its paragraph when it ends
 * a sentence and either the next raw line follows with no blank line between, or it is at least 2 em shorter
 * than the local column width. A heading (see heading-level.ts) is a block of its own. A front-matter field
 * other than the abstract (`【关 键 词】`, `【基金项目】`, `【作者简介】`) is one sentence: it ends at the first line that
 * ends a sentence (han-lu-sco-international-cooperation L26 `【作者简介】 　 韩璐ꎬ…副研究员ꎮ` is followed by the body at
 * L28).
 *
 * Input/output: see shared/layout.ts. Footnote blocks are returned as `note` blocks, one per note.
 */
import type { SourceLine } from '../shared/types.ts';
import type { Layout, LayoutResult, RawBlock } from '../shared/layout.ts';
import { endsSentence, localColumnWidth, visualWidth } from './line-shape.ts';
import { looksLikeFootnote, startsNote } from './footnote-lines.ts';
import { pageNumberOf } from '../lines/page-number.ts';
import { headingLevelOf } from '../blocks/heading-level.ts';

const SHORT_BY = 2;

export const pdfJournalLayout: Layout = (lines) => {
  const result: LayoutResult = { blocks: [], dropped: [], pageEnds: [] };
  const content = lines.filter((l) => l.text.trim() !== '');
  let paragraph: SourceLine[] = [];
  let note: SourceLine[] = [];
  let state: 'body' | 'page-break' | 'notes' = 'body';
  const close = (kind: RawBlock['kind'], buf: SourceLine[]) => {
    if (buf.length > 0) result.blocks.push({ kind, lines: buf });
  };

  content.forEach((line, i) => {
    const printed = pageNumberOf(line.text);
    if (printed !== null) {
      result.dropped.push({ no: line.no, by: 'page-number line' });
      result.pageEnds.push({ atLine: line.no, printed });
      state = 'page-break';
      return;
    }
    const leadingSpace = /^\s/u.test(line.text);
    const noteLike = looksLikeFootnote(line.text);
    if (state === 'body' && leadingSpace && noteLike) {
      state = 'notes';
      // a page without a number line (sun-zhuangzhi-sco-community L87)
      result.pageEnds.push({ atLine: line.no, printed: null });
    } else if (state === 'body' && leadingSpace && i > 0) {
      // a page with neither number nor notes: its first line still starts a new text block
      // (sun-zhuangzhi-sco-community L40)
      result.pageEnds.push({ atLine: line.no, printed: null });
    }
    else if (state === 'page-break') state = noteLike ? 'notes' : 'body';
    else if (state === 'notes' && leadingSpace && !noteLike) state = 'body';

    if (state === 'notes') {
      // In a note block a leading space, like a marker, starts a new note
      // (sun-zhuangzhi-sco-community L440 ` Андрей Бакланов…`).
      if (startsNote(line.text) || leadingSpace) {
        close('note', note);
        note = [];
      }
      note.push(line);
      return;
    }
    close('note', note);
    note = [];

    const heading = headingLevelOf(line.text);
    if (heading || /^\s*【/u.test(line.text)) {
      close('paragraph', paragraph);
      paragraph = [];
      if (heading) {
        result.blocks.push({ kind: 'heading', level: heading.level, lines: [line], numbering: heading.numbering, title: heading.title });
        return;
      }
    }
    paragraph.push(line);
    const next = lines[lines.indexOf(line) + 1];
    const adjacent = next !== undefined && next.text.trim() !== '';
    const short = visualWidth(line.text) <= localColumnWidth(content, i) - SHORT_BY;
    const singleSentenceField = /^\s*【(?!内容)/u.test(paragraph[0]!.text);
    if (endsSentence(line.text) && (adjacent || short || singleSentenceField)) {
      close('paragraph', paragraph);
      paragraph = [];
    }
  });
  close('note', note);
  close('paragraph', paragraph);
  return result;
};
