/**
 * Attach footnote bodies to their markers and number the notes per article, in reading order.
 *
 * Artifact (K; sun-zhuangzhi-sco-community, chen-zeng-2019-guoji-zhanwang,
 * han-lu-sco-international-cooperation): the sources print each page's notes at its foot and restart
 * numbering on every page; the extraction leaves the markers in the text (sun-zhuangzhi-sco-community L44
 * `…深刻内涵①ꎮ`, chen-zeng-2019-guoji-zhanwang `<sup>①</sup>`) and the bodies in blocks at page ends, in three
 * shapes (docs/sources.md §2.5, han-lu-sco-international-cooperation):
 * (a) marker and body on one line (sun-zhuangzhi-sco-community L87 ` ① «携手打造…»`); (b) marker-only lines
 * followed by bodies without markers (sun-zhuangzhi-sco-community L256/L258 then L260–L264); (c) bodies
 * without any marker (han-lu-sco-international-cooperation L86–L94), which take the page's numbers in order.
 *
 * Rule: a marker in body text belongs to the page that ends at the first page end after its line; a note
 * to the page whose end precedes it. Within a page, a note's number is its leading marker, else the next
 * marker-only line's, else one more than the page's previous note. Notes are renumbered 1, 2, 3… per
 * article: per page, first the markers in order of appearance, then that page's notes no marker cites.
 * A marker without a body is kept as a note with status `missing-body`, a body without a marker with
 * status `no-marker` — never dropped.
 *
 * Input: the article's body blocks and note blocks (layouts), and its page ends, all in reading order.
 * Output: `{ body, notes }` — body blocks whose markers are replaced by note anchors (inline/anchors.ts),
 * and the notes `{ n, lines, status }` in number order; `lines` of a note start without its marker.
 */
import type { SourceLine } from '../shared/types.ts';
import type { PageEnd, RawBlock } from '../shared/layout.ts';
import { noteAnchor } from '../inline/anchors.ts';

export type NoteStatus = 'paired' | 'missing-body' | 'no-marker';

export interface Footnote {
  n: number;
  lines: SourceLine[];
  status: NoteStatus;
}

const MARKER = /[\u2460-\u2473]/gu;
const digitOf = (ch: string) => ch.codePointAt(0)! - 0x2460 + 1;

interface PageNote {
  digit: number;
  lines: SourceLine[];
}

/** Index of the page a body line is on: the first page end after it. */
function bodyPage(ends: readonly PageEnd[], no: number): number {
  const i = ends.findIndex((e) => e.atLine > no);
  return i < 0 ? ends.length : i;
}

/** Index of the page a note belongs to: the last page end at or before it. */
function notePage(ends: readonly PageEnd[], no: number): number {
  return ends.findLastIndex((e) => e.atLine <= no);
}

/** Split one page's note blocks into numbered notes (shapes a, b, c above). */
function pageNotes(blocks: readonly RawBlock[]): PageNote[] {
  const notes: PageNote[] = [];
  const pending: { digit: number; line: SourceLine }[] = [];
  let last = 0;
  const addBody = (lines: SourceLine[], forced: number | undefined) => {
    // a hinted number takes the marker-only line of that number, if any; else the next waiting one
    const i = forced !== undefined ? pending.findIndex((p) => p.digit === forced) : 0;
    const marker = i >= 0 ? pending.splice(i, 1)[0] : undefined;
    const digit = forced ?? marker?.digit ?? last + 1;
    notes.push({ digit, lines: [...(marker ? [{ no: marker.line.no, text: '' }] : []), ...lines] });
    last = digit;
  };
  for (const block of blocks) {
    const [first, ...rest] = block.lines;
    if (!first) continue;
    const lead = /^\s*([\u2460-\u2473])\s*/u.exec(first.text);
    const body = lead ? first.text.slice(lead[0].length) : first.text;
    if (lead && block.marker === undefined && body.trim() === '') {
      // a marker-only line (sun-zhuangzhi-sco-community L313); the lines after it, if any, are a body
      // without a marker
      pending.push({ digit: digitOf(lead[1]!), line: first });
      if (rest.length > 0) addBody(rest, undefined);
      continue;
    }
    addBody([{ no: first.no, text: body }, ...rest], block.marker ?? (lead ? digitOf(lead[1]!) : undefined));
  }
  // marker-only lines whose bodies never came: the marker line is all that survives
  for (const p of pending) notes.push({ digit: p.digit, lines: [{ no: p.line.no, text: '' }] });
  return notes;
}

export function attachFootnotes(body: readonly RawBlock[], noteBlocks: readonly RawBlock[], ends: readonly PageEnd[]) {
  const byPage = new Map<number, RawBlock[]>();
  for (const block of noteBlocks) {
    const page = notePage(ends, block.lines[0]!.no);
    byPage.set(page, [...(byPage.get(page) ?? []), block]);
  }
  // Markers by page; within a page a number that does not increase starts an unseen page
  // (sun-zhuangzhi-sco-community L621 and L706 are both ①, on pages with neither number line nor notes), which gets a key of its own.
  const markersByPage = new Map<number, { key: string; digit: number }[]>();
  const keyOfMarker = new Map<string, string>(); // `${line}:${index}` → page key
  let lastPage = -1;
  let lastDigit = 0;
  let unseen = 0;
  for (const block of body) {
    for (const line of block.lines) {
      const page = bodyPage(ends, line.no);
      if (page !== lastPage) [lastPage, lastDigit, unseen] = [page, 0, 0];
      for (const m of line.text.matchAll(MARKER)) {
        const digit = digitOf(m[0]);
        if (digit <= lastDigit) unseen++;
        lastDigit = digit;
        const key = unseen === 0 ? `${page}` : `${page}+${unseen}`;
        keyOfMarker.set(`${line.no}:${m.index}`, key);
        markersByPage.set(page, [...(markersByPage.get(page) ?? []), { key, digit }]);
      }
    }
  }

  const pages = [...new Set([...byPage.keys(), ...markersByPage.keys()])].sort((a, b) => a - b);
  const numberOf = new Map<string, number>();
  const notes: Footnote[] = [];
  let n = 0;
  for (const page of pages) {
    const available = pageNotes(byPage.get(page) ?? []);
    for (const { key: pageKey, digit } of markersByPage.get(page) ?? []) {
      const key = `${pageKey}:${digit}`;
      if (numberOf.has(key)) continue;
      numberOf.set(key, ++n);
      const i = pageKey === `${page}` ? available.findIndex((note) => note.digit === digit) : -1;
      const found = i >= 0 ? available.splice(i, 1)[0]! : null;
      const hasBody = found !== null && found.lines.some((l) => l.text.trim() !== '');
      notes.push({ n, lines: found?.lines ?? [], status: hasBody ? 'paired' : 'missing-body' });
    }
    for (const note of available) notes.push({ n: ++n, lines: note.lines, status: 'no-marker' });
  }

  const missing = new Set(notes.filter((note) => note.status === 'missing-body').map((note) => note.n));
  const anchored = body.map((block) => ({
    ...block,
    lines: block.lines.map((line) => {
      const text = line.text.replace(MARKER, (ch, index: number) => {
        const number = numberOf.get(`${keyOfMarker.get(`${line.no}:${index}`)}:${digitOf(ch)}`)!;
        return noteAnchor(number, missing.has(number));
      });
      return { ...line, text };
    }),
  }));
  return { body: anchored, notes };
}
