/**
 * Citations of a journal, a newspaper, an interview and a roundtable paragraph in every offered style, against strings written
 * by hand from the style guides — GB/T 7714—2015 §8.5 (析出文献 in a serial), §8.8.2 (引文页码), §7.8
 * (电子资源: [引用日期], URL, DOI) and 4.2 (J/OL, N/OL); The Chicago Manual of Style 17th ed. 14.175 (journal),
 * 14.191 (newspaper), 14.12 (no access date for dated sources), 14.30 (short notes), 14.156 (para.); APA
 * Publication Manual 7th ed. 10.1 (journal, newspaper), 8.28 (para. for an unpaginated position), 9.8.
 * Chicago and APA with romanised names and titles (see the comment above their tests).
 * Metadata from content/articles (chen-zeng…: 国际展望 2019 no. 6, pp. 90–108, DOI; yu-hongjun…: 经济日报,
 * September 2021, no page; li-jinfeng…, roundtable…: test-fixtures.ts), with their editorial title
 * translations, paragraph URLs on an example host, access date fixed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleFrontmatter } from '../content-model/schemas/article.ts';
import { chenZengJournal, exampleDeclaration, liJinfengInterview, roundtable } from './test-fixtures.ts';
import { cslLocale, cslStyle } from './csl-data.ts';
import { cslDate, cslItem, type CslItem } from './csl-item.ts';
import { citationFormatter, formatCitation, type Locator } from './format-citation.ts';
import { citationItems } from './style-items.ts';
import { citationStyles, type CitationStyleKey } from './styles.ts';

const stated = <T>(value: T) => ({ value, basis: 'stated' as const, evidence: 'L1' });
const common = { source: 's', order: 0, paragraphCount: 1, editorialNotes: [] };

const journal = chenZengJournal;

const newspaper: ArticleFrontmatter = {
  ...common,
  title: stated('冷战后国际格局重组中的上合组织'),
  authors: [{ name: stated('于洪君'), role: 'author' }],
  sourceKind: 'newspaper',
  genre: 'commentary',
  titleTranslation: { value: 'The SCO in the restructuring of the international landscape after the Cold War', basis: 'editorial', evidence: 'L1' },
  venue: stated('经济日报'),
  date: stated('2021-09'),
};

const journalUrl = 'https://sco.example.org/articles/chen-zeng-central-asian-members-expectations/#p1abcde';
const newspaperUrl = 'https://sco.example.org/articles/yu-hongjun-post-cold-war-order-and-sco/#p2xyz';
const accessed = cslDate('2026-11-23');

/** The paragraph: n = 5 on print page 90 of the journal article; n = 3, page unknown, in the newspaper. */
const journalParagraph = { ...cslItem(journal, 'chen-zeng', journalUrl), page: '90', accessed };
const newspaperParagraph = { ...cslItem(newspaper, 'yu-hongjun', newspaperUrl), accessed };

/** The paragraph as the cite dialog gives it to `key`: the style's item, the paragraph URL, page, access date. */
function styled(key: CitationStyleKey, data: ArticleFrontmatter, slug: string, url: string, page?: string): CslItem {
  const item: CslItem = { ...citationItems(data, slug, url.replace(/#.*$/u, ''))[key], URL: url, accessed };
  if (page) item.page = page;
  return item;
}

function format(key: string, item: CslItem, n: number) {
  const style = citationStyles.find((s) => s.key === key)!;
  const locales = { [style.locale]: cslLocale(style.locale), 'en-US': cslLocale('en-US') };
  return formatCitation(cslStyle(style.csl), locales, style.locale, item, { label: 'paragraph', locator: String(n) });
}

test('GB/T 7714—2015: journal article, online, with 引文页码, 引用日期, URL and DOI', () => {
  assert.equal(
    format('gb-t-7714-2015', journalParagraph, 5).entry,
    `[1] 陈亚州, 曾向红. 扩员后中亚成员国对上海合作组织的期待及其应对[J/OL]. 国际展望, 2019(6): 90[2026-11-23]. ${journalUrl}. DOI:10.13851/j.cnki.gjzw.201906005.`,
  );
});

test('an official document: GB/T [EB/OL] with (date of adoption)[引用日期]; Chicago and APA by the issuing body, the clause as a section', () => {
  const declaration = exampleDeclaration;
  const url = 'https://sco.example.org/articles/example-declaration/#p1';
  const clause = { label: 'section', locator: '第三部分第5段' } as const;
  const cite = (key: CitationStyleKey) => {
    const style = citationStyles.find((s) => s.key === key)!;
    const locales = { [style.locale]: cslLocale(style.locale), 'en-US': cslLocale('en-US') };
    return formatCitation(cslStyle(style.csl), locales, style.locale, styled(key, declaration, 'example-declaration', url), clause);
  };
  assert.equal(cite('gb-t-7714-2015').entry, `[1] 示例组织成员国元首理事会. 示例组织成员国元首理事会示例宣言[EB/OL]. (2026-01-10)[2026-11-23]. ${url}.`);
  assert.match(cite('chicago').citation, /^示例组织成员国元首理事会, .*sec\. 第三部分第5段\.$/u);
  assert.match(cite('apa').entry, /^Shili Zuzhi Chengyuanguo Yuanshou Lishi Hui\. \(2026, January 10\)\. Shili zuzhi chengyuanguo/u);
  assert.match(cite('apa').citation, /Section 第三部分第5段\)$/u);
});

test('GB/T 7714—2015: newspaper article, online, date as known, no 版次', () => {
  assert.equal(
    format('gb-t-7714-2015', newspaperParagraph, 3).entry,
    `[1] 于洪君. 冷战后国际格局重组中的上合组织[N/OL]. 经济日报, 2021-09[2026-11-23]. ${newspaperUrl}.`,
  );
});

// Chicago and APA get the romanised item (style-items.ts). The strings below are typed from the rules, not
// copied from output: CMOS 17 on Chinese (chapter 11: Hanyu Pinyin, titles romanised in sentence case with
// the characters after them; 8.14: a Chinese name keeps surname-first order and is not inverted) and on
// titles in other languages (chapter 14: an English translation in brackets after the title, sentence case,
// no quotation marks); the bibliography's comma before “and” after the first author (14.76); an issue-only
// journal as “no. 6 (2019)”; a newspaper by month and year (14.191). APA 7: 9.38 (a non-English title
// romanised, its translation in square brackets), 9.8 (surname, comma, initials; “&”), periodical names in
// title case, a journal without volumes by its issue in parentheses, a newspaper by year and month (10.2),
// three or more authors cited as “first author et al.” (8.17). Hanyu Pinyin word joining per
// 《汉语拼音正词法基本规则》 (romanise.ts).
const czTitle = 'Kuoyuan hou Zhongya chengyuanguo dui Shanghai Hezuo Zuzhi de qidai jiqi yingdui';
const czTranslation =
  'Expectations of the Central Asian member states regarding the Shanghai Cooperation Organization after its enlargement and responses to them';
const yuTitle = 'Lengzhan hou guoji geju chongzu zhong de Shanghe Zuzhi';
const yuTranslation = 'The SCO in the restructuring of the international landscape after the Cold War';
const doi = 'https://doi.org/10.13851/j.cnki.gjzw.201906005';

test('Chicago notes-bibliography, journal: romanised names and title, characters, translation, no. 6 (2019)', () => {
  const { citation, entry } = format('chicago', styled('chicago', journal, 'chen-zeng', journalUrl, '90'), 5);
  assert.equal(citation, `Chen and Zeng, “${czTitle}” 扩员后中亚成员国对上海合作组织的期待及其应对 [${czTranslation}], para. 5.`);
  assert.equal(
    entry,
    `Chen Yazhou, and Zeng Xianghong. “${czTitle}” 扩员后中亚成员国对上海合作组织的期待及其应对 [${czTranslation}]. Guoji zhanwang 国际展望, no. 6 (2019): 90. ${doi}.`,
  );
});

test('Chicago notes-bibliography, newspaper: month and year, URL (no access date for a dated source)', () => {
  const { citation, entry } = format('chicago', styled('chicago', newspaper, 'yu-hongjun', newspaperUrl), 3);
  assert.equal(citation, `Yu, “${yuTitle}” 冷战后国际格局重组中的上合组织 [${yuTranslation}], para. 3.`);
  assert.equal(entry, `Yu Hongjun. “${yuTitle}” 冷战后国际格局重组中的上合组织 [${yuTranslation}]. Jingji ribao 经济日报, September 2021. ${newspaperUrl}.`);
});

test('APA 7, journal: Chen, Y., & Zeng, X.; romanised title [translation]; issue-only journal (6)', () => {
  const { citation, entry } = format('apa', styled('apa', journal, 'chen-zeng', journalUrl, '90'), 5);
  assert.equal(citation, '(Chen & Zeng, 2019, para. 5)');
  assert.equal(entry, `Chen, Y., & Zeng, X. (2019). ${czTitle} [${czTranslation}]. Guoji Zhanwang, (6), 90. ${doi}`);
});

test('APA 7, newspaper: year and month, periodical name in title case', () => {
  const { citation, entry } = format('apa', styled('apa', newspaper, 'yu-hongjun', newspaperUrl), 3);
  assert.equal(citation, '(Yu, 2021, para. 3)');
  assert.equal(entry, `Yu, H. (2021, September). ${yuTitle} [${yuTranslation}]. Jingji Ribao. ${newspaperUrl}`);
});

test('an interview: the reporters are the authors, the interviewee is named in the romanised subtitle', () => {
  const url = 'https://sco.example.org/articles/li-jinfeng-interview-sco-community/#p7';
  const title = 'Xieshou dazao Shanghe Zuzhi mingyun gongtongti: Fang Zhongguo Shekeyuan Shanghe Zuzhi Yanjiu Zhongxin zhixing zhuren Li Jinfeng';
  const chars = '携手打造上合组织命运共同体：访中国社科院上合组织研究中心执行主任李进峰';
  const translation =
    'Joining hands to build an SCO community with a shared future: An interview with Li Jinfeng, executive director of the SCO research center of the Chinese Academy of Social Sciences';
  assert.equal(format('gb-t-7714-2015', styled('gb-t-7714-2015', liJinfengInterview, 'li', url), 2).entry, `[1] 陈学慧, 杨啸林. ${chars}[N/OL]. 经济日报, 2021-09[2026-11-23]. ${url}.`);
  const chicago = format('chicago', styled('chicago', liJinfengInterview, 'li', url), 2);
  assert.equal(chicago.citation, `Chen and Yang, “${title}” ${chars} [${translation}], para. 2.`);
  assert.equal(chicago.entry, `Chen Xuehui, and Yang Xiaolin. “${title}” ${chars} [${translation}]. Jingji ribao 经济日报, September 2021. ${url}.`);
  const apa = format('apa', styled('apa', liJinfengInterview, 'li', url), 2);
  assert.equal(apa.citation, '(Chen & Yang, 2021, para. 2)');
  assert.equal(apa.entry, `Chen, X., & Yang, X. (2021, September). ${title} [${translation}]. Jingji Ribao. ${url}`);
});

test('a roundtable: the column with its issue number 54 (2025(54), no. 54, (54)), three authors', () => {
  const url = 'https://sco.example.org/articles/roundtable-sco-new-blueprint/#p3';
  const title = 'Bohua Shanghe Zuzhi fazhan xin lantu';
  const translation = 'Charting a new blueprint for the SCO’s development';
  assert.equal(format('gb-t-7714-2015', styled('gb-t-7714-2015', roundtable, 'rt', url), 3).entry, `[1] 许涛, 刘华芹, 韩璐. 擘画上合组织发展新蓝图[J/OL]. 智库圆桌, 2025(54)[2026-11-23]. ${url}.`);
  const chicago = format('chicago', styled('chicago', roundtable, 'rt', url), 3);
  assert.equal(chicago.citation, `Xu, Liu, and Han, “${title}” 擘画上合组织发展新蓝图 [${translation}], para. 3.`);
  assert.equal(chicago.entry, `Xu Tao, Liu Huaqin, and Han Lu. “${title}” 擘画上合组织发展新蓝图 [${translation}]. Zhiku yuanzhuo 智库圆桌, no. 54 (September 2025). ${url}.`);
  const apa = format('apa', styled('apa', roundtable, 'rt', url), 3);
  assert.equal(apa.citation, '(Xu et al., 2025, para. 3)');
  assert.equal(apa.entry, `Xu, T., Liu, H., & Han, L. (2025). ${title} [${translation}]. Zhiku Yuanzhuo, (54). ${url}`);
});

test('unknown metadata is omitted, never printed as a placeholder', () => {
  const bare: ArticleFrontmatter = {
    ...common,
    title: stated('上海合作组织国际合作的发展历程与前景展望'),
    authors: [{ name: stated('韩璐'), role: 'author' }],
    sourceKind: 'journal',
    genre: 'research-article',
  };
  const item = { ...cslItem(bare, 'han-lu', 'https://sco.example.org/articles/han-lu/#p9'), accessed };
  for (const style of citationStyles) {
    const { citation, entry } = format(style.key, item, 7);
    for (const text of [citation, entry]) assert.doesNotMatch(text, /undefined|null|NaN|\{|\}|, ,|\(\)/u, `${style.key}: ${text}`);
  }
});

// The reused engine (citationFormatter, as the build's print citation uses it) against a fresh engine per
// item (formatCitation): items of different kinds in turn, with and without a locator, the same item
// twice, and two different items under the same id (retrieveItem must see this call's item).
test('one engine reused across items gives what a fresh engine per item gives, in every style', () => {
  const renamed: CslItem = { ...newspaperParagraph, id: journalParagraph.id, 'citation-key': journalParagraph.id };
  const sequence: [CslItem, Locator | undefined][] = [
    [journalParagraph, { label: 'paragraph', locator: '5' }],
    [newspaperParagraph, { label: 'paragraph', locator: '3' }],
    [journalParagraph, undefined],
    [newspaperParagraph, undefined],
    [newspaperParagraph, { label: 'page', locator: '2' }],
    [renamed, { label: 'paragraph', locator: '1' }],
    [journalParagraph, { label: 'paragraph', locator: '5' }],
  ];
  for (const style of citationStyles) {
    const locales = { [style.locale]: cslLocale(style.locale), 'en-US': cslLocale('en-US') };
    const reused = citationFormatter(cslStyle(style.csl), locales, style.locale);
    for (const [i, [item, locator]] of sequence.entries()) {
      const fresh = formatCitation(cslStyle(style.csl), locales, style.locale, item, locator);
      assert.deepEqual(reused(item, locator), fresh, `${style.key}, item ${i} (${item.title})`);
    }
  }
});

test('a reused formatter still works after an item it cannot format', () => {
  const style = citationStyles[0];
  const locales = { [style.locale]: cslLocale(style.locale), 'en-US': cslLocale('en-US') };
  const reused = citationFormatter(cslStyle(style.csl), locales, style.locale);
  assert.throws(() => reused({} as CslItem)); // no id: citeproc-js gets no item back and throws
  assert.deepEqual(reused(newspaperParagraph), formatCitation(cslStyle(style.csl), locales, style.locale, newspaperParagraph));
});
