/** Unit tests of the paged lists' arithmetic: every item on exactly one page, in order. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { laterPageParams, pageCount, pageSlice } from './paged-lists.ts';

test('every item is on exactly one page, in order; page 1 exists for an empty list', () => {
  const items = Array.from({ length: 205 }, (_, i) => i);
  assert.equal(pageCount(205, 100), 3);
  assert.equal(pageCount(0, 100), 1);
  const pages = [1, 2, 3].map((page) => pageSlice(items, 100, page));
  assert.deepEqual(pages.flatMap((p) => p.items), items);
  assert.deepEqual(pages.map((p) => [p.first, p.items.length, p.pages]), [[1, 100, 3], [101, 100, 3], [201, 5, 3]]);
  assert.deepEqual(pageSlice([], 100, 1), { items: [], first: 1, pages: 1 });
  for (const bad of [0, 4, 1.5]) assert.throws(() => pageSlice(items, 100, bad), RangeError);
  assert.deepEqual(laterPageParams(205, 100), [{ params: { page: '2' }, props: { page: 2 } }, { params: { page: '3' }, props: { page: 3 } }]);
  assert.deepEqual(laterPageParams(8, 100), []);
});
