/**
 * Property: for any single-line text, escaping it (src/normaliser/mdx/escape.ts), writing it as the
 * normaliser writes a paragraph and a heading (`<Para>`, `<Heading>`), compiling that MDX with the site's remark plugins
 * (remark-cjk-friendly; GFM and SmartyPants off, as in astro.config.mjs), rendering to HTML
 * and reading the HTML's text gives back exactly the input. So `{ } < > * _ # [ ] \ ` |` and friends in
 * a source render literally, and nothing in a source can run as code.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { evaluate } from '@mdx-js/mdx';
import * as runtime from 'hastscript/jsx-runtime';
import { toHtml } from 'hast-util-to-html';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'hast';
import { remarkPlugins } from '../../src/content-model/corpus/remark-plugins.ts';
import { escapeMdxText } from '../../src/normaliser/mdx/escape.ts';

/** First element named `tag` in document order, or undefined. */
function select(tag: string, node: Root | Element): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === tag) return child;
    const found = select(tag, child);
    if (found) return found;
  }
  return undefined;
}

async function renderText(mdx: string): Promise<{ para: string; heading: string }> {
  // hastscript's runtime has `Fragment: null`, which evaluate() refuses; a wrapper element stands in.
  const options = { ...runtime, Fragment: 'div', remarkPlugins };
  const { default: Content } = await evaluate(mdx, options as never);
  const tree = (Content as (props: object) => Root)({ components: { Para: 'p', Heading: 'h2' } });
  const dom = fromHtml(toHtml(tree), { fragment: true });
  const para = select('p', dom);
  const heading = select('h2', dom);
  assert.ok(para && heading, `no <p>/<h2> rendered from ${mdx}`);
  return { para: toText(para), heading: toText(heading) };
}

const singleLine = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 60 })
  .map((s) => s.replace(/[\u0000-\u001F\u007F\u2028\u2029]/gu, '').trim())
  .filter((s) => s.length > 0 && !/\s{2,}/u.test(s));
const hostile = fc.constantFrom('{alert(1)}', '<script>alert(1)</script>', "import x from 'y'", 'export const a = 1', '<!-- x -->', '</p>', '**“上海精神”**是', '[x](javascript:alert(1))', '&amp; &lt;', '~~删~~', '| a | b |', '# 标题 #', '1. 列表', '\\{', 'http://www.sco.org/_a_*b*');
const text = fc.oneof(singleLine, hostile, fc.tuple(singleLine, hostile, singleLine).map((p) => p.join('').trim()));

test('escaped text round-trips through MDX → HTML → text', async () => {
  await fc.assert(
    fc.asyncProperty(text, async (input) => {
      const escaped = escapeMdxText(input);
      const { para, heading } = await renderText(`<Para id="p1" n={1} lines="1">${escaped}</Para>\n\n<Heading id="p2" level={2}>${escaped}</Heading>\n`);
      assert.equal(para, input);
      assert.equal(heading, input);
    }),
    { numRuns: 300, seed: 20261122 },
  );
});

test('escaping refuses line breaks and control characters', () => {
  assert.throws(() => escapeMdxText('a\nb'), /line break or control/);
  assert.throws(() => escapeMdxText('a\u0000b'), /line break or control/);
});
