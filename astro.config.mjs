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
  // The site's public origin, from which the canonical URL, the Highwire/Open Graph/JSON-LD metadata and
  // the URL inside every citation download are made (Astro.site). Deployments set SCO_SITE_URL (e.g.
  // `SCO_SITE_URL=https://sco.example.org npm run build`); the default is where `npm start` serves.
  site: process.env.SCO_SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: unified({ remarkPlugins, smartypants: false, gfm: false }),
  },
  integrations: [mdx()],
});
