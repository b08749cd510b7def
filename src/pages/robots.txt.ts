/**
 * `/robots.txt`: every page may be crawled, and the sitemap index (@astrojs/sitemap, astro.config.mjs)
 * is named by its absolute URL on the build's origin, as the robots exclusion protocol asks.
 * Errors: throws when astro.config.mjs sets no `site`.
 */
import type { APIRoute } from 'astro';
import { sitemapIndexPath } from '../routes.ts';

export const GET: APIRoute = ({ site }) => {
  if (site === undefined) throw new Error('robots.txt: astro.config.mjs sets no site');
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(sitemapIndexPath, site).href}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
