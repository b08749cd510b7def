/**
 * Unit tests of the glossary auto-linker on MDX shaped like the normaliser's output (text from
 * sun-zhuangzhi-sco-community and han-lu-sco-international-cooperation): what it links, what it leaves alone,
 * and that it never changes the text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import type { Node, Parent } from 'unist';
import { remarkGlossaryLinks } from './remark-glossary-links.ts';

const terms = [
  { slug: 'sco', aliases: ['上海合作组织', '上合组织'] },
  { slug: 'sco-charter', aliases: ['上海合作组织宪章'] },
  { slug: 'shanghai-spirit', aliases: ['上海精神'] },
];

/** The MDX tree after the plugin, flattened to text with `[slug|text]` for each Term element. */
function linked(mdx: string): string {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGlossaryLinks, { terms });
  const tree = processor.runSync(processor.parse(mdx));
  const flat = (node: Node): string => {
    if ('value' in node && node.type === 'text') return node.value as string;
    const jsx = node as Parent & { name?: string; attributes?: { name: string; value: string }[] };
    const inner = 'children' in node ? jsx.children.map(flat).join('') : '';
    if (jsx.name === 'Term') return `[${jsx.attributes![0]!.value}|${inner}]`;
    if (jsx.name === 'NoteRef') return '<NoteRef/>';
    if (node.type === 'link') return `<link ${inner}>`;
    if (node.type === 'inlineCode') return `\`${(node as unknown as { value: string }).value}\``;
    return inner + (node.type === 'mdxJsxFlowElement' || node.type === 'paragraph' ? '\n' : '');
  };
  return flat(tree).trim();
}

test('the first occurrence of each term in a paragraph is linked, longest alias first', () => {
  assert.equal(
    linked('<Para id="p1" n={1} lines="1">《上海合作组织宪章》指出，上海合作组织坚持“上海精神”，上合组织……</Para>'),
    '《[sco-charter|上海合作组织宪章]》指出，[sco|上海合作组织]坚持“[shanghai-spirit|上海精神]”，上合组织……',
  );
});

test('each paragraph links its own first occurrences', () => {
  assert.equal(
    linked('<Para id="p1" n={1} lines="1">上合组织成立。</Para>\n\n<Para id="p2" n={2} lines="2">上合组织扩员。</Para>'),
    '[sco|上合组织]成立。\n[sco|上合组织]扩员。',
  );
});

test('headings, footnotes, captions, links, code, URLs and note references are left alone', () => {
  const mdx = [
    '<Heading id="h1" level={2} lines="1">一　上海合作组织国际合作的原则</Heading>',
    '',
    '<Para id="p1" n={1} lines="2">见 [上海合作组织](http://x.org) 与 `上海精神`，http://chn.sectsco.org/上海合作组织/ 所载<NoteRef n={1} />。上海精神</Para>',
    '',
    '<Notes>',
    '',
    '<Note n={1} lines="3">《上海合作组织宪章》，http://chn.sectsco.org/documents/</Note>',
    '',
    '</Notes>',
  ].join('\n');
  assert.equal(
    linked(mdx),
    '一　上海合作组织国际合作的原则\n见 <link 上海合作组织> 与 `上海精神`，http://chn.sectsco.org/上海合作组织/ 所载<NoteRef/>。[shanghai-spirit|上海精神]\n《上海合作组织宪章》，http://chn.sectsco.org/documents/',
  );
});

test('table cells are linked, each cell on its own', () => {
  assert.equal(
    linked('<Table id="t1">\n<Row id="t1-r1"><Cell>2005.4.21</Cell><Cell>《上海合作组织秘书处与东南亚国家联盟秘书处谅解备忘录》</Cell></Row>\n</Table>'),
    '2005.4.21《[sco|上海合作组织]秘书处与东南亚国家联盟秘书处谅解备忘录》',
  );
});
