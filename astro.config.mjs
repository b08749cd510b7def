// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { remarkPlugins } from './src/markdown/remark-plugins.ts';

// Astro 7's default Markdown processor (Sätteri) ignores remark plugins; the unified processor runs them,
// and MDX inherits it. SmartyPants is off: it would turn the sources' ASCII quotes and "--" into other
// characters, and published text must be exactly the normalised text.
export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: unified({ remarkPlugins, smartypants: false }),
  },
  integrations: [mdx()],
});
