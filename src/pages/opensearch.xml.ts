/**
 * `/opensearch.xml`: the OpenSearch description of the site's search (lib/opensearch.ts), served as
 * `application/opensearchdescription+xml` (here for `astro dev`/`preview`; public/_headers for static hosts).
 * Errors: throws when astro.config.mjs sets no `site`.
 */
import type { APIRoute } from 'astro';
import { openSearchDescription, openSearchMediaType } from '../lib/opensearch.ts';

export const GET: APIRoute = ({ site }) => {
  if (site === undefined) throw new Error('opensearch.xml: astro.config.mjs sets no site');
  return new Response(openSearchDescription(site), { headers: { 'Content-Type': `${openSearchMediaType}; charset=utf-8` } });
};
