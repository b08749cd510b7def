/**
 * Finds the date expressions of a published block that may date an event — what the timeline coverage
 * tool (scripts/timeline-coverage.ts) counts as a "dated paragraph".
 *
 * Input: the block's plain text and kind (read-corpus.ts). Output: the expressions in text order, e.g.
 *   `2001年6月，乌兹别克斯坦以平等成员国身份加入…` → `['2001年6月']`;
 *   table cell `2007.10.5，2018.5` → `['2007.10.5', '2018.5']`;
 *   `今年是上海合作组织成立20周年` → `['今年']`; `上世纪90年代初苏联解体` → `['上世纪90年代初']`.
 * Recognised: years with 年 (and month/day), dotted dates of the table in han-lu-sco-international-cooperation
 * (`2005.4.12`), month-day without year (`6月15日`), decades (`90年代`), and relative dates (今年, 去年, 前年, 明年,
 * N年前). Durations (`20年来`) date nothing and are not matched.
 *
 * A footnote that is a bibliographic reference (it has a URL, a page `第N页`, an issue `年第N期`, an
 * edition `年版`/`第N版`, a date right after a periodical's title `《人民日报》2020年11月12日`, an English
 * date `June 14, 2019` or a Russian page `С. 151`) prints dates of publication, not of events
 * (docs/sources.md: the notes of the journal articles are mostly references). In such a note these do not
 * count: anything inside a cited title (《…》 or “…”), inside a URL, `YYYY年第N期`, `YYYY年版`, and a date in
 * publication position — right after a title `》`, or directly followed by `，http`, `，第N版`, or the
 * note's final `。`/`.`.
 * Example (chen-zeng-2019-guoji-zhanwang, note 1): `《习近平在…第十八次会议上的讲话》，外交部网站，2018年6月10日，https://…` → `[]`;
 * but a prose note (han-lu-sco-international-cooperation, note 28) `2020年，习近平主席在上海合作组织莫斯科峰会上提出…` →
 * `['2020年']`.
 * Errors: none.
 */
import type { BlockKind } from '../corpus/corpus-types.ts';

const year = String.raw`(?:19|20)\d{2}`;
const digits = String.raw`[0-9０-９]{1,2}`;

const expression = new RegExp(
  [
    String.raw`${year}年(?:${digits}月(?:${digits}日)?)?`,
    String.raw`${year}\.\d{1,2}(?:\.\d{1,2})?(?!\d)`,
    String.raw`(?<![0-9])${digits}月${digits}日`,
    String.raw`(?:上)?(?:世纪)?\d0年代(?:初|中|末|中期|末期|初期)?`,
    String.raw`今年|去年|前年|明年|[0-9一二三四五六七八九十两]+年前`,
  ].join('|'),
  'gu',
);

const reference = /https?:\/\/|》(?:19|20)\d{2}年|第\d+(?:[—–-]\d+)?页|年第\d+期|年版|第\d+版|\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}|\bС\. \d/u;

/** Spans of a reference note that are bibliographic: titles, URLs, issue/edition dates, publication dates. */
function bibliographicSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const add = (pattern: RegExp) => {
    for (const m of text.matchAll(pattern)) spans.push([m.index, m.index + m[0].length]);
  };
  add(/《[^》]*》/gu);
  add(/“[^”]*”/gu);
  add(/"[^"]*"/gu);
  add(/https?:\/\/\S+/gu);
  add(new RegExp(String.raw`${year}年第\d+期`, 'gu'));
  add(new RegExp(String.raw`${year}年版`, 'gu'));
  add(new RegExp(String.raw`${year}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?=[，,]\s*(?:https?:|第\d+版)|[。.]\s*$|\s*$)`, 'gu'));
  add(new RegExp(String.raw`(?<=》)${year}年(?:\d{1,2}月(?:\d{1,2}日)?)?`, 'gu'));
  return spans;
}

export interface DateExpression {
  text: string;
  /** UTF-16 offset in the block text. */
  index: number;
}

export function dateExpressions(text: string, kind: BlockKind): DateExpression[] {
  const found = [...text.matchAll(expression)].map((m) => ({ text: m[0], index: m.index }));
  if (kind !== 'note' || !reference.test(text)) return found;
  const spans = bibliographicSpans(text);
  return found.filter(({ index, text: t }) => !spans.some(([start, end]) => index >= start && index + t.length <= end));
}
