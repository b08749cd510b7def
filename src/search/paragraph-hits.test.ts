/** Unit tests of paragraph-level hits and excerpts, on a fragment shaped like Pagefind 1.6's `data()`. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { excerptSegments, paragraphHits, queryTerms } from './paragraph-hits.ts';
import type { PagefindFragment } from './pagefind.ts';

const fragment: PagefindFragment = {
  url: '/articles/a/',
  meta: { title: '文章' },
  // Pagefind word positions: 0–9 the heading, 10–19 paragraph 1, 20–29 paragraph 2
  locations: [3, 12, 25],
  anchors: [
    { element: 'h2', id: 'ph', text: '弘扬上海精神', location: 0 },
    { element: 'p', id: 'p1', text: '上海合作组织在上海成立。', location: 10 },
    { element: 'p', id: 'p2', text: '“上海精神”是上合组织的灵魂。', location: 20 },
  ],
};

test('a hit is a paragraph holding a match and the whole query; headings are never hits', () => {
  assert.deepEqual(paragraphHits(fragment, ['上海精神']), [{ url: '/articles/a/#p2', text: '“上海精神”是上合组织的灵魂。' }]);
  assert.deepEqual(paragraphHits(fragment, ['上海']).map((h) => h.url), ['/articles/a/#p1', '/articles/a/#p2']);
  assert.deepEqual(paragraphHits(fragment, ['上海', '灵魂']).map((h) => h.url), ['/articles/a/#p2']);
});

test('query terms split on ASCII and ideographic spaces, without repeats', () => {
  assert.deepEqual(queryTerms(' 上海精神\u3000命运共同体 上海精神 '), ['上海精神', '命运共同体']);
});

test('excerpts mark every occurrence and cut with an ellipsis', () => {
  const segments = excerptSegments(`${'前'.repeat(50)}上海精神与上海精神${'后'.repeat(200)}`, ['上海精神'], 10, 40);
  assert.equal(segments[0]!.text, `…${'前'.repeat(10)}`);
  assert.deepEqual(segments.filter((s) => s.mark).map((s) => s.text), ['上海精神', '上海精神']);
  assert.ok(segments.at(-1)!.text.endsWith('…'));
});
