/**
 * Open Graph tags and the one-line reference used as og:description. Expected values follow ogp.me
 * (og:type, og:title, og:url, og:site_name, og:locale `language_TERRITORY`, og:description;
 * article:published_time, article:author) and are written by hand.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleFrontmatter } from '../content-model/schemas/article.ts';
import { claim, frontmatterBase, chenZengJournal } from './test-fixtures.ts';
import { articleSummary, openGraphTags } from './open-graph.ts';


const url = 'https://sco.example.org/articles/a/';

const journal = chenZengJournal;

test('tags of a journal article', () => {
  assert.deepEqual(openGraphTags(journal, url), [
    ['og:type', 'article'],
    ['og:title', '扩员后中亚成员国对上海合作组织的期待及其应对'],
    ['og:url', url],
    ['og:site_name', '上海合作组织文献知识库'],
    ['og:locale', 'zh_CN'],
    ['og:description', '陈亚州、曾向红：扩员后中亚成员国对上海合作组织的期待及其应对。国际展望，2019年第6期，第90–108页。'],
    ['article:published_time', '2019'],
    ['article:author', '陈亚州'],
    ['article:author', '曾向红'],
  ]);
});

test('summaries: the date is given unless the issue names its year; unknown parts are left out', () => {
  const news: ArticleFrontmatter = {
    ...frontmatterBase,
    title: claim('中亚五国期待上合峰会取得务实成果'),
    authors: [{ name: claim('赖毅'), role: 'reporter' }],
    sourceKind: 'newspaper',
    genre: 'report',
    venue: claim('经济日报'),
    date: claim('2021-09', 'inferred'),
  };
  assert.equal(articleSummary(news), '赖毅：中亚五国期待上合峰会取得务实成果。经济日报，2021年9月。');
  const bare: ArticleFrontmatter = { ...frontmatterBase, title: claim('标题'), authors: [], sourceKind: 'journal', genre: 'research-article' };
  assert.equal(articleSummary(bare), '标题。');
  assert.deepEqual(
    openGraphTags(bare, url).map(([property]) => property),
    ['og:type', 'og:title', 'og:url', 'og:site_name', 'og:locale', 'og:description'],
    'no article:published_time or article:author when unknown',
  );
});
