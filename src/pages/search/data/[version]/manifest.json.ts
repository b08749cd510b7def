/**
 * `/search/data/<version>/manifest.json`: the articles' facets and block sizes, the fold map, the glossary
 * names and Pagefind's cost that the search page needs before it can parse and plan a query
 * (search/index/build-manifest.ts, search/index/search-data.ts). One path: this build's version (a digest of the
 * search data, routes.ts). Built once; deterministic.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildSearchDataVersion, buildSearchManifest } from '../../../../search/index/build-manifest.ts';

export const getStaticPaths = (async () => [{ params: { version: await buildSearchDataVersion() } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await buildSearchManifest()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
