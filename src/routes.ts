/**
 * Every URL the site publishes, made in one place. Pages, components, browser controllers, the search
 * index, the citation builders and the tools call these functions; no other module writes a path of the
 * site by hand (src/no-hand-built-urls.test.ts checks that).
 *
 * Every path is root-relative (the site is served from the root of its host; absolute URLs are
 * `new URL(path, site)`, lib/site-url.ts). Page paths end in `/` (Astro's `trailingSlash` default
 * with directory output); fragments are the ids the pages carry.
 *
 * Input: slugs of articles, glossary terms and timeline events (lowercase ASCII words joined by
 *   hyphens, as content-model/schemas/manifest.ts and the collections require), paragraph anchors (`p` + base-32,
 *   content-model/schemas/permalink-registry.ts, or any other id a page carries), 1-based raw line numbers, a
 *   search query (any text; percent-encoded here).
 * Output: strings, e.g. `paragraphPath('han-lu-sco-international-cooperation', 'p0k3m2a')` →
 *   `/articles/han-lu-sco-international-cooperation/#p0k3m2a`; `searchHitPath('yu-hongjun-post-cold-war-order-and-sco',
 *   '上合组织', 'paot43s')` → `/articles/yu-hongjun-post-cold-war-order-and-sco/?q=%E4%B8%8A%E5%90%88%E7%BB%84%E7%BB%87#paot43s`.
 * Errors: `RouteError` for a slug that is not a URL-safe slug, an empty anchor or one with characters a
 *   fragment would have to escape, a line number that is not a positive integer: a URL made from such a
 *   value would be broken or point somewhere else, and the mistake is the caller's.
 *
 * Browser-safe: no imports (the search page and the cite dialog run it in the browser).
 */

export class RouteError extends Error {
  override name = 'RouteError';
}

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const anchorPattern = /^[A-Za-z][A-Za-z0-9_-]*$/;

function slug(value: string, what: string): string {
  if (!slugPattern.test(value)) throw new RouteError(`${what} ${JSON.stringify(value)} is not a slug (lowercase words joined by hyphens)`);
  return value;
}

function anchor(value: string): string {
  if (!anchorPattern.test(value)) throw new RouteError(`anchor ${JSON.stringify(value)} is not an id a page carries (a letter, then letters, digits, - or _)`);
  return value;
}

/** The home page: every article, in site order. */
export const homePath = '/';

/**
 * Page `page` (1-based) of the catalogue of articles in site order (pages/index.astro, pages/catalogue/[page].astro):
 * the home page `/` for page 1, `/catalogue/<n>/` after it.
 */
export function cataloguePath(page: number): string {
  return pageNumber(page) === 1 ? homePath : `/catalogue/${page}/`;
}

/**
 * Page `page` (1-based) of the sources' normalisation reports (pages/about/sources.astro,
 * pages/about/sources/[page].astro): `/about/sources/` for page 1, `/about/sources/<n>/` after it.
 */
export function aboutSourcesPagePath(page: number): string {
  return pageNumber(page) === 1 ? aboutSourcesPath : `${aboutSourcesPath}${page}/`;
}

/** An article page, `/articles/<slug>/`. */
export function articlePath(article: string): string {
  return `/articles/${slug(article, 'article')}/`;
}

/** A paragraph (or any block) of an article: its permalink, `/articles/<slug>/#<anchor>`. */
export function paragraphPath(article: string, blockAnchor: string): string {
  return `${articlePath(article)}#${anchor(blockAnchor)}`;
}

/** The raw-line view of the source an article was normalised from, `/articles/<slug>/source/`. */
export function articleSourcePath(article: string): string {
  return `${articlePath(article)}source/`;
}

function rawLine(line: number): string {
  if (!Number.isInteger(line) || line < 1) throw new RouteError(`raw line ${line} is not a positive integer`);
  return `#L${line}`;
}

/** One raw line (1-based) in the raw-line view, `/articles/<slug>/source/#L17`. */
export function rawLinePath(article: string, line: number): string {
  return `${articleSourcePath(article)}${rawLine(line)}`;
}

/**
 * The same raw line as a link relative to the article page, `source/#L17`: what a block's 原文 link
 * (components/ProvenanceLink.astro) carries, since a block is rendered without knowing its article.
 */
export function rawLineFromArticlePath(line: number): string {
  return `source/${rawLine(line)}`;
}

/** One of an article's citation files (`cite.ris`, `cite.bib`, `cite.json`), `/articles/<slug>/cite.ris`. */
export function citationFilePath(article: string, file: 'cite.ris' | 'cite.bib' | 'cite.json'): string {
  return `${articlePath(article)}${file}`;
}

/**
 * A search hit: the article page with the query, so the page marks its occurrences, scrolled to the
 * paragraph: `/articles/<slug>/?q=<query, percent-encoded>#<anchor>`.
 */
export function searchHitPath(article: string, query: string, blockAnchor: string): string {
  return `${articlePath(article)}?q=${encodeURIComponent(query)}#${encodeURIComponent(anchor(blockAnchor))}`;
}

/** The glossary, `/glossary/`. */
export const glossaryPath = '/glossary/';

/** A glossary term's page, `/glossary/<slug>/`. */
export function glossaryTermPath(term: string): string {
  return `${glossaryPath}${slug(term, 'glossary term')}/`;
}

/** The timeline, `/timeline/`. */
export const timelinePath = '/timeline/';

/** A timeline event on the timeline page, `/timeline/#<event id>`. */
export function timelineEventPath(event: string): string {
  return `${timelinePath}#${slug(event, 'timeline event')}`;
}

/** The id of a year's section on the timeline page (`y2001`), and its link from the page itself (`#y2001`). */
export function timelineYearId(year: number): string {
  if (!Number.isInteger(year)) throw new RouteError(`year ${year} is not an integer`);
  return `y${year}`;
}

/** The search page, `/search/`; with a query, `/search/?q=<query, percent-encoded>`. */
export function searchPath(query?: string): string {
  return query === undefined || query === '' ? '/search/' : `/search/?q=${encodeURIComponent(query)}`;
}

/** The search page's path alone, what every search form's `action` is. */
export const searchFormAction = '/search/';

/**
 * The folder of one build's search data, `/search/data/<version>/` (search/index: the version is a
 * digest of the data, so a host may cache these files as immutable).
 */
export function searchDataBase(version: string): string {
  if (!/^[0-9a-f]+$/.test(version)) throw new RouteError(`search data version ${JSON.stringify(version)} is not a hex digest`);
  return `/search/data/${version}/`;
}

/** The files of one build's search data, given its folder (`searchDataBase`). */
export interface SearchDataPaths {
  /** Every article's search metadata. */
  manifest: string;
  /** Every article's blocks in one file. */
  bundle: string;
  /** One article's blocks. */
  blocks(article: string): string;
}

export function searchDataPaths(base: string): SearchDataPaths {
  return {
    manifest: `${base}manifest.json`,
    bundle: `${base}blocks.json`,
    blocks: (article) => `${base}blocks/${slug(article, 'article')}.json`,
  };
}

/** Pagefind's script, which Pagefind writes under `/pagefind/` after the build. */
export const pagefindBundlePath = '/pagefind/pagefind.js';

/** Pagefind's WebAssembly for an unknown language, which the search page preloads. */
export const pagefindWasmPath = '/pagefind/wasm.unknown.pagefind';

/** About the sources and their normalisation reports, `/about/sources/`. */
export const aboutSourcesPath = '/about/sources/';

/** How the site's citations are made, and the licences of the styles, `/about/citations/`. */
export const aboutCitationsPath = '/about/citations/';

/** A CSL style the site publishes (and the cite dialog fetches), `/citation-styles/<id>.json`. */
export function citationStylePath(style: string): string {
  return `/citation-styles/${slug(style, 'citation style')}.json`;
}

/** The site's icon. */
export const faviconPath = '/favicon.svg';

/** An article's data export (scripts/export-data.ts, content-model/schemas/article-export.ts), `/articles/<slug>/data.json`. */
export function articleDataPath(article: string): string {
  return `${articlePath(article)}data.json`;
}

/** An article's plain text (scripts/export-data.ts, lib/data-export.ts `articleText`), `/articles/<slug>/text.txt`. */
export function articleTextPath(article: string): string {
  return `${articlePath(article)}text.txt`;
}

/** An article as TEI P5 XML (scripts/export-data.ts, lib/tei.ts), `/articles/<slug>/tei.xml`. */
export function articleTeiPath(article: string): string {
  return `${articlePath(article)}tei.xml`;
}

/** The data export's page, `/about/data/`. */
export const aboutDataPath = '/about/data/';

/** The data export's folder, `/data/`, and its files (scripts/export-data.ts). */
export const dataFolderPath = '/data/';
export const corpusJsonlPath = `${dataFolderPath}corpus.jsonl`;
export const corpusZipPath = `${dataFolderPath}corpus.zip`;
export const exportSchemaPath = `${dataFolderPath}article.schema.json`;
export const exportIndexPath = `${dataFolderPath}index.json`;

/** The robots file, `/robots.txt` (pages/robots.txt.ts), which names the sitemap. */
export const robotsPath = '/robots.txt';

/** The sitemap index @astrojs/sitemap writes (astro.config.mjs), `/sitemap-index.xml`, listing its sitemap files. */
export const sitemapIndexPath = '/sitemap-index.xml';

/** The OpenSearch description (pages/opensearch.xml.ts), `/opensearch.xml`: lets a browser add the site's search. */
export const openSearchPath = '/opensearch.xml';

/** The Atom feed of the articles, newest first (pages/feed.xml.ts), `/feed.xml`. */
export const feedPath = '/feed.xml';

/** The search results page as a URL template, as OpenSearch writes it: `/search/?q={searchTerms}`. */
export const searchTemplatePath = `${searchFormAction}?q={searchTerms}`;

/**
 * The raw source lines an article uses, as one JSON file, `/articles/<slug>/raw-lines.json`
 * (pages/articles/[slug]/raw-lines.json.ts): what the provenance viewer (components/provenance-viewer.ts)
 * fetches when a reader first opens a block's 原文. Not content-addressed: hosts revalidate it.
 */
export function articleRawLinesPath(article: string): string {
  return `${articlePath(article)}raw-lines.json`;
}

/**
 * One shard of a build's paragraph-level search index, given its folder (`searchDataBase`) and the
 * shard's number (0 … shard count − 1): `<folder>index/<n>.json` (search/index/postings-index.ts).
 */
export function searchIndexShardPath(base: string, shard: number): string {
  if (!Number.isInteger(shard) || shard < 0) throw new RouteError(`search index shard ${shard} is not a non-negative integer`);
  return `${base}index/${shard}.json`;
}

/**
 * One chunk of a build's search blocks, given its folder (`searchDataBase`) and the chunk's number:
 * `<folder>chunks/<n>.json`, the blocks whose ids (search/shared/postings.ts) are n·size … n·size + size − 1.
 */
export function searchBlockChunkPath(base: string, chunk: number): string {
  if (!Number.isInteger(chunk) || chunk < 0) throw new RouteError(`search block chunk ${chunk} is not a non-negative integer`);
  return `${base}chunks/${chunk}.json`;
}

/**
 * One title shard of a build's search data, given its folder (`searchDataBase`) and the shard's number:
 * `<folder>titles/<n>.json`, the titles of the articles n·size … n·size + size − 1 (search/shared/article-table.ts).
 */
export function searchTitleShardPath(base: string, shard: number): string {
  if (!Number.isInteger(shard) || shard < 0) throw new RouteError(`search title shard ${shard} is not a non-negative integer`);
  return `${base}titles/${shard}.json`;
}

function pageNumber(page: number): number {
  if (!Number.isInteger(page) || page < 1) throw new RouteError(`page ${page} is not a positive integer`);
  return page;
}

/**
 * Page `page` (1-based) of a glossary term's concordance (content-model/glossary/concordance-pages.ts):
 * page 1 is on the term page itself, `/glossary/<slug>/`; page n ≥ 2 is `/glossary/<slug>/concordance/<n>/`.
 * With `article`, the place on that page where the article's occurrences begin, `…#in-<article>`.
 */
export function glossaryConcordancePath(term: string, page: number, article?: string): string {
  const path = pageNumber(page) === 1 ? glossaryTermPath(term) : `${glossaryTermPath(term)}concordance/${page}/`;
  return article === undefined ? path : `${path}#${concordanceArticleId(article)}`;
}

/** The id of the place on a concordance page where an article's occurrences begin, `in-<article>`. */
export function concordanceArticleId(article: string): string {
  return `in-${slug(article, 'article')}`;
}

/** Page `page` (1-based) of every article a glossary term occurs in, with counts, `/glossary/<slug>/articles/<n>/`. */
export function glossaryTermArticlesPath(term: string, page = 1): string {
  return `${glossaryTermPath(term)}articles/${pageNumber(page)}/`;
}

/** The timeline showing only the events an article evidences, `/timeline/?article=<slug>` (its article filter). */
export function timelineArticlePath(article: string): string {
  return `${timelinePath}?article=${slug(article, 'article')}`;
}
