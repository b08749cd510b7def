// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { remarkPlugins } from './src/content-model/corpus/remark-plugins.ts';
import { remarkGlossaryLinks } from './src/markdown/remark-glossary-links.ts';
import { glossaryAliases } from './src/content-model/glossary/glossary-aliases.ts';
import { contentDir } from './src/content-model/files/content-dir.ts';
import { modulePreload } from './src/integrations/module-preload.ts';
import { resolveSite } from './src/lib/site-url.ts';

// Astro 7's default Markdown processor (Sätteri) ignores remark plugins; the unified processor runs them,
// and MDX inherits it. Published text must be exactly the normalised text, so:
// - SmartyPants is off: it would turn the sources' ASCII quotes and "--" into other characters;
// - GFM is off: its autolink literals ignore backslash escapes, so `http://x.org/\_a` would publish the
//   backslash (found by tests/render/mdx-escape.property.test.ts). Tables and notes are our components.
// The glossary auto-linker (src/markdown/remark-glossary-links.ts) wraps the first occurrence of each glossary term in
// each article paragraph in a <Term> link; it reads the glossary's aliases from the content model
// (src/content-model/glossary/glossary-aliases.ts), once per build.
export default defineConfig({
  // The site's public origin, from which the canonical URL, the Highwire/Open Graph/JSON-LD metadata, the
  // URL inside every citation download and the printed citation are made (Astro.site). Deployments build
  // with `npm run build -- --site https://sco.example.org` (scripts/build.ts passes it on here as
  // SCO_SITE_URL) or set SCO_SITE_URL; the default is where `npm start` serves. A value that is not an
  // http(s) origin stops the build here (SiteUrlError, src/lib/site-url.ts).
  site: resolveSite(undefined, process.env.SCO_SITE_URL).origin,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: unified({
      remarkPlugins: [...remarkPlugins, [remarkGlossaryLinks, { terms: glossaryAliases(contentDir) }]],
      smartypants: false,
      gfm: false,
    }),
  },
  // modulePreload: after the build, each page preloads the chunks its module scripts import (one request
  // round instead of one per import level). sitemap: /sitemap-index.xml and its sitemap files, every page
  // but the 404 page; no <lastmod>: the sources record no date of change, and the build time would make
  // builds differ (robots.txt names the index: src/pages/robots.txt.ts).
  integrations: [mdx(), sitemap({ filter: (page) => !/\/404\/?$/u.test(new URL(page).pathname) }), modulePreload()],
});
