/**
 * Unit tests of the glossary and timeline schemas' corpus checks, on a two-paragraph corpus made of real
 * paragraphs (于洪君 ¶2 and ¶4, yu-hongjun-post-cold-war-order-and-sco.mdx) and a real file reader.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { indexCorpus } from '../corpus/paragraph-ref.ts';
import { glossaryTermSchema } from '../schemas/glossary-term.ts';
import { timelineEventSchema } from '../schemas/timeline-event.ts';
import { readGlossary } from '../glossary/read-glossary.ts';
import { EntryError } from '../files/read-entries.ts';

const slug = 'yu-hongjun-post-cold-war-order-and-sco';
const index = indexCorpus([
  {
    slug,
    title: '冷战后国际格局重组中的上合组织',
    date: '2021-09',
    blocks: [
      { article: slug, anchor: 'pkbgh3e', kind: 'paragraph', n: 2, text: '1996年，在“五国两方”……开展边境事务谈判的基础上，建立了“上海五国”机制。2001年6月，乌兹别克斯坦以平等成员国身份加入“上海五国”机制。' },
      { article: slug, anchor: 'paf7t1i', kind: 'paragraph', n: 4, text: '上合组织是一个脱胎于冷战思维的全新的区域组织。……坚持“互信、互利、平等、协商，尊重多样文明，谋求共同发展”的“上海精神”。' },
    ],
  },
]);

const term = {
  term: '上海精神',
  kind: 'concept',
  aliases: ['上海精神'],
  english: 'Shanghai Spirit',
  pinyin: 'shàng hǎi jīng shén',
  summary: '上合组织的核心价值观。',
  cites: [`${slug}#paf7t1i`],
};

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

test('a glossary entry citing existing paragraphs that contain its alias is valid', () => {
  assert.deepEqual(messages(glossaryTermSchema(index).safeParse(term)), []);
});

test('the glossary schema rejects a dangling citation, naming the field and the missing paragraph', () => {
  const result = glossaryTermSchema(index).safeParse({ ...term, cites: [`${slug}#paf7t1i`, `${slug}#pnothere`, 'no-such-article#p1'] });
  assert.deepEqual(messages(result), [
    `cites.1: dangling citation: "${slug}#pnothere": article "${slug}" has no paragraph, heading, row or note "pnothere"`,
    'cites.2: dangling citation: "no-such-article#p1": there is no article "no-such-article"',
  ]);
});

test('a glossary entry must be supported: some cited paragraph contains one of its aliases', () => {
  assert.deepEqual(messages(glossaryTermSchema(index).safeParse({ ...term, cites: [`${slug}#pkbgh3e`] })), [
    'cites: no cited paragraph contains any alias of "上海精神"',
  ]);
});

test('aliases of one entry may not contain each other', () => {
  assert.deepEqual(messages(glossaryTermSchema(index).safeParse({ ...term, aliases: ['上海精神', '精神'] })), [
    'aliases: alias "精神" is inside alias "上海精神" of the same entry',
  ]);
});

test('reading a glossary file with a dangling citation fails naming the file and field', () => {
  const dir = mkdtempSync(join(tmpdir(), 'glossary-'));
  mkdirSync(join(dir, 'glossary'));
  writeFileSync(
    join(dir, 'glossary', 'shanghai-spirit.mdx'),
    `---\nterm: 上海精神\nkind: concept\naliases: [上海精神]\nenglish: Shanghai Spirit\npinyin: shàng hǎi jīng shén\nsummary: 核心价值观。\ncites:\n  - ${slug}#pgone00\n---\n释义。\n`,
  );
  assert.throws(() => readGlossary(dir, index), (error: Error) =>
    error instanceof EntryError && /shanghai-spirit\.mdx: cites\.0: dangling citation: .*"pgone00"/.test(error.message),
  );
});

const event = {
  date: '2001-06',
  asWritten: '2001年6月',
  title: '上海合作组织成立',
  summary: '乌兹别克斯坦加入“上海五国”机制，上海合作组织成立。',
  tags: ['membership'],
  cites: [`${slug}#pkbgh3e`],
};

test('a timeline event whose date expression occurs in a cited paragraph is valid', () => {
  assert.deepEqual(messages(timelineEventSchema(index).safeParse(event)), []);
});

test('the timeline schema rejects a dangling citation and a date the cited paragraphs do not print', () => {
  assert.deepEqual(messages(timelineEventSchema(index).safeParse({ ...event, cites: [`${slug}#pgone00`] })), [
    `cites.0: dangling citation: "${slug}#pgone00": article "${slug}" has no paragraph, heading, row or note "pgone00"`,
  ]);
  assert.deepEqual(messages(timelineEventSchema(index).safeParse({ ...event, asWritten: '2001年6月15日' })), [
    'asWritten: "2001年6月15日" occurs in none of the cited blocks',
  ]);
});

test('a relative date must say how it was resolved, from an article the event cites', () => {
  assert.deepEqual(messages(timelineEventSchema(index).safeParse({ ...event, asWritten: '20年前' })), [
    'resolved: "20年前" is relative: say how it was resolved',
    'asWritten: "20年前" occurs in none of the cited blocks',
  ]);
  const resolved = { ...event, resolved: { from: 'another-article', reasoning: '文章发表于2021年' } };
  assert.deepEqual(messages(timelineEventSchema(index).safeParse(resolved)), [
    'resolved.from: "another-article" is not an article this event cites',
  ]);
});

test('dates are calendar dates, and a range does not end before it starts', () => {
  assert.deepEqual(messages(timelineEventSchema(index).safeParse({ ...event, date: '2001-02-30' })), ['date: not a calendar date']);
  assert.deepEqual(messages(timelineEventSchema(index).safeParse({ ...event, date: '2001-06', end: '2001-05-31' })), [
    'end: end 2001-05-31 is before date 2001-06',
  ]);
  assert.deepEqual(messages(timelineEventSchema(index).safeParse({ ...event, date: '2001-06', end: '2001-06-30' })), []);
});
