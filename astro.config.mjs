// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { remarkPlugins } from './src/markdown/remark-plugins.ts';

// Astro 7's default Markdown processor (Sätteri) ignores remark plugins; the unified processor runs them,
// and MDX inherits it. Published text must be exactly the normalised text, so:
// - SmartyPants is off: it would turn the sources' ASCII quotes and "--" into other characters;
// - GFM is off: its autolink literals ignore backslash escapes, so `http://x.org/\_a` would publish the
//   backslash (found by tests/render/mdx-escape.property.test.ts). Tables and notes are our components.
export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: unified({ remarkPlugins, smartypants: false, gfm: false }),
  },
  integrations: [mdx()],
});
