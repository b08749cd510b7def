/** Unit tests of the index's keys, posting encoding, shard assignment and set operations. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { blockKeys, blockStarts, candidateIds, decodePostings, encodeNumber, encodePostings, intersectSorted, shardOf, termKeys, unionSorted } from './postings.ts';
import { fold } from './fold.ts';

const t2s = { 組: '组', 織: '织', 勢: '势' };

test('a term is looked up by its one code unit or by at most three of its pairs: first, last, middle', () => {
  assert.deepEqual(termKeys(fold('上海合作组织', t2s)), ['上海', '组织', '合作']);
  assert.deepEqual(termKeys(fold('上合組織', t2s)), ['上合', '组织', '合组']);
  assert.deepEqual(termKeys(fold('三股勢力', t2s)), ['三股', '势力', '股势']);
  assert.deepEqual(termKeys(fold('ＳＣＯ', t2s)), ['sc', 'co']);
  assert.deepEqual(termKeys(fold('2001年', t2s)), ['20', '1年', '00']);
  assert.deepEqual(termKeys('路'), ['路']);
  assert.deepEqual(termKeys('s'), ['s']);
  assert.deepEqual(termKeys('一带'), ['一带']);
  assert.deepEqual(termKeys(''), []);
  // A character outside the BMP is two code units: one pair.
  assert.deepEqual(termKeys('𠀀'), ['𠀀']);
});

test('a block has every code unit and adjacent pair of its folded text, across punctuation, Latin and digits', () => {
  const folded = fold('“三股势力” SCO 2001年', t2s);
  assert.equal(folded, '“三股势力”sco2001年');
  const keys = blockKeys(folded);
  for (const key of ['“', '三', '股', '“三', '三股', '股势', '势力', '力”', '”s', 'sc', 'co', 'o2', '20', '00', '01', '1年', '年']) assert.ok(keys.has(key), key);
  assert.equal(keys.has('三势'), false);
  assert.equal(keys.size, new Set([...folded].concat([...folded].slice(0, -1).map((c, i) => c + folded[i + 1]))).size);
});

test('postings round-trip through their encoding, which is ASCII that JSON leaves alone', () => {
  assert.equal(encodeNumber(0), '0');
  assert.equal(encodeNumber(31), 'v');
  assert.equal(encodeNumber(32), 'x0');
  assert.equal(encodePostings([0, 1, 2, 40]), '000x5');
  assert.deepEqual(decodePostings('000x5'), [0, 1, 2, 40]);
  assert.deepEqual(decodePostings(''), []);
  assert.throws(() => decodePostings('x'), /ends inside a number/);
  assert.throws(() => decodePostings('0"'), /unexpected character/);
  fc.assert(
    fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 31 - 1 }), { maxLength: 200 }), (values) => {
      const ids = [...values].sort((a, b) => a - b);
      const text = encodePostings(ids);
      assert.match(text, /^[0-9a-zA-Z_-]*$/);
      assert.equal(JSON.stringify(text), `"${text}"`);
      assert.deepEqual(decodePostings(text), ids);
    }),
    { numRuns: 300 },
  );
});

test('a key always falls into the same shard, within the shard count; keys spread over the shards', () => {
  assert.equal(shardOf('上海', 64), shardOf('上海', 64));
  // FNV-1a of '上海' — fixed, so a browser and the build agree on every machine.
  assert.equal(shardOf('上海', 1 << 16), shardOf('上海', 1 << 16));
  assert.equal(shardOf('上海', 1), 0);
  fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 2 }), fc.integer({ min: 0, max: 16 }), (key, bits) => {
    const n = shardOf(key, 2 ** bits);
    return Number.isInteger(n) && n >= 0 && n < 2 ** bits && n === shardOf(key, 2 ** bits);
  }));
  const used = new Set(['上海', '合作', '组织', '三股', '势力', 'sc', 'co', '20', '01', '的', '国'].map((key) => shardOf(key, 64)));
  assert.ok(used.size >= 6, `11 keys in ${used.size} of 64 shards`);
});

test('intersection and union of ascending id lists', () => {
  assert.deepEqual(intersectSorted([1, 3, 5, 9], [2, 3, 9, 10]), [3, 9]);
  assert.deepEqual(unionSorted([1, 3, 5], [2, 3, 9]), [1, 2, 3, 5, 9]);
  assert.deepEqual(blockStarts([3, 0, 2]), [0, 3, 3]);
  fc.assert(
    fc.property(fc.uniqueArray(fc.nat(60)), fc.uniqueArray(fc.nat(60)), (x, y) => {
      const a = [...x].sort((p, q) => p - q);
      const b = [...y].sort((p, q) => p - q);
      assert.deepEqual(intersectSorted(a, b), a.filter((v) => b.includes(v)));
      assert.deepEqual(unionSorted(a, b), [...new Set([...a, ...b])].sort((p, q) => p - q));
    }),
  );
});

test('candidates: AND of an alternative keys, OR of a group alternatives, AND of the groups', () => {
  const texts = ['上海合作组织', '上合组织成员', '上海精神', '组织上海'];
  const index = new Map<string, number[]>();
  texts.forEach((text, id) => {
    for (const key of blockKeys(text)) index.set(key, [...(index.get(key) ?? []), id]);
  });
  const postings = (key: string) => index.get(key) ?? [];
  assert.deepEqual(candidateIds([{ alternatives: ['上海合作组织'] }], postings), [0]);
  assert.deepEqual(candidateIds([{ alternatives: ['上合组织', '上海合作组织'] }], postings), [0, 1]);
  assert.deepEqual(candidateIds([{ alternatives: ['上海'] }, { alternatives: ['组织'] }], postings), [0, 3]);
  assert.deepEqual(candidateIds([{ alternatives: ['中国'] }], postings), []);
  assert.deepEqual(candidateIds([], postings), []);
});
