/**
 * schema.org JSON-LD of articles and its serialisation for a `<script>` element. Expected objects are
 * written from schema.org's types (ScholarlyArticle/NewsArticle: headline, author → Person with
 * affiliation → Organization, datePublished, isPartOf → PublicationIssue.issueNumber → Periodical.name,
 * pageStart/pageEnd, sameAs, inLanguage, url, mainEntityOfPage → WebPage) and from the HTML rule that a
 * script's text must not contain `</script`, not from the program's output.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleFrontmatter } from '../content-model/schemas/article.ts';
import { claim, frontmatterBase, chenZengJournal } from './test-fixtures.ts';
import { scriptJson } from '../lib/script-json.ts';
import { articleJsonLd } from './json-ld.ts';


const url = 'https://sco.example.org/articles/a/';

test('a journal article: ScholarlyArticle in an issue of a periodical, with pages and DOI', () => {
  const data = chenZengJournal;
  assert.deepEqual(articleJsonLd(data, url), {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    headline: '扩员后中亚成员国对上海合作组织的期待及其应对',
    author: [
      { '@type': 'Person', name: '陈亚州', affiliation: { '@type': 'Organization', name: '兰州大学中亚研究所' } },
      { '@type': 'Person', name: '曾向红' },
    ],
    datePublished: '2019',
    isPartOf: { '@type': 'PublicationIssue', issueNumber: '6', isPartOf: { '@type': 'Periodical', name: '国际展望' } },
    pageStart: 90,
    pageEnd: 108,
    sameAs: 'https://doi.org/10.13851/j.cnki.gjzw.201906005',
    inLanguage: 'zh-CN',
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
  });
});

test('a newspaper interview: NewsArticle in the newspaper, reporters as authors, not the interviewee', () => {
  const data: ArticleFrontmatter = {
    ...frontmatterBase,
    title: claim('携手打造上合组织命运共同体'),
    subtitle: claim('——访中国社科院上合组织研究中心执行主任李进峰'),
    authors: [
      { name: claim('陈学慧'), role: 'reporter' },
      { name: claim('李进峰'), affiliation: claim('中国社科院上合组织研究中心'), role: 'interviewee' },
    ],
    sourceKind: 'newspaper',
    genre: 'interview',
    venue: claim('经济日报'),
    date: claim('2021-09', 'inferred'),
  };
  assert.deepEqual(articleJsonLd(data, url), {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: '携手打造上合组织命运共同体：访中国社科院上合组织研究中心执行主任李进峰',
    author: [{ '@type': 'Person', name: '陈学慧' }],
    datePublished: '2021-09',
    isPartOf: { '@type': 'Periodical', name: '经济日报' },
    inLanguage: 'zh-CN',
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
  });
});

test('unknown venue, date, pages and DOI are left out; a column issue is an issue of the column', () => {
  const bare: ArticleFrontmatter = {
    ...frontmatterBase,
    title: claim('上海合作组织国际合作的发展历程与前景展望'),
    authors: [],
    sourceKind: 'journal',
    genre: 'research-article',
  };
  assert.deepEqual(articleJsonLd(bare, url), {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    headline: '上海合作组织国际合作的发展历程与前景展望',
    inLanguage: 'zh-CN',
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
  });
  const column = articleJsonLd({ ...bare, sourceKind: 'roundtable', issue: claim('智库圆桌（第54期·总343期）') }, url);
  assert.deepEqual(column['isPartOf'], {
    '@type': 'PublicationIssue',
    issueNumber: '54',
    isPartOf: { '@type': 'Periodical', name: '智库圆桌' },
  });
});

test('serialised for a script element: a title with </script><img onerror=x> cannot leave the script', () => {
  const title = '上合组织</script><img onerror=x><!--&';
  const data: ArticleFrontmatter = { ...frontmatterBase, title: claim(title), authors: [], sourceKind: 'journal', genre: 'research-article' };
  const text = scriptJson(articleJsonLd(data, url));
  assert.doesNotMatch(text, /[<>&]/u, 'no <, > or & in the script text');
  assert.ok(text.includes('上合组织\\u003c/script\\u003e\\u003cimg onerror=x\\u003e\\u003c!--\\u0026'));
  assert.equal((JSON.parse(text) as { headline: string }).headline, title, 'JSON.parse gives the title back');
});

test('the keywords the article prints are schema.org keywords (a list), left out when it prints none', () => {
  const data: ArticleFrontmatter = { ...chenZengJournal, frontMatter: { keywords: { value: ['上海合作组织', '利益诉求'], basis: 'stated', evidence: 'L9 【关键词】' } } };
  assert.deepEqual(articleJsonLd(data, 'https://sco.example.org/a/')['keywords'], ['上海合作组织', '利益诉求']);
  assert.equal('keywords' in articleJsonLd(chenZengJournal, 'https://sco.example.org/a/'), false);
});
