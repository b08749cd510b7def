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

test('a window never starts or ends inside a number or a Latin word (…2018年, not …018年)', () => {
  // 30 characters before the hit fall inside 2018: the window widens to the number's start.
  const text = `${'这'.repeat(20)}2018年${'的'.repeat(27)}上海精神${'。'.repeat(40)}`;
  const at = text.indexOf('上海精神');
  const shown = excerptSegments(text, [[at, at + 4]]).map((s) => s.text).join('');
  assert.ok(shown.startsWith('…2018年'), shown);
  const latin = `${'上'.repeat(40)}上海精神 Shanghai Cooperation Organization${'。'.repeat(40)}`;
  const hit = latin.indexOf('上海精神');
  const tail = excerptSegments(latin, [[hit, hit + 4]]).map((s) => s.text).join('');
  // the window's end (30 characters after the hit) falls inside "Organization": it widens to the word's end
  assert.ok(tail.endsWith(' Organization…'), tail);
});

test('a window never splits a character outside the BMP', () => {
  const text = `${'𠀀'.repeat(40)}上海精神${'𠀀'.repeat(40)}`;
  const at = text.indexOf('上海精神');
  for (const segment of excerptSegments(text, [[at, at + 4]], 5)) assert.ok(!/^[\udc00-\udfff]|[\ud800-\udbff]$/u.test(segment.text), JSON.stringify(segment.text));
});
