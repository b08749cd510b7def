/**
 * schema.org description of an article as JSON-LD, for the `<script type="application/ld+json">` in the
 * article page's head (ArticleHead.astro).
 *
 * `articleJsonLd(data, url)` → a plain object:
 * - `@type`: `ScholarlyArticle` for journal articles and roundtable pages, `NewsArticle` for newspapers;
 * - `headline`: the title, with the subtitle after `：` (as csl-item.ts);
 * - `author`: one `Person` per author or reporter (not the interviewee), with `affiliation` as an
 *   `Organization` when the text gives one;
 * - `datePublished`: the ISO 8601 date as precise as known (`2019`, `2021-09`);
 * - `isPartOf`: the issue and periodical as known: `PublicationIssue` (`issueNumber`) inside a
 *   `Periodical` (`name`), or either alone (same container and issue as the CSL item);
 * - `pageStart`/`pageEnd`; `sameAs`: `https://doi.org/<DOI>`; `keywords` (the printed keywords, a list);
 *   `inLanguage`: `zh-CN`;
 * - `url` and `mainEntityOfPage` (a `WebPage` with that `@id`): the canonical URL.
 * Unknown values are left out.
 *
 * ArticleHead.astro writes it with src/lib/script-json.ts, so no source text can end the script.
 * Errors: none.
 */
import type { ArticleFrontmatter } from '../content-model/schemas/article.ts';
import { cslItem } from './csl-item.ts';

type JsonLd = { [key: string]: string | number | string[] | JsonLd | JsonLd[] };

/**
 * The schema.org `ScholarlyArticle`/`NewsArticle` of the article with frontmatter `data` at `url`; an
 * official document is a `CreativeWork` whose `author` is its issuing body (an `Organization`) and whose
 * `dateCreated` is its date of adoption.
 */
export function articleJsonLd(data: ArticleFrontmatter, url: string): JsonLd {
  const item = cslItem(data, url, url);
  const ld: JsonLd = {
    '@context': 'https://schema.org',
    '@type': data.sourceKind === 'newspaper' ? 'NewsArticle' : data.sourceKind === 'official-document' ? 'CreativeWork' : 'ScholarlyArticle',
    headline: item.title,
  };
  if (data.sourceKind === 'official-document' && data.issuer) ld['author'] = { '@type': 'Organization', name: data.issuer.value };
  const authors = data.authors.filter((a) => a.role !== 'interviewee');
  if (authors.length > 0) {
    ld['author'] = authors.map((a) => ({
      '@type': 'Person',
      name: a.name.value,
      ...(a.affiliation && { affiliation: { '@type': 'Organization', name: a.affiliation.value } }),
    }));
  }
  if (data.date) ld[data.sourceKind === 'official-document' ? 'dateCreated' : 'datePublished'] = data.date.value;
  const periodical: JsonLd | undefined = item['container-title'] ? { '@type': 'Periodical', name: item['container-title'] } : undefined;
  if (item.issue) {
    ld['isPartOf'] = { '@type': 'PublicationIssue', issueNumber: item.issue, ...(periodical && { isPartOf: periodical }) };
  } else if (periodical) {
    ld['isPartOf'] = periodical;
  }
  if (data.pages) {
    ld['pageStart'] = data.pages.value.first;
    ld['pageEnd'] = data.pages.value.last;
  }
  if (item.DOI) ld['sameAs'] = `https://doi.org/${item.DOI}`;
  if (data.frontMatter?.keywords) ld['keywords'] = data.frontMatter.keywords.value;
  ld['inLanguage'] = 'zh-CN';
  ld['url'] = url;
  ld['mainEntityOfPage'] = { '@type': 'WebPage', '@id': url };
  return ld;
}

