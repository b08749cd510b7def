/**
 * Citations of one journal and one newspaper paragraph in every offered style, against strings written
 * by hand from the style guides — GB/T 7714—2015 §8.5 (析出文献 in a serial), §8.8.2 (引文页码), §7.8
 * (电子资源: [引用日期], URL, DOI) and 4.2 (J/OL, N/OL); The Chicago Manual of Style 17th ed. 14.175 (journal),
 * 14.191 (newspaper), 14.12 (no access date for dated sources), 14.30 (short notes), 14.156 (para.); APA
 * Publication Manual 7th ed. 10.1 (journal, newspaper), 8.28 (para. for an unpaginated position), 9.8.
 * Metadata from content/articles (chen-zeng…: 国际展望 2019 no. 6, pp. 90–108, DOI; yu-hongjun…: 经济日报,
 * September 2021, no page), paragraph URLs on an example host, access date fixed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleFrontmatter } from '../schemas/article.ts';
import { chenZengJournal } from './test-fixtures.ts';
import { cslLocale, cslStyle } from './csl-data.ts';
import { cslDate, cslItem, type CslItem } from './csl-item.ts';
import { formatCitation, type Locator } from './format-citation.ts';
import { citationFormatter } from './citation-formatter.ts';
import { citationStyles } from './styles.ts';

const stated = <T>(value: T) => ({ value, basis: 'stated' as const, evidence: 'L1' });
const common = { source: 's', order: 0, paragraphCount: 1, editorialNotes: [] };

const journal = chenZengJournal;

const newspaper: ArticleFrontmatter = {
  ...common,
  title: stated('冷战后国际格局重组中的上合组织'),
  authors: [{ name: stated('于洪君'), role: 'author' }],
  sourceKind: 'newspaper',
  genre: 'commentary',
  venue: stated('经济日报'),
  date: stated('2021-09'),
};

const journalUrl = 'https://sco.example.org/articles/chen-zeng-central-asian-members-expectations/#p1abcde';
const newspaperUrl = 'https://sco.example.org/articles/yu-hongjun-post-cold-war-order-and-sco/#p2xyz';
const accessed = cslDate('2026-11-23');

/** The paragraph: n = 5 on print page 90 of the journal article; n = 3, page unknown, in the newspaper. */
const journalParagraph = { ...cslItem(journal, 'chen-zeng', journalUrl), page: '90', accessed };
const newspaperParagraph = { ...cslItem(newspaper, 'yu-hongjun', newspaperUrl), accessed };

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

test('GB/T 7714—2015: newspaper article, online, date as known, no 版次', () => {
  assert.equal(
    format('gb-t-7714-2015', newspaperParagraph, 3).entry,
    `[1] 于洪君. 冷战后国际格局重组中的上合组织[N/OL]. 经济日报, 2021-09[2026-11-23]. ${newspaperUrl}.`,
  );
});

test('Chicago notes-bibliography: short note with the paragraph, bibliography entry (DOI preferred to URL)', () => {
  const journalCite = format('chicago', journalParagraph, 5);
  assert.equal(journalCite.citation, '陈亚州 and 曾向红, “扩员后中亚成员国对上海合作组织的期待及其应对,” para. 5.');
  assert.equal(
    journalCite.entry,
    '陈亚州 and 曾向红. “扩员后中亚成员国对上海合作组织的期待及其应对.” 国际展望, no. 6 (2019): 90. https://doi.org/10.13851/j.cnki.gjzw.201906005.',
  );
  const newsCite = format('chicago', newspaperParagraph, 3);
  assert.equal(newsCite.citation, '于洪君, “冷战后国际格局重组中的上合组织,” para. 3.');
  assert.equal(newsCite.entry, `于洪君. “冷战后国际格局重组中的上合组织.” 经济日报, September 2021. ${newspaperUrl}.`);
});

// Two details the APA manual does not settle for these sources, where the official CSL style decides: a
// name written as one token (陈亚州) is not inverted, so no comma precedes “&” (9.8 shows the comma only
// after inverted initials); a journal numbered by issue without volumes shows the issue where the volume goes.
test('APA 7: parenthetical citation with para., reference entry', () => {
  const journalCite = format('apa', journalParagraph, 5);
  assert.equal(journalCite.citation, '(陈亚州 & 曾向红, 2019, para. 5)');
  assert.equal(
    journalCite.entry,
    '陈亚州 & 曾向红. (2019). 扩员后中亚成员国对上海合作组织的期待及其应对. 国际展望, 6, 90. https://doi.org/10.13851/j.cnki.gjzw.201906005',
  );
  const newsCite = format('apa', newspaperParagraph, 3);
  assert.equal(newsCite.citation, '(于洪君, 2021, para. 3)');
  assert.equal(newsCite.entry, `于洪君. (2021, September). 冷战后国际格局重组中的上合组织. 经济日报. ${newspaperUrl}`);
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
