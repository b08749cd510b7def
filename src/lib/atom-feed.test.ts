import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument, DomUtils } from 'htmlparser2';
import { atomFeed, periodStart } from './atom-feed.ts';

const site = new URL('https://sco.example.org');
const article = (slug: string, date?: string) => ({
  url: `https://sco.example.org/articles/${slug}/`,
  title: `标题${slug}`,
  authors: ['于洪君'],
  date,
  reference: `于洪君. 标题${slug}[N/OL]. 经济日报, 2021-09.`,
});

test('a stated year, month or day starts at its first instant, UTC', () => {
  assert.equal(periodStart('2019').toISOString(), '2019-01-01T00:00:00.000Z');
  assert.equal(periodStart('2021-09').toISOString(), '2021-09-01T00:00:00.000Z');
  assert.equal(periodStart('2025-08-31').toISOString(), '2025-08-31T00:00:00.000Z');
});

test('entries newest first, undated articles left out, the feed dated by its newest entry; the date as stated in the summary', () => {
  const xml = atomFeed(site, [article('a', '2019'), article('b'), article('c', '2021-09'), article('d', '2021-09-05')]);
  const doc = parseDocument(xml, { xmlMode: true });
  const entries = DomUtils.getElementsByTagName('entry', doc);
  const ids = entries.map((e) => DomUtils.textContent(DomUtils.getElementsByTagName('id', e)[0]!));
  assert.deepEqual(ids, ['d', 'c', 'a'].map((s) => `https://sco.example.org/articles/${s}/`));
  const feedUpdated = DomUtils.getElementsByTagName('updated', doc)[0]!;
  assert.equal(DomUtils.textContent(feedUpdated), '2021-09-05T00:00:00.000Z');
  const summaries = entries.map((e) => DomUtils.textContent(DomUtils.getElementsByTagName('summary', e)[0]!));
  assert.equal(summaries[1], '2021年9月。于洪君. 标题c[N/OL]. 经济日报, 2021-09.');
  assert.equal(summaries[2]!.startsWith('2019年。'), true);
});

test('the same articles give the same bytes (no build time in the feed)', () => {
  assert.equal(atomFeed(site, [article('a', '2019')]), atomFeed(site, [article('a', '2019')]));
});
