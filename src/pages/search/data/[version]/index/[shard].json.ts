/**
 * `/search/data/<version>/index/<n>.json`: shard n of the paragraph-level search index, key → encoded
 * block ids (search/index/postings-index.ts, search/shared/postings.ts); the search page fetches only the
 * shards of its query's keys (search/client/index-candidates.ts). As many as the manifest's
 * `index.shardCount`; deterministic.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildSearchDataVersion, buildSearchIndexShards } from '../../../../../search/index/build-manifest.ts';

export const getStaticPaths = (async () => {
  const version = await buildSearchDataVersion();
  return (await buildSearchIndexShards()).map((body, shard) => ({ params: { version, shard: String(shard) }, props: { body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props['body'] as string, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
