/**
 * The site's remark plugins (src/content-model/corpus/remark-plugins.ts) turn `**“上海精神”**是…` into
 * `<strong>“上海精神”</strong>是…`, and it is remark-cjk-friendly that does it: the same processor
 * without the plugins leaves the asterisks as text, as CommonMark requires.
 *
 * Renders with @astrojs/markdown-remark's `createMarkdownProcessor`, configured like astro.config.mjs
 * (SmartyPants and GFM off); no built site needed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createMarkdownProcessor, type RemarkPlugins } from '@astrojs/markdown-remark';
import { remarkPlugins } from '../../src/content-model/corpus/remark-plugins.ts';

const source = '**“上海精神”**是上海合作组织的灵魂。';

async function renderHtml(plugins: RemarkPlugins): Promise<string> {
  const processor = await createMarkdownProcessor({
    remarkPlugins: plugins,
    smartypants: false,
    gfm: false,
    syntaxHighlight: false,
  });
  return (await processor.render(source)).code;
}

test('emphasis closing on CJK punctuation before a Han character becomes <strong>', async () => {
  assert.equal(await renderHtml(remarkPlugins), '<p><strong>“上海精神”</strong>是上海合作组织的灵魂。</p>');
});

test('without remark-cjk-friendly the same source keeps its asterisks', async () => {
  const html = await renderHtml([]);
  assert.doesNotMatch(html, /<strong>/);
  assert.equal(html, `<p>${source}</p>`);
});
