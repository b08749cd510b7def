/**
 * `/search/data/<version>/chunks/<n>.json`: chunk n of the published blocks, the manifest's
 * `index.chunkSize` consecutive blocks by id (search/index/search-data.ts `searchBlockChunks`); the search
 * page fetches only the chunks holding its candidate blocks (search/client/run-search.ts). Deterministic.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildSearchBlockChunks, buildSearchDataVersion } from '../../../../../search/index/build-manifest.ts';

export const getStaticPaths = (async () => {
  const version = await buildSearchDataVersion();
  return (await buildSearchBlockChunks()).map((body, chunk) => ({ params: { version, chunk: String(chunk) }, props: { body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props['body'] as string, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
