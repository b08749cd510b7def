/**
 * raw-lines-file.ts: the raw-lines file holds exactly the lines the blocks use, in line order, and is the
 * same text whatever order the blocks name them in.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rawLinesJson } from './raw-lines-file.ts';

const source = ['第一行', '第二行 </script>', '', '第四行', '第五行'].map((text, i) => ({ no: i + 1, text }));

test('only the lines the blocks use, keyed by number, text as in the source', () => {
  const map = JSON.parse(rawLinesJson(source, [{ lines: '4,2' }, {}, { lines: '2' }])) as Record<string, string>;
  assert.deepEqual(map, { '2': '第二行 </script>', '4': '第四行' });
  assert.equal(rawLinesJson(source, []), '{}');
});

test('the same lines in another order give the same bytes, keys ascending', () => {
  const a = rawLinesJson(source, [{ lines: '5,1-2' }, { lines: '4' }]);
  const b = rawLinesJson(source, [{ lines: '4' }, { lines: '1,2' }, { lines: '5' }]);
  assert.equal(a, b);
  assert.equal(a, '{"1":"第一行","2":"第二行 </script>","4":"第四行","5":"第五行"}');
});

test('a line past the end of the source is kept with empty text', () => {
  assert.equal(rawLinesJson(source, [{ lines: '3,9' }]), '{"3":"","9":""}');
});
