/**
 * An article's bibliography as a CSL-JSON item (Citation Style Language 1.0.2 data model), the one
 * record every citation format on the site is made from: the cite dialog (format-citation.ts), the
 * RIS / BibTeX / CSL-JSON downloads (exports.ts) and, indirectly, the Highwire meta tags.
 *
 * Input: validated frontmatter (src/content-model/schemas/article.ts), the article's slug and its absolute URL.
 * Output: a plain CSL-JSON object. Unknown metadata is left out, never filled with a placeholder, so a
 * style omits what the text does not tell (han-lu-sco-international-cooperation names no journal;
 * zhiku-yuanzhuo-54-tianjin-summit no venue, only its column).
 *
 * Choices, each following the source-kind and claim model of src/content-model/schemas/claim.ts:
 * - type: journal → `article-journal`, newspaper → `article-newspaper`, roundtable → `article-journal`
 *   in the column named by `issue` (智库圆桌, a serial with issue numbers), since CSL has no type for
 *   a column and `article` is read as a preprint by some styles; official-document → `webpage` (GB/T
 *   prints `[EB/OL]. (2026-01-10)[引用日期]`), its issuing body as the `author` (a `literal`); its place of
 *   adoption is not CSL's `publisher-place` (a place of publication), so it stays on the page only;
 * - people: authors and reporters are `author`s; an interviewee is the subject, not an author (the
 *   subtitle names them). Every name is a CSL `literal`, so a Chinese name stays one token (孙壮志, never
 *   split into family and given name by a style);
 * - title: the subtitle, when present, joins as other title information after `：` (GB/T 7714 8.1.2),
 *   with its own leading dash (——访…) removed;
 * - issue `2019年第6期` → `issue: "6"`; an issue in a column, `智库圆桌（第54期·总343期）` →
 *   `container-title: "智库圆桌"`, `issue: "54"`: the issue number alone, as every style prints it
 *   (`2025(54)`, `no. 54`); the cumulative number 总343 has no CSL variable and no place in the three
 *   styles, so it stays in the frontmatter only; any other wording is kept whole as `issue`;
 * - pages `{first: 90, last: 108}` → `"90-108"`; date `2021-09` → `{"date-parts": [[2021, 9]]}`.
 * Errors: none (the frontmatter schema has already rejected malformed values).
 */
import type { ArticleFrontmatter } from '../content-model/schemas/article.ts';

/**
 * A name: a `literal` (a Chinese name as one token, 孙壮志) or `family`/`given` (style-items.ts: the
 * romanised names of the English-language styles, and in Chicago's item the Chinese name split with its
 * transliteration in `multi._key`, citeproc-js's multilingual name form).
 */
export type CslName =
  | { literal: string }
  | { family: string; given: string; multi?: { _key: Record<string, { family: string; given: string }> } };

/** A name as one string: the literal, or family name and given name as a Chinese name is written (`陈亚州`). */
export function nameText(name: CslName): string {
  return 'literal' in name ? name.literal : `${name.family}${name.given}`;
}

/** citeproc-js's multilingual variants of an item's fields: language tag → value, per CSL variable. */
export interface CslMulti {
  main: string;
  _keys: Partial<Record<'title' | 'container-title', Record<string, string>>>;
}

export interface CslDate {
  'date-parts': [number, ...number[]][];
}

/** The subset of CSL-JSON this site writes. */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'article-journal' | 'article-newspaper' | 'webpage';
  title: string;
  author?: CslName[];
  'container-title'?: string;
  issue?: string;
  issued?: CslDate;
  page?: string;
  DOI?: string;
  /** The keywords the text prints (its 【关键词】, frontmatter `frontMatter.keywords`), joined by `,` (RIS: one KW each). */
  keyword?: string;
  URL: string;
  accessed?: CslDate;
  /** The work's language; left out only in APA's romanised item (style-items.ts). */
  language?: 'zh-CN';
  multi?: CslMulti;
}

/**
 * The CSL type of each source kind. An official document is a `webpage`: GB/T 7714—2015 has no type for
 * a declaration or a charter, and the text read here is published online, which the standard cites as
 * an electronic bulletin, `[EB/OL]` (its §4.1 and table B.1); Chicago and APA then cite it as a document
 * by its issuing body with its date.
 */
const typeOfKind = {
  journal: 'article-journal',
  newspaper: 'article-newspaper',
  roundtable: 'article-journal',
  'official-document': 'webpage',
} as const satisfies Record<ArticleFrontmatter['sourceKind'], CslItem['type']>;

/** `2021-09-05` → `{"date-parts": [[2021, 9, 5]]}`. */
export function cslDate(value: string): CslDate {
  const [year, ...rest] = value.split('-').map(Number) as [number, ...number[]];
  return { 'date-parts': [[year, ...rest]] };
}

/** Container and issue from the `issue` claim's wording (see the module comment). */
function issueFields(issue: string): Pick<CslItem, 'container-title' | 'issue'> {
  const yearly = /^\d{4}年第(\d+)期$/u.exec(issue);
  if (yearly) return { issue: yearly[1]! };
  const column = /^(.+?)（第(\d+)期(?:·总(?:第)?\d+期)?）$/u.exec(issue);
  if (column) return { 'container-title': column[1]!, issue: column[2]! };
  return { issue };
}

export function cslItem(data: ArticleFrontmatter, slug: string, url: string): CslItem {
  const title = data.subtitle ? `${data.title.value}：${data.subtitle.value.replace(/^—+/u, '')}` : data.title.value;
  const authors = data.authors.filter((a) => a.role !== 'interviewee').map((a) => ({ literal: a.name.value }));
  const item: CslItem = { id: slug, 'citation-key': slug, type: typeOfKind[data.sourceKind], title, URL: url, language: 'zh-CN' };
  if (authors.length > 0) item.author = authors;
  // An official document's author is the body that issued it, as the text names it (absent: none).
  else if (data.issuer) item.author = [{ literal: data.issuer.value }];
  Object.assign(item, data.issue ? issueFields(data.issue.value) : {});
  if (data.venue) item['container-title'] = data.venue.value;
  if (data.date) item.issued = cslDate(data.date.value);
  if (data.pages) {
    const { first, last } = data.pages.value;
    item.page = first === last ? String(first) : `${first}-${last}`;
  }
  if (data.doi) item.DOI = data.doi.value;
  if (data.frontMatter?.keywords) item.keyword = data.frontMatter.keywords.value.join(',');
  return item;
}
