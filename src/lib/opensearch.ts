/**
 * The OpenSearch 1.1 description of the site's search (`/opensearch.xml`, pages/opensearch.xml.ts), which
 * every page links (`<link rel="search">`, layouts/Base.astro) so that a browser can offer the site's
 * full-text search from its address bar.
 *
 * Input: the site's origin (a `URL`, astro.config.mjs `site`, already checked by lib/site-url.ts).
 * Output: the XML text: short name, description, language, input encoding, the icon, the results page as
 * a `text/html` template (`/search/?q={searchTerms}`, routes.ts) and the description's own URL (`rel="self"`).
 * Errors: none (every value is the site's own; the origin is escaped like any text).
 */
import { faviconPath, openSearchPath, searchTemplatePath } from '../routes.ts';
import { siteName } from './site.ts';

/** The media type OpenSearch descriptions are served as. */
export const openSearchMediaType = 'application/opensearchdescription+xml';

const escapeXml = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

/** The short name a browser shows (OpenSearch allows at most 16 characters). */
export const openSearchShortName = '上合文献知识库';

export function openSearchDescription(site: URL): string {
  // `{searchTerms}` must stay literal: build the template from the origin, not through URL (which would escape the braces).
  const origin = site.origin;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">',
    `  <ShortName>${escapeXml(openSearchShortName)}</ShortName>`,
    `  <Description>${escapeXml(`检索${siteName}的全文：论文、报道、访谈与官方文件，逐段命中`)}</Description>`,
    '  <Language>zh-CN</Language>',
    '  <InputEncoding>UTF-8</InputEncoding>',
    `  <Image type="image/svg+xml">${escapeXml(origin + faviconPath)}</Image>`,
    `  <Url type="text/html" method="get" template="${escapeXml(origin + searchTemplatePath)}"/>`,
    `  <Url type="${openSearchMediaType}" rel="self" template="${escapeXml(origin + openSearchPath)}"/>`,
    '</OpenSearchDescription>',
    '',
  ].join('\n');
}
