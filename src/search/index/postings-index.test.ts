/**
 * Unit tests of the paragraph-level index over the real corpus (content/articles through the content
 * model): the candidates it gives for a query are always a superset of the blocks a brute-force
 * substring scan of the folded texts finds (property test), exactly those for one-key terms, and the
 * build is deterministic.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readCorpus } from '../../content-model/corpus/read-corpus.ts';
import { buildPostingsIndex, shardTarget } from './postings-index.ts';
import { t2sMap } from './fold-map.ts';
import { fold } from '../shared/fold.ts';
import { candidateIds, decodePostings, shardOf, termKeys, type IndexShard } from '../shared/postings.ts';

const corpus = readCorpus();
const texts = corpus.map((article) => article.blocks.map((block) => block.text));
const chars = new Set<string>();
for (const blocks of texts) for (const text of blocks) for (const c of text) chars.add(c);
const t2s = t2sMap(chars);
const { info, shards } = buildPostingsIndex(texts, t2s);
const parsed = shards.map((body) => JSON.parse(body) as IndexShard);
const postings = (key: string) => {
  const text = parsed[shardOf(key, info.shardCount)]![key];
  return text === undefined ? [] : decodePostings(text);
};
const folded = texts.flat().map((text) => fold(text, t2s));
type Groups = { alternatives: string[] }[];
const oracle = (groups: Groups) => folded.flatMap((text, id) => (groups.every((g) => g.alternatives.some((a) => text.includes(a))) ? [id] : []));
const candidates = (groups: Groups) => candidateIds(groups, postings);
const isSuperset = (found: number[], expected: number[]) => expected.every((id) => found.includes(id));

test('the index covers every block of the real corpus, in shards of the planned size, each key in its own shard', () => {
  assert.ok(corpus.length >= 8 && folded.length >= 400, `${corpus.length} articles, ${folded.length} blocks`);
  assert.equal(info.shardCount & (info.shardCount - 1), 0, 'a power of two');
  const total = shards.reduce((sum, body) => sum + body.length, 0);
  assert.ok(total / info.shardCount <= shardTarget * 1.5, `${total} characters in ${info.shardCount} shards`);
  parsed.forEach((shard, n) => {
    for (const key of Object.keys(shard)) assert.equal(shardOf(key, info.shardCount), n, key);
  });
  // One-unit keys are exact: the blocks whose folded text has the character.
  for (const c of ['的', '合', 's', '2', '“']) assert.deepEqual(postings(c), oracle([{ alternatives: [c] }]), c);
});

test('real snippets: their candidates hold every block containing them, and two-unit terms are exact', () => {
  for (const query of ['上海合作组织', '上合组织', '“三股势力”', '三股势力', 'sco', '2001年', '上海精神', '命运共同体', '中国', '路']) {
    const groups = [{ alternatives: [fold(query, t2s)] }];
    const expected = oracle(groups);
    assert.ok(isSuperset(candidates(groups), expected), query);
    if (termKeys(groups[0]!.alternatives[0]!).length === 1) assert.deepEqual(candidates(groups), expected, query);
  }
  assert.ok(oracle([{ alternatives: ['上海合作组织'] }]).length > 10);
  assert.deepEqual(candidates([{ alternatives: ['不存在的词语xyz'] }]), []);
});

test('property: for substrings of real blocks, alone, with alternatives or with a second term, the index never misses a block', () => {
  const substring = fc
    .tuple(fc.nat(folded.length - 1), fc.nat(10_000), fc.integer({ min: 1, max: 12 }))
    .map(([id, from, length]) => {
      const text = folded[id]!;
      const start = from % text.length;
      return text.slice(start, start + length);
    })
    .filter((s) => s.length > 0);
  const alternatives = fc.uniqueArray(substring, { minLength: 1, maxLength: 3 });
  fc.assert(
    fc.property(fc.array(alternatives, { minLength: 1, maxLength: 3 }), (groupList) => {
      const groups = groupList.map((alts) => ({ alternatives: alts }));
      const expected = oracle(groups);
      const found = candidates(groups);
      assert.ok(isSuperset(found, expected), JSON.stringify(groups));
      // Candidates are ascending and each id is a real block.
      assert.ok(found.every((id, i) => id < folded.length && (i === 0 || found[i - 1]! < id)));
    }),
    { numRuns: 400 },
  );
});

test('the build is deterministic: the same texts give the same shards', () => {
  assert.deepEqual(buildPostingsIndex(texts, t2s), { info, shards });
});
