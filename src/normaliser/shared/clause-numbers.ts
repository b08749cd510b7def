/**
 * The numbering an official document prints before its parts and clauses, as regular expressions over a
 * trimmed line or paragraph, each capturing the number as printed (group 1). Shared by the
 * official-document layout (layouts/official-document.ts: what begins a block, what is a heading) and
 * the clause labels (blocks/clauses.ts: what a paragraph is cited as).
 * Examples from the test fixtures (tests/fixtures/official-document/): `一、政治合作`, `第二章　机构`,
 * `（一）教育`, `第三条　元首理事会…`, `3．成员国…`.
 */
/** A number in Han numerals (一 … 十, 百, 零/〇, 两). */
const HAN_NUMBER = '[一二三四五六七八九十百零〇两]+';
/** `一、` — a part (or a numbered paragraph opening one). */
export const PART_NUMBER = new RegExp(`^(${HAN_NUMBER}、)`, 'u');
/** `第一章` / `第一部分` — a chapter or part as a heading's number. */
export const CHAPTER_NUMBER = new RegExp(`^(第${HAN_NUMBER}(?:章|部分|编))[\\s\\u3000]*`, 'u');
/** `（一）` — a sub-part (ASCII or full-width brackets). */
export const SUBPART_NUMBER = new RegExp(`^([（(]${HAN_NUMBER}[）)])`, 'u');
/** `第五条` — an article of a charter or agreement. */
export const ARTICLE_NUMBER = new RegExp(`^(第${HAN_NUMBER}条)`, 'u');
/** `3．` `3.` `3、` — a numbered point (not `3.5亿`: the number must be followed by a non-digit). */
export const POINT_NUMBER = /^(\d{1,3}[.．、])(?!\d)/u;

