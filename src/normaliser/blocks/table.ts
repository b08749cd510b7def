/**
 * Rebuild a table that the PDF extraction flattened into lines (han-lu-sco-international-cooperation
 * L462–L620).
 *
 * Artifact (M): `表 １ 　 　 　 上海合作组织与国际组织合作情况一览表` ⏎ `时间 国际组织 合作协议 合作领域` ⏎ then per
 * row, blank-separated groups: the date with the organisation (`２００５ ４ １２ 独联体`, or the date alone
 * with the organisation in the next group, `２００７ １０ ５ꎬ⏎２０１８ ５` ⏎⏎ `集体安全⏎条约组织`), the agreement
 * (`«上海合作组织秘书⏎处与独联体执行委员⏎会谅解备忘录»`), and the fields. The table continues on the next page:
 * a page-number line (`—０６—`, L533), `(续表 １)` and the repeated header (L534, L536).
 *
 * Rules: the first line is the caption, the second the header (cells split at spaces); groups are split
 * at blank lines and before a line that opens a book title (the agreement may follow the date line
 * directly, L466 → L467); a group that starts with a date starts a row; a row's next group is the organisation unless it starts with a book
 * title mark; then come the agreement and the fields. Dates lost their dot glyph: spaces between numbers
 * become "." (`2005 4 12` → `2005.4.12`, `2019 6 13 ~ 14` → `2019.6.13~14`). The continuation label and
 * repeated header are dropped by rule; a page-number line is dropped and reported as a page end.
 *
 * Input: the table's lines (character maps applied, blank lines kept) and the file name for errors.
 * Output: `{ caption, header, rows, dropped, pageEnds }`; cells are lists of lines (a cell cut out of a
 * shared line keeps that line's number). Throws `NormaliseError` when a row does not have four cells.
 */
import type { DroppedLine, SourceLine } from '../shared/types.ts';
import type { PageEnd } from '../shared/layout.ts';
import { pageNumberOf } from '../lines/page-number.ts';
import { NormaliseError } from '../shared/normalise-error.ts';

export type Cell = SourceLine[];

export interface ParsedTable {
  caption: SourceLine;
  header: Cell[];
  rows: Cell[][];
  dropped: DroppedLine[];
  pageEnds: PageEnd[];
}

const DATE_START = /^\s*\d{4}(?:\s+\d{1,2})*/u;

/** Restore the dots of a date cell: `2005 4 12` → `2005.4.12`, `2019 6 13 ~ 14` → `2019.6.13~14`. */
export function formatTableDate(text: string): string {
  return text.trim().replace(/(\d)\s+(?=\d)/gu, '$1.').replace(/\s*~\s*/gu, '~').replace(/\s+/gu, '');
}

export function parseTable(lines: readonly SourceLine[], file: string): ParsedTable {
  const content = lines.filter((l) => l.text.trim() !== '');
  const [caption, headerLine] = content;
  if (!caption || !headerLine) throw new NormaliseError(`${file}:${lines[0]?.no ?? 0}`, 'table', 'a table needs a caption line and a header line');
  const headerText = headerLine.text.trim();
  const dropped: DroppedLine[] = [];
  const pageEnds: PageEnd[] = [];

  // blank-separated groups, without the page furniture of a continuation page
  const groups: SourceLine[][] = [];
  let group: SourceLine[] = [];
  for (const line of lines.slice(lines.indexOf(headerLine) + 1)) {
    const text = line.text.trim();
    const printed = pageNumberOf(line.text);
    if (printed !== null) {
      dropped.push({ no: line.no, by: 'page-number line' });
      pageEnds.push({ atLine: line.no, printed });
    } else if (/^[（(]续表/u.test(text)) dropped.push({ no: line.no, by: 'table continuation label' });
    else if (text === headerText) dropped.push({ no: line.no, by: 'table header repeated on a continuation page' });
    else if (text !== '') {
      // an agreement's title can follow the date line without a blank line (L466 → L467)
      if (/^[《«]/u.test(text) && group.length > 0) {
        groups.push(group);
        group = [];
      }
      group.push(line);
      continue;
    }
    if (group.length > 0) groups.push(group);
    group = [];
  }
  if (group.length > 0) groups.push(group);

  const rows: Cell[][] = [];
  for (let i = 0; i < groups.length; ) {
    const first = groups[i]!;
    const joined = first.map((l) => l.text.trim()).join(' ');
    if (!DATE_START.test(joined)) throw new NormaliseError(`${file}:${first[0]!.no}`, 'table', 'a row should start with a date');
    // split the first group into the date (leading numbers, possibly over several lines) and the rest
    const dateLines: SourceLine[] = [];
    const orgLines: SourceLine[] = [];
    for (const line of first) {
      const m = /^(\s*[\d\s~，,]*\d[\s~，,]*)(.*)$/u.exec(line.text);
      if (orgLines.length === 0 && m && DATE_START.test(joined)) {
        dateLines.push({ no: line.no, text: m[1]! });
        if (m[2]!.trim() !== '') orgLines.push({ no: line.no, text: m[2]! });
      } else orgLines.push(line);
    }
    i++;
    if (orgLines.length === 0 && groups[i] && !/^\s*[《«]/u.test(groups[i]![0]!.text)) orgLines.push(...groups[i++]!);
    const agreement = groups[i++];
    const fields = groups[i++];
    if (!agreement || !fields || orgLines.length === 0) throw new NormaliseError(`${file}:${first[0]!.no}`, 'table', 'a row needs date, organisation, agreement and fields');
    // the date keeps all its source lines; its text, dots restored, rides on the first
    const date = [{ no: dateLines[0]!.no, text: formatTableDate(dateLines.map((l) => l.text).join(' ')) }, ...dateLines.slice(1).map((l) => ({ no: l.no, text: '' }))];
    rows.push([date, orgLines, agreement, fields]);
  }
  const header = headerText.split(/\s+/u).map((text) => [{ no: headerLine.no, text }]);
  return { caption, header, rows, dropped, pageEnds };
}
