/**
 * The citation files of every article, `/articles/<slug>/cite.ris`, `cite.bib` and `cite.json`: what they
 * are (`citationDownloads`), where they are (`downloadPath`), the article's canonical URL they carry
 * (`canonicalUrl`), and the static endpoint that writes them (`citationEndpoint`, used by the three files
 * in src/pages/articles/[slug]/). The paths are routes.ts's (`citationFilePath`, `articlePath`).
 *
 * The item in each file is `cslItem(article)` with the canonical absolute URL and no access date, so a
 * build is reproducible. A static build writes only the body; the `Content-Type` of the response holds
 * in `astro dev`, and a static host must map the three files to these types itself (docs/deploy.md#deploy).
 * Errors: `canonicalUrl` and the endpoints throw when astro.config.mjs sets no `site`.
 */
import type { APIRoute } from 'astro';
import type { Article } from '../lib/articles.ts';
import { articlePath, citationFilePath } from '../routes.ts';
import { cslItem, type CslItem } from './csl-item.ts';
import { toBibtex, toCslJson, toRis } from './exports.ts';

export interface CitationDownload {
  /** File name under the article's path. */
  file: 'cite.ris' | 'cite.bib' | 'cite.json';
  /** Name of the format as shown to readers. */
  label: string;
  /** Registered or customary media type of the format (without charset). */
  mediaType: string;
  /** File extension for the saved file, `<slug>.<extension>`. */
  extension: string;
  write(item: CslItem): string;
}

export const citationDownloads: readonly CitationDownload[] = [
  { file: 'cite.ris', label: 'RIS', mediaType: 'application/x-research-info-systems', extension: 'ris', write: toRis },
  { file: 'cite.bib', label: 'BibTeX', mediaType: 'application/x-bibtex', extension: 'bib', write: toBibtex },
  { file: 'cite.json', label: 'CSL-JSON', mediaType: 'application/vnd.citationstyles.csl+json', extension: 'json', write: toCslJson },
];

/** Root-relative path of one of the article's citation files, e.g. `/articles/<slug>/cite.ris`. */
export function downloadPath(article: Article, download: CitationDownload): string {
  return citationFilePath(article.id, download.file);
}

/** The article page's canonical absolute URL: its path on the configured `site` (SCO_SITE_URL). */
export function canonicalUrl(article: Article, site: URL | undefined): string {
  if (!site) throw new Error('astro.config.mjs sets no `site`: the canonical URL of an article cannot be made');
  return new URL(articlePath(article.id), site).href;
}

/** The `GET` of the static endpoint writing `file` for the article in its props. */
export function citationEndpoint(file: CitationDownload['file']): APIRoute<{ article: Article }> {
  const download = citationDownloads.find((d) => d.file === file)!;
  return ({ props: { article }, site }) => {
    const body = download.write(cslItem(article.data, article.id, canonicalUrl(article, site)));
    return new Response(body, { headers: { 'Content-Type': `${download.mediaType}; charset=utf-8` } });
  };
}
