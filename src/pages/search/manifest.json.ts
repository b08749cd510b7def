/**
 * `/search/manifest.json`: the articles' facets and block sizes, the fold map, the glossary names and
 * Pagefind's cost that the search page needs before it can parse and plan a query
 * (search/build-manifest.ts, search/search-data.ts). Built once; deterministic.
 */
import type { APIRoute } from 'astro';
import { buildSearchManifest } from '../../search/build-manifest.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await buildSearchManifest()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
