/** Unit test of the locale-independent string order used by search results and filters. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareCodeUnits } from './compare-code-units.ts';

test('compareCodeUnits orders by code units, whatever the locale', () => {
  assert.deepEqual(['上海', 'b', 'B', '中国', 'a-2', 'a-10'].sort(compareCodeUnits), ['B', 'a-10', 'a-2', 'b', '上海', '中国']);
  assert.equal(compareCodeUnits('同', '同'), 0);
});
