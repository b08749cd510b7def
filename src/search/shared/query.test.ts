/** Unit tests of query parsing: terms, phrases, folding, glossary names, dropped punctuation. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery } from './query.ts';

const t2s = { 組: '组', 織: '织' };
const glossary = [
  { term: '上海精神', aliases: ['上海精神'], english: 'Shanghai Spirit', pinyin: 'shàng hǎi jīng shén' },
  { term: '地区反恐怖机构', aliases: ['地区反恐怖机构', '地区反恐机构'], english: 'Regional Anti-Terrorist Structure (RATS)', pinyin: 'dì qū fǎn kǒng bù jī gòu' },
  { term: '《上海合作组织宪章》', aliases: ['上海合作组织宪章'], english: 'Charter of the Shanghai Cooperation Organisation', pinyin: 'shàng hǎi hé zuò zǔ zhī xiàn zhāng' },
];
const alternatives = (q: string) => parseQuery(q, t2s, glossary).map((g) => g.alternatives);

test('space-separated terms are groups; quoted text is one phrase', () => {
  assert.deepEqual(alternatives('上合组织 安全'), [['上合组织'], ['安全']]);
  assert.deepEqual(alternatives('"一带 一路"'), [['一带一路']]);
  assert.deepEqual(alternatives('“命运 共同体” 合作'), [['命运共同体'], ['合作']]);
  assert.deepEqual(alternatives('上合組織'), [['上合组织']]);
});

test('an English name, its abbreviation or its pinyin also finds the Chinese forms', () => {
  assert.deepEqual(alternatives('Shanghai Spirit'), [['shanghaispirit', '上海精神']]);
  assert.deepEqual(alternatives('shanghai jingshen'), [['shanghaijingshen', '上海精神']]);
  // Typed with tones: the typed form itself stays an alternative (it is what the text would contain).
  assert.deepEqual(alternatives('shànghǎi jīngshén'), [['shànghǎijīngshén', '上海精神']]);
  assert.deepEqual(alternatives('RATS'), [['地区反恐怖机构', '地区反恐机构', 'rats']]);
  assert.deepEqual(alternatives('Charter of the Shanghai Cooperation Organisation'), [['charteroftheshanghaicooperationorganisation', '上海合作组织宪章']]);
});

test('punctuation-only terms are dropped, repeated terms kept once, and the query is cut at 1,000 characters', () => {
  assert.deepEqual(alternatives('，。 ！'), []);
  assert.deepEqual(alternatives('上合 ， 上合'), [['上合']]);
  assert.equal(parseQuery('字'.repeat(1500), t2s)[0]!.alternatives[0]!.length, 1000);
});

test('the glossary names are indexed per glossary and fold map: the same glossary under another map is indexed afresh', () => {
  const names = [{ term: '上合組織', aliases: [], english: 'Shanghai Cooperation Organisation (SCO)', pinyin: 'shàng hé zǔ zhī' }];
  assert.deepEqual(parseQuery('SCO', t2s, names).map((g) => g.alternatives), [['上合组织', 'sco']]);
  assert.deepEqual(parseQuery('SCO', {}, names).map((g) => g.alternatives), [['上合組織', 'sco']]);
  assert.deepEqual(parseQuery('SCO', t2s, names).map((g) => g.alternatives), [['上合组织', 'sco']]);
});
