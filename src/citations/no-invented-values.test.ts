/**
 * No invented values in any citation format (issue #20, part 3): for every article of content/articles,
 * in every style (GB/T 7714—2015, Chicago, APA) through the cite dialog's path (style-items.ts →
 * paragraph-item.ts → formatCitation) and the print citation's path (printCitation), and in every download
 * and head format (RIS, BibTeX, CSL-JSON, Highwire meta, JSON-LD, Open Graph), a date or year, a page or
 * an issue appears only when the frontmatter has it.
 *
 * How: every number left in an output, once the URL, the DOI and the access date are taken out, must be a
 * number of the frontmatter (title, subtitle, translation, venue, issue, date, pages) or, in the dialog,
 * the paragraph's number and the print page its text marks; a month is named only when the date has
 * one. The access date is a fixed, recognisable day (29 July 2031) in every form a style writes it
 * (`[2031-07-29]`, `July 29, 2031`), so it is told apart from a publication date — and an access year
 * printed as a publication year (`[2031]`) is caught. Each format's date, issue and page fields are also
 * checked one by one against the frontmatter.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import { articleFrontmatterSchema, type ArticleFrontmatter } from '../content-model/schemas/article.ts';
import { cslLocale, cslStyle } from './csl-data.ts';
import { toBibtex, toCslJson, toRis } from './exports.ts';
import { formatCitation } from './format-citation.ts';
import { highwireTags } from './highwire.ts';
import { articleJsonLd } from './json-ld.ts';
import { openGraphTags } from './open-graph.ts';
import { paragraphItem } from './paragraph-item.ts';
import { printCitation } from './print-citation.ts';
import { citationItems } from './style-items.ts';
import { citationStyles } from './styles.ts';

interface Paragraph {
  id: string;
  n: string;
  page?: string;
}

interface Article {
  slug: string;
  data: ArticleFrontmatter;
  /** The first paragraph with a print page and the first without one, where the article has them. */
  paragraphs: Paragraph[];
}

function readArticles(): Article[] {
  const dir = 'content/articles';
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const text = readFileSync(`${dir}/${file}`, 'utf8');
      const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(text)!;
      const data = articleFrontmatterSchema.parse(parse(frontmatter!));
      // Numbered paragraphs only: front matter (摘要, 关键词) has no number to cite as a locator.
      const all = [...body!.matchAll(/<Para ([^>]*)>/gu)].flatMap(([, attrs]): Paragraph[] => {
        const page = /\bpage=\{(\d+)\}/u.exec(attrs!)?.[1];
        const n = /\bn=\{(\d+)\}/u.exec(attrs!)?.[1];
        return n === undefined ? [] : [{ id: /\bid="([^"]+)"/u.exec(attrs!)![1]!, n, ...(page && { page }) }];
      });
      const paragraphs = [all.find((p) => p.page !== undefined), all.find((p) => p.page === undefined)].filter((p) => p !== undefined);
      return { slug: file.slice(0, -'.mdx'.length), data, paragraphs };
    });
}

const articles = readArticles();
const accessDay = new Date(2031, 6, 29);
const accessForms = [/\[?2031-07-29\]?/gu, /July 29, 2031/gu, /2031\/07\/29/gu];
const months = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/u;

/** The numbers the frontmatter gives (and the paragraph's, in the dialog). */
function allowedNumbers(data: ArticleFrontmatter, paragraph?: Paragraph): Set<string> {
  const texts = [data.title.value, data.subtitle?.value, data.titleTranslation?.value, data.venue?.value, data.issue?.value, data.date?.value];
  const numbers = texts.flatMap((t) => (t === undefined ? [] : [...t.matchAll(/\d+/gu)].map(([d]) => String(Number(d)))));
  if (data.pages) numbers.push(String(data.pages.value.first), String(data.pages.value.last));
  if (paragraph) numbers.push(paragraph.n, ...(paragraph.page ? [paragraph.page] : []));
  return new Set(numbers);
}

/** Problems of one output: numbers the frontmatter does not give, a month it does not know. */
function inventions(output: string, data: ArticleFrontmatter, paragraph?: Paragraph): string[] {
  // The URL (with its #fragment), and the numeric style's entry number `[1]`.
  let rest = output.replace(/https?:\/\/[^\s"]+/gu, ' ').replace(/^\[1\]\s*/u, '');
  if (data.doi) rest = rest.replaceAll(data.doi.value, ' ');
  for (const form of accessForms) rest = rest.replace(form, ' ');
  const allowed = allowedNumbers(data, paragraph);
  const problems = [...rest.matchAll(/\d+/gu)].map(([d]) => d).filter((d) => !allowed.has(String(Number(d)))).map((d) => `number ${d}`);
  const knowsMonth = data.date !== undefined && data.date.value.length > 4;
  if (!knowsMonth && months.test(rest)) problems.push(`month ${months.exec(rest)![0]}`);
  return problems;
}

test('the dialog: every article, every style, a paragraph with and without a print page: nothing invented', () => {
  for (const { slug, data, paragraphs } of articles) {
    const url = `https://sco.example.org/articles/${slug}/`;
    const items = citationItems(data, slug, url);
    for (const style of citationStyles) {
      const locales = { [style.locale]: cslLocale(style.locale), 'en-US': cslLocale('en-US') };
      for (const paragraph of paragraphs) {
        const item = paragraphItem(items[style.key], paragraph, accessDay);
        const { citation, entry } = formatCitation(cslStyle(style.csl), locales, style.locale, item, { label: 'paragraph', locator: paragraph.n });
        for (const text of [citation, entry]) {
          assert.deepEqual(inventions(text, data, paragraph), [], `${slug}, ${style.key}, ¶${paragraph.n}: ${text}`);
        }
      }
    }
  }
});

test('the print citation (GB/T 7714—2015, no access date): nothing invented', () => {
  for (const { slug, data } of articles) {
    const url = `https://sco.example.org/articles/${slug}/`;
    const { entry } = printCitation(citationItems(data, slug, url)['gb-t-7714-2015']);
    assert.deepEqual(inventions(entry, data), [], `${slug}: ${entry}`);
    if (!data.date) assert.doesNotMatch(entry, /\[\d{4}\]/u, `${slug}: a year in brackets with no date known: ${entry}`);
  }
});

test('downloads and head metadata: nothing invented, and each date, issue and page field only when known', () => {
  for (const { slug, data } of articles) {
    const url = `https://sco.example.org/articles/${slug}/`;
    const item = citationItems(data, slug, url)['gb-t-7714-2015'];
    const ris = toRis(item);
    const bib = toBibtex(item);
    const json = toCslJson(item);
    const highwire = highwireTags(data, url);
    const jsonLd = articleJsonLd(data, url);
    const og = openGraphTags(data, url);
    // RIS tags (T1, A1, Y1…) are names, not values.
    const outputs = { ris: ris.replace(/^[A-Z][A-Z0-9] {2}- /gmu, ''), bib, json, highwire: JSON.stringify(highwire), jsonLd: JSON.stringify(jsonLd), og: JSON.stringify(og) };
    for (const [format, text] of Object.entries(outputs)) {
      assert.deepEqual(inventions(text, data), [], `${slug}, ${format}: ${text}`);
    }
    const has = { date: data.date !== undefined, issue: data.issue !== undefined, pages: data.pages !== undefined };
    const risTags = new Set(ris.split('\r\n').map((line) => line.slice(0, 2)));
    const csl = JSON.parse(json) as Record<string, unknown>[];
    const hw = new Set(highwire.map(([name]) => name));
    const fields: [string, boolean, boolean][] = [
      ['RIS Y1/PY/DA', risTags.has('Y1') || risTags.has('PY') || risTags.has('DA'), has.date],
      ['RIS IS', risTags.has('IS'), has.issue],
      ['RIS SP/EP', risTags.has('SP') || risTags.has('EP'), has.pages],
      ['BibTeX year/month/date', /^\s*(year|month|date)\s*=/mu.test(bib), has.date],
      ['BibTeX number/issue', /^\s*(number|issue)\s*=/mu.test(bib), has.issue],
      ['BibTeX pages', /^\s*pages\s*=/mu.test(bib), has.pages],
      ['CSL-JSON issued', 'issued' in csl[0]!, has.date],
      ['CSL-JSON issue', 'issue' in csl[0]!, has.issue],
      ['CSL-JSON page', 'page' in csl[0]!, has.pages],
      ['Highwire citation_publication_date', hw.has('citation_publication_date'), has.date],
      ['Highwire citation_issue', hw.has('citation_issue'), has.issue],
      ['Highwire citation_firstpage', hw.has('citation_firstpage'), has.pages],
      ['JSON-LD datePublished', 'datePublished' in jsonLd, has.date],
      ['JSON-LD issueNumber', JSON.stringify(jsonLd).includes('"issueNumber"'), has.issue],
      ['JSON-LD pageStart', 'pageStart' in jsonLd, has.pages],
      ['Open Graph article:published_time', og.some(([p]) => p === 'article:published_time'), has.date],
    ];
    for (const [field, present, known] of fields) assert.equal(present, known, `${slug}: ${field} ${present ? 'present' : 'absent'}, frontmatter ${known ? 'has' : 'lacks'} it`);
  }
});

test('the check can fail: an access year printed as a publication year is caught', () => {
  const data = articles.find((a) => a.slug === 'han-lu-sco-international-cooperation')!.data;
  const url = 'https://sco.example.org/articles/han-lu-sco-international-cooperation/';
  assert.equal(data.date, undefined, 'the article this check uses has no date');
  // What the unpatched GB/T 7714—2015 style printed for it (docs/citations.md, issue #20).
  const before = `[1] 韩璐. 上海合作组织国际合作的发展历程与前景展望[J/OL]. [2031]: 61[2031-07-29]. ${url}#prbghqg.`;
  assert.deepEqual(inventions(before, data, { id: 'prbghqg', n: '1', page: '61' }), ['number 2031']);
  assert.deepEqual(inventions('Han, L. (2031, July). T.', data), ['number 2031', 'month July']);
  assert.deepEqual(inventions('韩璐. T[J]. 国际展望, 2019(6): 90.', data), ['number 2019', 'number 6', 'number 90']);
});
