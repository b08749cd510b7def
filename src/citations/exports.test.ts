/**
 * RIS, BibTeX and CSL-JSON exports of CSL items. Expected values are written from the formats' rules,
 * not from the program's output:
 * - RIS (RIS Format Specifications, Research Information Systems): `XX  - value` lines ending in CRLF,
 *   `TY` first, `ER  - ` last, other tags in any order; A1 primary author (one line each), T1 title, JF
 *   periodical full name, Y1 date `YYYY/MM/DD/other` (slashes kept when parts are unknown), SP start page,
 *   EP end page, IS issue, UR URL; DO (DOI) and LA (language) from the 2011 tag list;
 * - BibTeX: `@article{key,` with `field = {value},` lines; names joined by ` and `, a name in braces stays
 *   one name; page ranges with `--`; the issue in `number`;
 * - CSL-JSON: an array of items.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CslItem } from './csl-item.ts';
import { toBibtex, toCslJson, toRis } from './exports.ts';

const journal: CslItem = {
  id: 'chen-zeng',
  'citation-key': 'chen-zeng',
  type: 'article-journal',
  title: '扩员后中亚成员国对上海合作组织的期待及其应对',
  URL: 'https://sco.example.org/articles/chen-zeng/',
  language: 'zh-CN',
  author: [{ literal: '陈亚州' }, { literal: '曾向红' }],
  'container-title': '国际展望',
  issue: '6',
  issued: { 'date-parts': [[2019]] },
  page: '90-108',
  DOI: '10.13851/j.cnki.gjzw.201906005',
};

const newspaper: CslItem = {
  id: 'li-jinfeng',
  'citation-key': 'li-jinfeng',
  type: 'article-newspaper',
  title: '携手打造上合组织命运共同体：访中国社科院上合组织研究中心执行主任李进峰',
  URL: 'https://sco.example.org/articles/li-jinfeng/',
  language: 'zh-CN',
  author: [{ literal: '陈学慧' }, { literal: '杨啸林' }],
  'container-title': '经济日报',
  issued: { 'date-parts': [[2021, 9]] },
};

const noVenue: CslItem = {
  id: 'han-lu',
  'citation-key': 'han-lu',
  type: 'article-journal',
  title: '上海合作组织国际合作的发展历程与前景展望',
  URL: 'https://sco.example.org/articles/han-lu/',
  language: 'zh-CN',
  author: [{ literal: '韩璐' }],
};

/** A RIS file's record as tag → values in order of appearance, after checking the line syntax. */
function parseRis(text: string): Record<string, string[]> {
  assert.ok(text.endsWith('ER  - \r\n'), 'the record ends with `ER  - ` and CRLF');
  const lines = text.slice(0, -2).split('\r\n');
  assert.equal(lines[0]?.slice(0, 6), 'TY  - ', 'TY is the first tag');
  assert.equal(lines.at(-1), 'ER  - ', 'ER is the last tag');
  const tags: Record<string, string[]> = {};
  for (const line of lines.slice(0, -1)) {
    assert.match(line, /^[A-Z][A-Z0-9] {2}- \S/u, `tag line with a value: ${JSON.stringify(line)}`);
    assert.doesNotMatch(line, /\n/u, 'no bare LF');
    (tags[line.slice(0, 2)] ??= []).push(line.slice(6));
  }
  return tags;
}

/** A BibTeX entry's type, key and fields. */
function parseBibtex(text: string): { type: string; key: string; fields: Record<string, string> } {
  const head = /^@(\w+)\{([^,]+),\n/u.exec(text);
  assert.ok(head, `entry head: ${text}`);
  assert.ok(text.endsWith('}\n'), 'the entry closes and the file ends with a newline');
  const fields = Object.fromEntries([...text.matchAll(/^\t(\w+) = \{(.*)\},$/gmu)].map((m) => [m[1]!, m[2]!]));
  return { type: head[1]!, key: head[2]!, fields };
}

test('RIS of a journal article with DOI and pages: A1 per author, JF, IS, SP/EP, DO, LA, UR', () => {
  assert.deepEqual(parseRis(toRis(journal)), {
    TY: ['JOUR'],
    T1: ['扩员后中亚成员国对上海合作组织的期待及其应对'],
    A1: ['陈亚州', '曾向红'],
    Y1: ['2019///'],
    PY: ['2019'],
    JF: ['国际展望'],
    IS: ['6'],
    SP: ['90'],
    EP: ['108'],
    UR: ['https://sco.example.org/articles/chen-zeng/'],
    DO: ['10.13851/j.cnki.gjzw.201906005'],
    LA: ['zh-CN'],
  });
});

test('RIS of a newspaper article keeps its reporters as authors and dates to the month', () => {
  assert.deepEqual(parseRis(toRis(newspaper)), {
    TY: ['NEWS'],
    T1: ['携手打造上合组织命运共同体：访中国社科院上合组织研究中心执行主任李进峰'],
    A1: ['陈学慧', '杨啸林'],
    Y1: ['2021/09//'],
    PY: ['2021'],
    JF: ['经济日报'],
    UR: ['https://sco.example.org/articles/li-jinfeng/'],
    LA: ['zh-CN'],
  });
});

test('RIS with unknown venue, date and pages: no JF, Y1, SP or empty tag', () => {
  assert.deepEqual(parseRis(toRis(noVenue)), {
    TY: ['JOUR'],
    T1: ['上海合作组织国际合作的发展历程与前景展望'],
    A1: ['韩璐'],
    UR: ['https://sco.example.org/articles/han-lu/'],
    LA: ['zh-CN'],
  });
});

test('RIS of a one-page article: SP only; a full date gets two-digit month and day', () => {
  const tags = parseRis(toRis({ ...journal, page: '5', issued: { 'date-parts': [[2021, 9, 5]] } }));
  assert.deepEqual(tags['SP'], ['5']);
  assert.equal(tags['EP'], undefined);
  assert.deepEqual(tags['Y1'], ['2021/09/05/']);
});

test('RIS does not wrap a long URL', () => {
  const url = 'https://sco.example.org/articles/sun-zhuangzhi-sco-community-of-shared-future/';
  assert.deepEqual(parseRis(toRis({ ...noVenue, URL: url }))['UR'], [url]);
});

test('BibTeX of a journal article: keyed by the slug, Chinese kept, names whole, pages with --', () => {
  const { type, key, fields } = parseBibtex(toBibtex(journal));
  assert.equal(type, 'article');
  assert.equal(key, 'chen-zeng');
  assert.equal(fields['author'], '{陈亚州} and {曾向红}');
  assert.equal(fields['title'], '扩员后中亚成员国对上海合作组织的期待及其应对');
  assert.equal(fields['journal'], '国际展望');
  assert.equal(fields['number'], '6');
  assert.equal(fields['year'], '2019');
  assert.equal(fields['pages'], '90--108');
  assert.equal(fields['doi'], '10.13851/j.cnki.gjzw.201906005');
  assert.equal(fields['url'], 'https://sco.example.org/articles/chen-zeng/');
});

test('BibTeX of a newspaper article and of one with unknown venue', () => {
  const news = parseBibtex(toBibtex(newspaper));
  assert.equal(news.key, 'li-jinfeng');
  assert.equal(news.fields['author'], '{陈学慧} and {杨啸林}');
  assert.equal(news.fields['journal'], '经济日报');
  assert.equal(news.fields['year'], '2021');
  assert.equal(news.fields['month'], '9');
  const bare = parseBibtex(toBibtex(noVenue));
  for (const field of ['journal', 'number', 'year', 'pages', 'doi']) assert.equal(bare.fields[field], undefined, field);
  assert.doesNotMatch(toBibtex(noVenue), /= \{\}/u, 'no empty field');
});

test('BibTeX refuses a LaTeX special character it would write unescaped', () => {
  assert.throws(() => toBibtex({ ...journal, title: '50% 的贸易' }), /title "50% 的贸易"/u);
  assert.throws(() => toBibtex({ ...journal, author: [{ literal: 'A & B' }] }), /author/u);
});

test('CSL-JSON: an array with the one item, 2-space indent, trailing newline', () => {
  for (const item of [journal, newspaper, noVenue]) {
    const text = toCslJson(item);
    assert.deepEqual(JSON.parse(text), [item]);
    assert.ok(text.startsWith('[\n  {\n    "id": '), 'indented by 2 spaces');
    assert.ok(text.endsWith(']\n'));
  }
});

test('the same item always gives the same bytes, and the item is not changed', () => {
  const before = structuredClone(journal);
  for (const write of [toRis, toBibtex, toCslJson]) assert.equal(write(journal), write(journal));
  assert.deepEqual(journal, before);
});

test('RIS: one KW per keyword the article prints, none when it prints none', () => {
  const tags = parseRis(toRis({ ...journal, keyword: '上海合作组织,利益诉求,互联互通,命运共同体' }));
  assert.deepEqual(tags['KW'], ['上海合作组织', '利益诉求', '互联互通', '命运共同体']);
  assert.equal(parseRis(toRis(journal))['KW'], undefined);
});
