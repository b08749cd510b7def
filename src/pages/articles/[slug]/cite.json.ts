/**
 * `/articles/<slug>/cite.json`: the article's bibliography as CSL-JSON (application/vnd.citationstyles.csl+json), one item,
 * with the article's canonical URL (src/citations/downloads.ts, exports.ts).
 *
 * Errors: the build fails when astro.config.mjs sets no `site`.
 */
import type { GetStaticPaths } from 'astro';
import { articleStaticPaths } from '../../../lib/articles.ts';
import { citationEndpoint } from '../../../citations/downloads.ts';

export const getStaticPaths = articleStaticPaths satisfies GetStaticPaths;

export const GET = citationEndpoint('cite.json');
