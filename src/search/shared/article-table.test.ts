/** Unit tests of the manifest's article table: columns in, the browser's articles out, titles by shard. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encodeArticleTable, setTitles, tableArticles, titleShardBodies, titleShardOf } from './article-table.ts';

const input = [
  { slug: 'yu', authors: ['于洪君'], sourceKind: 'newspaper', year: '2021', blocksBytes: 2024, count: 12 },
  { slug: 'chen', authors: ['陈亚州', '曾向红'], sourceKind: 'journal', year: '2019', blocksBytes: 18526, count: 40 },
  { slug: 'zhiku', authors: ['于洪君'], sourceKind: 'journal', blocksBytes: 19031, count: 30 },
];

test('the table keeps each article\'s facets, with kinds and authors listed once, and no year as 0', () => {
  const table = encodeArticleTable(input, 2);
  assert.deepEqual(table, {
    slugs: ['yu', 'chen', 'zhiku'],
    counts: [12, 40, 30],
    blocksBytes: [2024, 18526, 19031],
    kinds: ['newspaper', 'journal'],
    kind: [0, 1, 1],
    years: [2021, 2019, 0],
    authorNames: ['于洪君', '陈亚州', '曾向红'],
    authors: [[0], [1, 2], [0]],
    titleShardSize: 2,
  });
  assert.throws(() => encodeArticleTable(input, 0), RangeError);
});

test('the browser reads back every facet, site order as the index; titles arrive by shard', () => {
  const table = encodeArticleTable(input, 2);
  const articles = tableArticles(table);
  assert.deepEqual(articles, [
    { slug: 'yu', authors: ['于洪君'], sourceKind: 'newspaper', order: 0, blocksBytes: 2024, year: '2021' },
    { slug: 'chen', authors: ['陈亚州', '曾向红'], sourceKind: 'journal', order: 1, blocksBytes: 18526, year: '2019' },
    { slug: 'zhiku', authors: ['于洪君'], sourceKind: 'journal', order: 2, blocksBytes: 19031 },
  ]);
  assert.equal(tableArticles(table), articles, 'memoised per table');
  const shards = titleShardBodies(['冷战后', '中亚成员国', '天津峰会'], 2);
  assert.deepEqual(shards, ['["冷战后","中亚成员国"]', '["天津峰会"]']);
  assert.deepEqual([0, 1, 2].map((i) => titleShardOf(i, table)), [0, 0, 1]);
  setTitles(table, 1, JSON.parse(shards[1]!));
  assert.deepEqual(articles.map((a) => a.title), [undefined, undefined, '天津峰会']);
  setTitles(table, 0, JSON.parse(shards[0]!));
  assert.deepEqual(articles.map((a) => a.title), ['冷战后', '中亚成员国', '天津峰会']);
  assert.throws(() => setTitles(table, 1, ['a', 'b']), /title shard 1: 2 titles, expected 1/);
  assert.deepEqual(titleShardBodies([]), ['[]']);
});
