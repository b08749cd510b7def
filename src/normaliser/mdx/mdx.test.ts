/** Unit tests of paragraph ids and the MDX writer. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatLineRanges, writeArticle } from './write-article.ts';

test('line ranges keep reading order (001 L95–L101 then L65–L77)', () => {
  assert.equal(formatLineRanges([95, 97, 98, 99, 65, 66, 67]), '95,97-99,65-67');
  assert.equal(formatLineRanges([7]), '7');
});

test('writer: frontmatter, headings and escaped paragraphs', () => {
  const mdx = writeArticle(
    { title: { value: '标题', basis: 'stated', evidence: 'L1' }, authors: [], sourceKind: 'journal', genre: 'research-article', source: 's', order: 0, paragraphCount: 1, editorialNotes: [] },
    [
      { kind: 'heading', level: 3, lines: [2], text: '（一）小节', id: 'pa', n: 0 },
      { kind: 'paragraph', role: 'caption', lines: [3, 4], text: '{alert(1)} <b>', id: 'pb', n: 1 },
    ],
  );
  assert.match(mdx, /^---\ntitle:\n {2}value: 标题\n/u);
  assert.ok(mdx.endsWith('---\n\n<Heading id="pa" level={3} lines="2">（一）小节</Heading>\n\n<Para id="pb" n={1} lines="3-4" role="caption">\\{alert(1)\\} \\<b\\></Para>\n'));
});

test('writer: a table has its caption, then the header row in <TableHead> and the data rows in <TableBody>', () => {
  const mdx = writeArticle(
    { title: { value: '标题', basis: 'stated', evidence: 'L1' }, authors: [], sourceKind: 'journal', genre: 'research-article', source: 's', order: 0, paragraphCount: 0, editorialNotes: [] },
    [
      {
        kind: 'table',
        lines: [462, 464],
        text: '',
        id: 'pevjcr0',
        n: 0,
        table: { caption: '表1　一览表', header: ['时间', '国际组织'], rows: [['2005.4.12', '独联体'], ['2005.4.21', '东南亚国家联盟']] },
      },
    ],
  );
  const body = mdx.slice(mdx.indexOf('<Table '));
  assert.equal(
    body,
    [
      '<Table id="pevjcr0" lines="462,464">',
      '<TableCaption>表1　一览表</TableCaption>',
      '<TableHead>',
      '<Row header><Cell header>时间</Cell><Cell header>国际组织</Cell></Row>',
      '</TableHead>',
      '<TableBody>',
      '<Row id="pevjcr0-r1"><Cell>2005.4.12</Cell><Cell>独联体</Cell></Row>',
      '<Row id="pevjcr0-r2"><Cell>2005.4.21</Cell><Cell>东南亚国家联盟</Cell></Row>',
      '</TableBody>',
      '</Table>',
      '',
    ].join('\n'),
  );
});

test('writer: front matter has no number, and an old link to a field now in the metadata says so', () => {
  const frontmatter = {
    title: { value: '标题', basis: 'stated', evidence: 'L3' }, authors: [], sourceKind: 'journal', genre: 'research-article', source: 's', order: 0, paragraphCount: 1, editorialNotes: [],
    frontMatter: { classification: { value: 'D813.4', basis: 'stated', evidence: 'L13 【中图分类号】' } },
  } as const;
  const mdx = writeArticle(
    frontmatter as never,
    [
      { kind: 'paragraph', role: 'abstract', lines: [7], text: '【内容摘要】自2017年6月以来……', id: 'pa', n: 0 },
      { kind: 'paragraph', lines: [25], text: '2018年6月……', id: 'pb', n: 1 },
    ],
    [
      { id: 'pc', text: 'paragraph:【中图分类号】D813.4' },
      { id: 'pd', text: 'paragraph:已删除的一段。' },
    ],
  );
  assert.ok(mdx.includes('<Para id="pa" lines="7" role="abstract">【内容摘要】自2017年6月以来……</Para>'));
  assert.ok(mdx.includes('<Para id="pb" n={1} lines="25">'));
  assert.ok(mdx.includes('<Retired id="pc" moved="metadata">【中图分类号】D813.4</Retired>'));
  assert.ok(mdx.includes('<Retired id="pd">已删除的一段。</Retired>'));
});
