/**
 * `/search/data/<version>/titles/<n>.json`: title shard n, the titles of the manifest's articles
 * n·size … n·size + size − 1 in site order (search/shared/article-table.ts; the manifest's
 * `articles.titleShardSize`); the search page fetches the shards of the articles it shows. Deterministic.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildSearchDataVersion, buildSearchTitleShards } from '../../../../../search/index/build-manifest.ts';

export const getStaticPaths = (async () => {
  const version = await buildSearchDataVersion();
  return (await buildSearchTitleShards()).map((body, shard) => ({ params: { version, shard: String(shard) }, props: { body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props['body'] as string, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
