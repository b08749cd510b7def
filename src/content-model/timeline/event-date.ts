/**
 * How a timeline event's date is shown and ordered.
 *
 * Input: partial dates `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (schemas/timeline-event.ts), optionally an end.
 * Output: `formatEventDate('2001-06-15')` → `2001年6月15日`; `('2005', '2010')` → `2005年—2010年`;
 *   `('2025-08-31', '2025-09-01')` → `2025年8月31日—9月1日` (the shared year is not repeated);
 *   (the partial date itself is a valid `<time datetime>` value: `2001`, `2001-06`, `2001-06-15`);
 *   `compareEvents` orders by date (a year before its months, a month before its days), then
 *   by end, then by id. A single date is written as the bibliography writes dates (labels/bibliography.ts).
 * Errors: none.
 */
import { formatDate } from '../labels/bibliography.ts';

function parts(date: string): { y: string; m?: number; d?: number } {
  const [y, m, d] = date.split('-');
  const out: { y: string; m?: number; d?: number } = { y: y! };
  if (m !== undefined) out.m = Number(m);
  if (d !== undefined) out.d = Number(d);
  return out;
}


export function formatEventDate(date: string, end?: string): string {
  if (end === undefined || end === date) return formatDate(date);
  const a = parts(date);
  const b = parts(end);
  const endText = a.y === b.y && b.m !== undefined ? formatDate(end).slice(`${b.y}年`.length) : formatDate(end);
  return `${formatDate(date)}—${endText}`;
}

export interface Dated {
  id: string;
  data: { date: string; end?: string | undefined };
}

export function compareEvents(a: Dated, b: Dated): number {
  return (
    a.data.date.localeCompare(b.data.date) ||
    (a.data.end ?? a.data.date).localeCompare(b.data.end ?? b.data.date) ||
    a.id.localeCompare(b.id)
  );
}
