/** Unit tests of relating articles by shared timeline events and glossary terms. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { relatedArticles, type ArticleLinks } from './related-articles.ts';

const links = new Map<string, ArticleLinks>([
  ['yu', { terms: new Set(['sco', 'shanghai-spirit', 'belt-and-road']), events: new Set(['1996-shanghai-five', '2001-founding']) }],
  ['han', { terms: new Set(['sco', 'shanghai-spirit']), events: new Set(['2001-founding']) }],
  ['li', { terms: new Set(['sco', 'belt-and-road', 'shanghai-spirit']), events: new Set() }],
  ['lai', { terms: new Set(['sco']), events: new Set() }],
]);

test('related articles name what they share, more shared events first; a term in every article does not count', () => {
  assert.deepEqual(relatedArticles(links, 'yu'), [
    { article: 'han', terms: ['shanghai-spirit'], events: ['2001-founding'] },
    { article: 'li', terms: ['belt-and-road', 'shanghai-spirit'], events: [] },
  ]);
  assert.deepEqual(relatedArticles(links, 'lai'), []);
  assert.deepEqual(relatedArticles(links, 'unknown'), []);
});

test('at most `limit` related articles, the best ones', () => {
  assert.deepEqual(relatedArticles(links, 'yu', 1), [{ article: 'han', terms: ['shanghai-spirit'], events: ['2001-founding'] }]);
  const many = new Map<string, ArticleLinks>(Array.from({ length: 30 }, (_, i) => [`a${String(i).padStart(2, '0')}`, { terms: new Set(['t', i % 2 ? 'odd' : 'even']), events: new Set<string>() }]));
  assert.deepEqual(relatedArticles(many, 'a00').map((r) => r.article), ['a02', 'a04', 'a06', 'a08', 'a10', 'a12', 'a14', 'a16', 'a18', 'a20']);
});
