/**
 * The search manifest's articles as columns (`ArticleTable`), and the browser's view of them. Per article
 * the manifest carries only what every search needs — its slug, block count, blocks' gzip size, source
 * kind, year and authors (the kinds and authors as indexes into lists of distinct values) — and not its
 * title: titles are served in shards of `titleShardSize` articles (`<folder>titles/<n>.json`, routes.ts
 * `searchTitleShardPath`), fetched for the articles a results page shows. So the manifest a cold search
 * fetches holds ~60 bytes an article instead of ~230 (titles, repeated author names and field names were
 * most of it: 232 KB at 1,000 articles).
 *
 * - `encodeArticleTable(articles, titleShardSize)`: the articles in site order (`{ slug, authors,
 *   sourceKind, year?, blocksBytes, count }`) → the manifest's `articles`:
 *   `[{ slug: 'yu', authors: ['于洪君'], sourceKind: 'newspaper', year: '2021', … }]` →
 *   `{ slugs: ['yu'], counts: [12], blocksBytes: [2024], kinds: ['newspaper'], kind: [0], years: [2021],
 *   authorNames: ['于洪君'], authors: [[0]], titleShardSize: 32 }` (year 0: none given; distinct values in
 *   order of first use, so the same articles give the same table);
 * - `titleShardBodies(titles, size)`: the titles in site order → the title shard bodies (`[n]` = JSON array
 *   of the titles of articles n·size … n·size + size − 1; one empty shard for no article);
 * - `tableArticles(table)`: the browser's `SearchArticle[]` (site order: `order` is the index; `title`
 *   undefined until `setTitles` gives it), the same array for the same table (memoised).
 * - `titleShardOf(index, table)`: the title shard holding an article.
 * - `setTitles(table, shard, titles)`: records a loaded title shard's titles on the articles.
 * Errors: `encodeArticleTable` throws a RangeError for a title shard size that is not a positive integer;
 *   `setTitles` throws when a shard's length does not match the table.
 */
import type { ArticleTable, SearchArticle } from './types.ts';

export interface TableInput {
  slug: string;
  authors: readonly string[];
  sourceKind: string;
  year?: string;
  blocksBytes: number;
  count: number;
}

/** Titles a shard holds: 32 titles of ~20 characters are ~2 KB raw, well under 1 KB gzip. */
export const titleShardSize = 32;

export function encodeArticleTable(articles: readonly TableInput[], shardSize = titleShardSize): ArticleTable {
  if (!Number.isInteger(shardSize) || shardSize < 1) throw new RangeError(`title shard size ${shardSize} is not a positive integer`);
  const kinds: string[] = [];
  const authorNames: string[] = [];
  const indexOf = (list: string[], value: string) => {
    let i = list.indexOf(value);
    if (i === -1) i = list.push(value) - 1;
    return i;
  };
  const authorIndex = new Map<string, number>();
  return {
    slugs: articles.map((a) => a.slug),
    counts: articles.map((a) => a.count),
    blocksBytes: articles.map((a) => a.blocksBytes),
    kinds,
    kind: articles.map((a) => indexOf(kinds, a.sourceKind)),
    years: articles.map((a) => (a.year === undefined ? 0 : Number(a.year))),
    authorNames,
    authors: articles.map((a) =>
      a.authors.map((name) => {
        let i = authorIndex.get(name);
        if (i === undefined) {
          i = authorNames.push(name) - 1;
          authorIndex.set(name, i);
        }
        return i;
      }),
    ),
    titleShardSize: shardSize,
  };
}

export function titleShardBodies(titles: readonly string[], shardSize = titleShardSize): string[] {
  const bodies: string[] = [];
  for (let i = 0; i < titles.length; i += shardSize) bodies.push(JSON.stringify(titles.slice(i, i + shardSize)));
  return bodies.length > 0 ? bodies : ['[]'];
}

const decoded = new WeakMap<ArticleTable, SearchArticle[]>();

export function tableArticles(table: ArticleTable): SearchArticle[] {
  let articles = decoded.get(table);
  if (articles === undefined) {
    articles = table.slugs.map((slug, i) => {
      const article: SearchArticle = {
        slug,
        authors: table.authors[i]!.map((n) => table.authorNames[n]!),
        sourceKind: table.kinds[table.kind[i]!]!,
        order: i,
        blocksBytes: table.blocksBytes[i]!,
      };
      if (table.years[i]) article.year = String(table.years[i]);
      return article;
    });
    decoded.set(table, articles);
  }
  return articles;
}

export function titleShardOf(index: number, table: ArticleTable): number {
  return Math.floor(index / table.titleShardSize);
}

export function setTitles(table: ArticleTable, shard: number, titles: readonly string[]): void {
  const articles = tableArticles(table);
  const first = shard * table.titleShardSize;
  const expected = Math.max(0, Math.min(table.titleShardSize, articles.length - first));
  if (titles.length !== expected) throw new Error(`title shard ${shard}: ${titles.length} titles, expected ${expected}`);
  titles.forEach((title, k) => (articles[first + k]!.title = title));
}
