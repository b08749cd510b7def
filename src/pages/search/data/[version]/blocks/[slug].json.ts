/**
 * `/search/data/<version>/blocks/<slug>.json`: one article's published blocks for exact matching on the
 * search page (search/index/search-data.ts `searchBlocks`), fetched only for candidate articles.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { corpus } from '../../../../../lib/knowledge.ts';
import { buildSearchDataVersion } from '../../../../../search/index/build-manifest.ts';
import { searchBlocksJson } from '../../../../../search/index/search-data.ts';

export const getStaticPaths = (async () => {
  const version = await buildSearchDataVersion();
  return corpus().map((article) => ({ params: { version, slug: article.slug }, props: { article } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(searchBlocksJson(props['article']), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
