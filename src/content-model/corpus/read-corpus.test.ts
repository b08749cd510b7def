/** Unit tests of reading the published blocks back from generated MDX (snippets from content/articles/). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { compareCorpusArticles, readArticleBlocks, readCorpus, CorpusError } from './read-corpus.ts';

// han-lu-sco-international-cooperation.mdx (from the source of the same slug): a heading with a page mark, a paragraph with two
// note references, the first rows of table 1, and a note.
const body = [
  '<Heading id="pjgltlq" level={2} lines="45" page={53}><PageMark page={53} />一　上海合作组织国际合作的原则与理念</Heading>',
  '',
  '<Para id="pb8ecn4" n={7} lines="58,60" page={53}>共同促进和巩固本地区及世界的和平与稳定<NoteRef n={1} />。《上海合作组织宪章》指出<NoteRef n={2} />。</Para>',
  '',
  '<Table id="pevjcr0" lines="462">',
  '<TableCaption>表1　上海合作组织与国际组织合作情况一览表</TableCaption>',
  '<TableHead>',
  '<Row header><Cell header>时间</Cell><Cell header>国际组织</Cell></Row>',
  '</TableHead>',
  '<TableBody>',
  '<Row id="pevjcr0-r1"><Cell>2005.4.12</Cell><Cell>独联体</Cell></Row>',
  '</TableBody>',
  '</Table>',
  '',
  '<Notes>',
  '',
  '<Note n={1} lines="86" page={53}>《上海合作组织成立宣言》，http://chn.sectsco.org/documents/</Note>',
  '',
  '</Notes>',
].join('\n');

test('blocks carry the published text, without note numbers or page marks, their anchors, raw lines (a table\'s cells and caption the table\'s), print pages and the notes they refer to', () => {
  assert.deepEqual(readArticleBlocks('han-lu', body), [
    { article: 'han-lu', anchor: 'pjgltlq', kind: 'heading', text: '一　上海合作组织国际合作的原则与理念', lines: '45', page: 53 },
    { article: 'han-lu', anchor: 'pb8ecn4', kind: 'paragraph', n: 7, text: '共同促进和巩固本地区及世界的和平与稳定。《上海合作组织宪章》指出。', lines: '58,60', page: 53, notes: [1, 2] },
    { article: 'han-lu', anchor: 'pevjcr0', kind: 'caption', text: '表1　上海合作组织与国际组织合作情况一览表', lines: '462' },
    { article: 'han-lu', anchor: 'pevjcr0', kind: 'cell', text: '时间', lines: '462' },
    { article: 'han-lu', anchor: 'pevjcr0', kind: 'cell', text: '国际组织', lines: '462' },
    { article: 'han-lu', anchor: 'pevjcr0-r1', kind: 'cell', text: '2005.4.12', lines: '462' },
    { article: 'han-lu', anchor: 'pevjcr0-r1', kind: 'cell', text: '独联体', lines: '462' },
    { article: 'han-lu', anchor: 'note-1', kind: 'note', n: 1, text: '《上海合作组织成立宣言》，http://chn.sectsco.org/documents/', lines: '86', page: 53 },
  ]);
});

test('MDX escapes are read back as the characters they stand for', () => {
  const [block] = readArticleBlocks('x', '<Para id="p1" n={1} lines="1">a \\{b\\} \\<c\\> \\*d\\*</Para>');
  assert.equal(block!.text, 'a {b} <c> *d*');
});

test('a block without its id is an error naming the file and line', () => {
  assert.throws(() => readArticleBlocks('x', '\n\n<Para n={1} lines="1">文</Para>', 'x.mdx', 10), (error: Error) =>
    error instanceof CorpusError && error.message === 'x.mdx:13: <Para> has no id',
  );
});

test('the real corpus reads back with as many numbered paragraphs as each article\'s frontmatter counts, numbered 1…N', () => {
  const corpus = readCorpus();
  assert.equal(corpus.length, 8);
  for (const article of corpus) {
    const numbers = article.blocks.filter((b) => b.kind === 'paragraph' && b.n !== undefined).map((b) => b.n);
    const declared = /paragraphCount: (\d+)/.exec(readFileSync(`content/articles/${article.slug}.mdx`, 'utf8'))![1];
    assert.deepEqual(numbers, Array.from({ length: Number(declared) }, (_, i) => i + 1), article.slug);
  }
});

test('corpus order is by file name, not by slug, and is the order readCorpus returns', () => {
  const slugs = ['a', 'a-b', 'b', 'a0'].map((slug) => ({ slug }));
  assert.deepEqual([...slugs].sort(compareCorpusArticles).map((a) => a.slug), ['a-b', 'a', 'a0', 'b']);
  const corpus = readCorpus();
  assert.deepEqual([...corpus].sort(compareCorpusArticles).map((a) => a.slug), corpus.map((a) => a.slug));
});

test('the blocks\' lines are every lines="…" the MDX carries (what the article page lists in its provenance map)', () => {
  for (const article of readCorpus()) {
    const mdx = readFileSync(`content/articles/${article.slug}.mdx`, 'utf8');
    const written = new Set([...mdx.matchAll(/ lines="([^"]+)"/gu)].map((m) => m[1]));
    assert.deepEqual(new Set(article.blocks.flatMap((b) => (b.lines === undefined ? [] : [b.lines]))), written, article.slug);
  }
});

test('readCorpus reads a folder once: later calls return the same articles', () => {
  assert.equal(readCorpus(), readCorpus());
});
