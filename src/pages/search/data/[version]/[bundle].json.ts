/**
 * `/search/data/<version>/blocks.json`: every article's published blocks in one file, keyed by slug
 * (search/index/search-data.ts `searchBlocksBundleJson`), built only when a first search reads every article
 * anyway (search/shared/search-plan.ts `readsEveryArticle`), so that the results page makes one
 * request for them instead of one per article. A larger corpus gets no such file (no path below) and
 * its searches fetch `/search/data/<version>/blocks/<slug>.json` for their candidates only.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { corpus } from '../../../../lib/knowledge.ts';
import { buildSearchDataVersion, buildSearchManifest } from '../../../../search/index/build-manifest.ts';
import { searchBlocksBundleJson } from '../../../../search/index/search-data.ts';
import { readsEveryArticle } from '../../../../search/shared/search-plan.ts';

export const getStaticPaths = (async () =>
  readsEveryArticle(await buildSearchManifest()) ? [{ params: { version: await buildSearchDataVersion(), bundle: 'blocks' } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = () =>
  new Response(searchBlocksBundleJson(corpus()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
