/** Unit tests of keyword-in-context excerpts. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { excerptSegments } from './excerpt.ts';

const render = (segments: { text: string; mark: boolean }[]) => segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');

test('a short block is shown whole with every occurrence marked', () => {
  assert.equal(render(excerptSegments('上合组织坚持上海精神。', [[0, 4], [6, 10]], 30)), '[上合组织]坚持[上海精神]。');
});

test('distant occurrences get their own windows, joined by an ellipsis', () => {
  const text = `甲${'。'.repeat(50)}乙${'，'.repeat(50)}丙`;
  assert.equal(render(excerptSegments(text, [[0, 1], [51, 52]], 3)), `[甲]。。。……。。。[乙]，，，…`);
});
