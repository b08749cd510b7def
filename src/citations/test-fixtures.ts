/**
 * Frontmatter of real articles for the citation tests (csl-item, format-citation, highwire, json-ld,
 * open-graph), written out once from content/articles so every format is tested on the same record.
 * Values as the articles state them; the evidence is a stand-in (`L1`), since no format prints it.
 *
 * Output: `claim(value, basis?)` → a claim; `frontmatterBase` → the non-bibliographic fields;
 * `chenZengJournal` (国际展望 2019 no. 6, pp. 90–108, DOI, one affiliation), `liJinfengInterview`
 * (经济日报, two reporters and an interviewee, a subtitle) and `roundtable` (智库圆桌 第54期·总343期, three
 * authors, no venue), each with its editorial title translation; `exampleDeclaration`, an official
 * document written for the tests (tests/fixtures/official-document/example-declaration.yaml: issuing
 * body, place and date of adoption, no authors). Errors: none.
 */
import type { ArticleFrontmatter } from '../content-model/schemas/article.ts';

export const claim = <T>(value: T, basis: 'stated' | 'inferred' = 'stated') => ({ value, basis, evidence: 'L1' });

export const frontmatterBase = { source: 's', order: 0, paragraphCount: 1, editorialNotes: [] };

export const chenZengJournal: ArticleFrontmatter = {
  ...frontmatterBase,
  title: claim('扩员后中亚成员国对上海合作组织的期待及其应对'),
  titleTranslation: {
    value: 'Expectations of the Central Asian member states regarding the Shanghai Cooperation Organization after its enlargement and responses to them',
    basis: 'editorial',
    evidence: 'L1',
  },
  authors: [
    { name: claim('陈亚州'), affiliation: claim('兰州大学中亚研究所'), role: 'author' },
    { name: claim('曾向红'), role: 'author' },
  ],
  sourceKind: 'journal',
  genre: 'research-article',
  venue: claim('国际展望', 'inferred'),
  issue: claim('2019年第6期', 'inferred'),
  date: claim('2019', 'inferred'),
  pages: claim({ first: 90, last: 108 }, 'inferred'),
  doi: claim('10.13851/j.cnki.gjzw.201906005'),
};

export const liJinfengInterview: ArticleFrontmatter = {
  ...frontmatterBase,
  title: claim('携手打造上合组织命运共同体'),
  subtitle: claim('——访中国社科院上合组织研究中心执行主任李进峰'),
  titleTranslation: {
    value:
      'Joining hands to build an SCO community with a shared future: An interview with Li Jinfeng, executive director of the SCO research center of the Chinese Academy of Social Sciences',
    basis: 'editorial',
    evidence: 'L1',
  },
  authors: [
    { name: claim('陈学慧'), role: 'reporter' },
    { name: claim('杨啸林'), role: 'reporter' },
    { name: claim('李进峰'), role: 'interviewee' },
  ],
  sourceKind: 'newspaper',
  genre: 'interview',
  venue: claim('经济日报'),
  date: claim('2021-09', 'inferred'),
};

export const roundtable: ArticleFrontmatter = {
  ...frontmatterBase,
  title: claim('擘画上合组织发展新蓝图'),
  titleTranslation: { value: 'Charting a new blueprint for the SCO\'s development', basis: 'editorial', evidence: 'L1' },
  authors: [
    { name: claim('许涛'), role: 'author' },
    { name: claim('刘华芹'), role: 'author' },
    { name: claim('韩璐'), role: 'author' },
  ],
  sourceKind: 'roundtable',
  genre: 'roundtable',
  issue: claim('智库圆桌（第54期·总343期）'),
  date: claim('2025-09', 'inferred'),
};

export const exampleDeclaration: ArticleFrontmatter = {
  ...frontmatterBase,
  title: claim('示例组织成员国元首理事会示例宣言'),
  authors: [],
  sourceKind: 'official-document',
  genre: 'declaration',
  issuer: claim('示例组织成员国元首理事会'),
  place: claim('示例市'),
  date: claim('2026-01-10'),
};
