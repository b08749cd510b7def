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
