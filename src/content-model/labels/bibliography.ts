/**
 * Chinese display labels and formats for article bibliography fields (src/content-model/schemas/claim.ts).
 *
 * Inputs: enum values, claims and bibliographies from validated frontmatter. Outputs: display strings
 * and the list of inferred claims with their evidence for readers (the claim's `note`, never the
 * editors' `evidence`).
 * Errors: the record types make a missing label a type error; `inferredClaims` throws for an inferred
 * claim without a note (the schema already refuses one).
 */
import type { Bibliography, Claim } from '../schemas/claim.ts';

type Author = Bibliography['authors'][number];

export const sourceKindLabels: Record<Bibliography['sourceKind'], string> = {
  newspaper: '报纸',
  journal: '期刊',
  roundtable: '圆桌',
  'official-document': '官方文件',
};

export const genreLabels: Record<Bibliography['genre'], string> = {
  commentary: '评论',
  interview: '访谈',
  report: '报道',
  roundtable: '圆桌讨论',
  'research-article': '研究论文',
  declaration: '宣言',
  charter: '宪章',
  communique: '新闻公报',
  statement: '声明',
  agreement: '协定',
};

export const roleLabels: Record<Author['role'], string> = {
  author: '作者',
  interviewee: '受访者',
  reporter: '记者',
};

/** `2021` → `2021年`, `2021-09` → `2021年9月`, `2021-09-05` → `2021年9月5日`. */
export function formatDate(value: string): string {
  const [year, month, day] = value.split('-');
  return [
    `${year}年`,
    month === undefined ? '' : `${Number(month)}月`,
    day === undefined ? '' : `${Number(day)}日`,
  ].join('');
}

/** `{first: 3, last: 7}` → `第3–7页`; a single page → `第3页`. */
export function formatPages(pages: { first: number; last: number }): string {
  return pages.first === pages.last ? `第${pages.first}页` : `第${pages.first}–${pages.last}页`;
}

/** Authors grouped by role, roles in the order of `roleLabels`; roles without people are left out. */
export function authorsByRole(authors: readonly Author[]): { role: Author['role']; people: Author[] }[] {
  return (Object.keys(roleLabels) as Author['role'][])
    .map((role) => ({ role, people: authors.filter((a) => a.role === role) }))
    .filter((group) => group.people.length > 0);
}

export interface InferredClaim {
  /** What the claim is about, e.g. `日期`, `作者“韩璐”的单位`. */
  label: string;
  /** The value as displayed. */
  value: string;
  /** Why it is inferred, for readers: the claim's `note` (Chinese, raw lines as 原文第17行). */
  note: string;
}

function inferred(label: string, claim: Claim<unknown> | undefined, shown?: string): InferredClaim[] {
  if (claim?.basis !== 'inferred') return [];
  if (claim.note === undefined) throw new Error(`inferredClaims: the inferred ${label} “${String(claim.value)}” has no reader's note`);
  return [{ label, value: shown ?? String(claim.value), note: claim.note }];
}

/** Every inferred claim of `bib`, in display order, with its displayed value and its reader's note. */
export function inferredClaims(bib: Bibliography): InferredClaim[] {
  return [
    ...inferred('标题', bib.title),
    ...inferred('副标题', bib.subtitle),
    ...bib.authors.flatMap((a) => [
      ...inferred(roleLabels[a.role], a.name),
      ...inferred(`${roleLabels[a.role]}“${a.name.value}”的单位`, a.affiliation),
    ]),
    ...inferred('发布机构', bib.issuer),
    ...inferred('通过地点', bib.place),
    ...inferred('刊载', bib.venue),
    ...inferred('期号', bib.issue),
    ...inferred('日期', bib.date, bib.date && formatDate(bib.date.value)),
    ...inferred('页码', bib.pages, bib.pages && formatPages(bib.pages.value)),
    ...inferred('DOI', bib.doi),
  ];
}
