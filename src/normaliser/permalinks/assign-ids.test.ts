/** Unit tests of permalink id assignment: typo fix, insertion, split, merge, deletion (texts from zhiku-yuanzhuo-54-tianjin-summit). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assignIds, similarity } from './assign-ids.ts';

const P = [
  'paragraph:上合组织诞生于冷战阴霾未散的国际背景下，为弥合地缘政治分歧、营造普遍安全环境、促进区域共同发展作出特殊贡献。并为进一步的安合作奠定了重要基础。',
  'paragraph:创造性提出新安全观与合作理念。在成员国共同努力下，上合组织为捍卫区域和平与可持续发展提供了有力保障。',
  'paragraph:贸易规模稳步增长。据中国海关统计，今年1月至7月，中国与上合组织国家贸易额合计5197亿美元。',
  'paragraph:区域投资提质增效。金融合作不断创新，上合组织银联体成员行融资合作日益加强。',
  'paragraph:地方合作释放潜力。上合组织国家彼此相邻，边境地方合作具有特殊意义。',
];
const first = assignIds(undefined, P);

test('first run: short URL-safe ids from the text, unique', () => {
  assert.equal(new Set(first.ids).size, P.length);
  for (const id of first.ids) assert.match(id, /^p[0-9a-v]{6,}$/u);
  assert.deepEqual(assignIds(undefined, P).ids, first.ids, 'deterministic');
  assert.deepEqual(first.registry.retired, []);
});

test('a typo fix keeps the id (similarity above the threshold)', () => {
  const fixed = [P[0]!.replace('安合作', '安全合作'), ...P.slice(1)];
  assert.ok(similarity(fixed[0]!, P[0]!) >= 0.8);
  const next = assignIds(first.registry, fixed);
  assert.deepEqual(next.ids, first.ids);
  assert.deepEqual(next.changes, [{ kind: 'edited', ids: [first.ids[0]] }]);
});

test('an insertion gets a new id and moves no other', () => {
  const inserted = [P[0]!, 'paragraph:新增的一段文字，与其他段落都不相同。', ...P.slice(1)];
  const next = assignIds(first.registry, inserted);
  assert.deepEqual([next.ids[0], ...next.ids.slice(2)], first.ids);
  assert.ok(!first.ids.includes(next.ids[1]!));
});

test('a split: both parts get new ids, the first carries the old id as an alias', () => {
  const [a, b] = ['paragraph:创造性提出新安全观与合作理念。', 'paragraph:在成员国共同努力下，上合组织为捍卫区域和平与可持续发展提供了有力保障。'];
  const next = assignIds(first.registry, [P[0]!, a, b, ...P.slice(2)]);
  assert.deepEqual(next.aliases[1], [first.ids[1]]);
  assert.ok(!first.ids.includes(next.ids[1]!) && !first.ids.includes(next.ids[2]!));
  assert.deepEqual(next.registry.retired, []);
});

test('a merge: the merged block carries both old ids as aliases', () => {
  const merged = `paragraph:${P[2]!.slice(10)}${P[3]!.slice(10)}`;
  const next = assignIds(first.registry, [P[0]!, P[1]!, merged, P[4]!]);
  assert.deepEqual(next.aliases[2], [first.ids[2], first.ids[3]]);
  assert.deepEqual(next.changes, [{ kind: 'merged', ids: [first.ids[2], first.ids[3]] }]);
});

test('a deletion retires the id with its text, and it is never issued again', () => {
  const next = assignIds(first.registry, P.slice(0, 4));
  assert.deepEqual(next.registry.retired, [{ id: first.ids[4], text: P[4] }]);
  const again = assignIds(next.registry, [...P.slice(0, 4), P[4]!]);
  assert.notEqual(again.ids[4], first.ids[4], 'a retired id is not reused');
  assert.deepEqual(again.registry.retired, [{ id: first.ids[4], text: P[4] }]);
});
