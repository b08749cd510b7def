/**
 * `/articles/<slug>/raw-lines.json` (routes.ts `articleRawLinesPath`): the raw source lines the article's
 * blocks were normalised from, `{ "<line number>": "<raw text>", … }` in ascending line order, every line
 * some block's `lines` names and no other (content-model/raw-source/raw-lines-file.ts). The provenance
 * viewer (components/provenance-viewer.ts) fetches it when a reader first opens a block's 原文, so the
 * article page itself carries none of this text.
 *
 * Errors: the build fails when the article's source file is missing (raw-source.ts) or the corpus lacks
 * an article the collection holds.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { articleStaticPaths, type Article } from '../../../lib/articles.ts';
import { corpus } from '../../../lib/knowledge.ts';
import { rawLines } from '../../../content-model/raw-source/raw-source.ts';
import { rawLinesJson } from '../../../content-model/raw-source/raw-lines-file.ts';

export const getStaticPaths = articleStaticPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = ({ props: { article } }) => {
  const corpusArticle = corpus().find((a) => a.slug === article.id);
  if (!corpusArticle) throw new Error(`article ${article.id}: the collection holds it but the corpus does not`);
  const body = rawLinesJson(rawLines(article.data.source), corpusArticle.blocks);
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
