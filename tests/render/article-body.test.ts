/**
 * The article page renders each body from the tree of src/markdown/article-body.ts instead of an MDX
 * module (content-layer rendering). This checks that the tree renders exactly what MDX itself renders:
 * for every article of content/articles/, @mdx-js/mdx's `evaluate` of the file (with the site's remark
 * plugins and the glossary auto-linker, as astro.config.mjs gives them) and the tree, both rendered with
 * the same stand-in components (each prints its name and props as an element), give the same HTML.
 * It also checks the tree's errors: an attribute expression that is not a JSON literal (nothing in a
 * source runs as code), a markdown construct an article does not hold, each named with file and line.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { evaluate } from '@mdx-js/mdx';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent } from 'hast';
import { remarkPlugins } from '../../src/content-model/corpus/remark-plugins.ts';
import { contentDir } from '../../src/content-model/files/content-dir.ts';
import { glossaryAliases } from '../../src/content-model/glossary/glossary-aliases.ts';
import { remarkGlossaryLinks } from '../../src/markdown/remark-glossary-links.ts';
import { ArticleBodyError, articleBodyNodes, linkNoteUrls, readArticleBody, type BodyNode } from '../../src/markdown/article-body.ts';

const folder = join(contentDir, 'articles');
const files = readdirSync(folder).filter((name) => name.endsWith('.mdx')).sort();
const terms = glossaryAliases(contentDir);

/** A stand-in for a component: an element named after it, its props (but children) as one attribute. */
function standIn(name: string, props: Record<string, unknown>, children: ElementContent[]): Element {
  const { children: _ignored, ...rest } = props;
  return h(`x-${name.toLowerCase()}`, { dataProps: JSON.stringify(rest, Object.keys(rest).sort()) }, children);
}

const componentNames = ['Para', 'Heading', 'PageMark', 'NoteRef', 'Notes', 'Note', 'Table', 'TableCaption', 'TableHead', 'TableBody', 'Row', 'Cell', 'Retired', 'Term'];

/** Children as MDX's JSX hands them (a string, an element, an array of both) → hast content. */
function content(raw: unknown): ElementContent[] {
  if (raw === undefined || raw === null) return [];
  if (Array.isArray(raw)) return raw.flatMap(content);
  if (typeof raw === 'string') return [{ type: 'text', value: raw }];
  return [raw as ElementContent];
}

/** A JSX runtime for evaluate(): function components are called, tag names become hast elements. */
const Fragment = 'x-fragment';
function jsx(type: unknown, props: Record<string, unknown>): unknown {
  if (typeof type === 'function') return type(props);
  const { children, ...attributes } = props;
  return h(type as string, attributes as never, content(children));
}
const runtime = { Fragment, jsx, jsxs: jsx };

async function mdxHtml(source: string): Promise<string> {
  const options = { ...runtime, remarkPlugins: [...remarkPlugins, [remarkGlossaryLinks, { terms }]] };
  const { default: Content } = await evaluate(source, options as never);
  const components = Object.fromEntries(
    componentNames.map((name) => [name, (props: Record<string, unknown>) => standIn(name, props, content(props.children))]),
  );
  const tree = (Content as (props: object) => Element)({ components });
  assert.equal(tree.tagName, Fragment);
  return toHtml(tree.children);
}

function treeContent(nodes: BodyNode[]): ElementContent[] {
  return nodes.map((node): ElementContent => {
    if (node.type === 'text') return { type: 'text', value: node.value };
    if (node.type === 'element') return h(node.tagName, node.attributes, treeContent(node.children));
    return standIn(node.name, node.props, treeContent(node.children));
  });
}

for (const name of files) {
  test(`${name}: the body tree renders what MDX renders`, async () => {
    const source = readFileSync(join(folder, name), 'utf8');
    const expected = await mdxHtml(source.replace(/^---\n[\s\S]*?\n---\n/, ''));
    const actual = toHtml(treeContent(readArticleBody(name.slice(0, -'.mdx'.length))));
    assert.ok(expected.includes('<x-para'), 'MDX rendered no paragraph: the comparison would be empty');
    assert.equal(actual, expected);
  });
}

test('attribute expressions are JSON literals: numbers, strings, booleans; bare attributes are true', () => {
  const [para] = articleBodyNodes('<Para id="p1" n={3} lines="4" header>甲</Para>\n', 'x.mdx', 10, []);
  assert.deepEqual(para, {
    type: 'component',
    name: 'Para',
    props: { id: 'p1', n: 3, lines: '4', header: true },
    line: 10,
    children: [{ type: 'text', value: '甲' }],
  });
});

test('an attribute expression that is code is refused, naming file and line, not run', () => {
  assert.throws(
    () => articleBodyNodes('\n<Para id="p1" n={globalThis.x = 1}>甲</Para>\n', 'x.mdx', 5, []),
    (error: unknown) => error instanceof ArticleBodyError && /^x\.mdx:6: <Para> attribute "n=\{globalThis\.x = 1\}"/.test(error.message),
  );
  assert.equal((globalThis as { x?: unknown }).x, undefined);
});

test('markdown an article does not hold (a list) is refused with file and line', () => {
  assert.throws(() => articleBodyNodes('<Para id="p1">甲</Para>\n\n- 乙\n', 'x.mdx', 1, []), /^ArticleBodyError: x\.mdx:3: markdown <ul>/);
});

test('the glossary auto-linker runs: a term in a paragraph becomes a Term component', () => {
  const nodes = articleBodyNodes('<Para id="p1" n={1}>上海合作组织成立。</Para>\n', 'x.mdx', 1, [{ slug: 'sco', aliases: ['上海合作组织'] }]);
  const para = nodes[0] as Extract<BodyNode, { type: 'component' }>;
  assert.deepEqual(para.children[0], { type: 'component', name: 'Term', props: { slug: 'sco' }, line: 1, children: [{ type: 'text', value: '上海合作组织' }] });
});

test('web addresses in footnotes become links with their text unchanged; elsewhere and other schemes stay text', () => {
  const nodes = linkNoteUrls(
    articleBodyNodes(
      '<Para id="p1" n={1}>见http://a.org/x。</Para>\n\n<Notes>\n\n<Note n={1}>《宣言》，http://chn.sectsco.org/documents/。另见www.sco.org.cn/a, javascript:alert(1)</Note>\n\n</Notes>\n',
      'x.mdx',
      1,
      [],
    ),
  );
  const para = nodes[0] as Extract<BodyNode, { type: 'component' }>;
  assert.deepEqual(para.children, [{ type: 'text', value: '见http://a.org/x。' }], 'paragraphs are left alone');
  const notes = nodes.find((n) => n.type === 'component' && n.name === 'Notes') as Extract<BodyNode, { type: 'component' }>;
  const note = notes.children.find((n) => n.type === 'component') as Extract<BodyNode, { type: 'component' }>;
  assert.deepEqual(note.children, [
    { type: 'text', value: '《宣言》，' },
    { type: 'element', tagName: 'a', attributes: { href: 'http://chn.sectsco.org/documents/' }, children: [{ type: 'text', value: 'http://chn.sectsco.org/documents/' }] },
    { type: 'text', value: '。另见' },
    { type: 'element', tagName: 'a', attributes: { href: 'http://www.sco.org.cn/a' }, children: [{ type: 'text', value: 'www.sco.org.cn/a' }] },
    { type: 'text', value: ', javascript:alert(1)' },
  ]);
});
