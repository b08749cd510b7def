/**
 * Access to the `articles` content collection in site order.
 *
 * Output: `sortedArticles()` resolves to every entry of the collection, sorted by frontmatter `order`
 * (ties broken by id, so the order is total); `articleStaticPaths()` for the per-article routes; the
 * permalink path of a paragraph reference (`paragraphRefPath`, made by src/routes.ts).
 * Errors: a collection that fails its schema fails the build inside Astro's loader, before this runs.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { paragraphPath, searchHitPath } from '../routes.ts';
import { parseParagraphRef } from '../content-model/corpus/paragraph-ref.ts';

export type Article = CollectionEntry<'articles'>;

export async function sortedArticles(): Promise<Article[]> {
  const entries = await getCollection('articles');
  return entries.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** An article's neighbour in site order, as the page's 上一篇/下一篇 links show it. */
export interface Neighbour {
  slug: string;
  title: string;
}

const neighbour = (article: Article | undefined): Neighbour | undefined => (article ? { slug: article.id, title: article.data.title.value } : undefined);

/**
 * `getStaticPaths` of the per-article routes: one path `{ slug }` per article, with the entry and its
 * neighbours in site order (`previous`, `next`; absent at either end) as props — made once for all pages,
 * so a page does not sort the collection again.
 */
export async function articleStaticPaths(): Promise<{ params: { slug: string }; props: { article: Article; previous?: Neighbour; next?: Neighbour } }[]> {
  const articles = await sortedArticles();
  return articles.map((article, i) => {
    const previous = neighbour(articles[i - 1]);
    const next = neighbour(articles[i + 1]);
    return { params: { slug: article.id }, props: { article, ...(previous ? { previous } : {}), ...(next ? { next } : {}) } };
  });
}

/**
 * The permalink path of a paragraph reference (content-model/corpus/paragraph-ref.ts):
 * `yu-hongjun-post-cold-war-order-and-sco#paot43s` → `/articles/yu-hongjun-post-cold-war-order-and-sco/#paot43s`
 * (routes.ts `paragraphPath`). Errors: a string that is not `<slug>#<anchor>` (parseParagraphRef).
 */
export function paragraphRefPath(ref: string): string {
  const { article, anchor } = parseParagraphRef(ref);
  return paragraphPath(article, anchor);
}

/**
 * The permalink of a paragraph reference carrying a term to mark there (routes.ts `searchHitPath`):
 * `yu-hongjun-…#paf7t1i` + 上海精神 → `/articles/yu-hongjun-…/?q=%E4%B8%8A…#paf7t1i`, so the page marks the
 * term inside the highlighted paragraph (components/QueryHighlight.astro). Errors: as `paragraphRefPath`.
 */
export function termInParagraphPath(ref: string, term: string): string {
  const { article, anchor } = parseParagraphRef(ref);
  return searchHitPath(article, term, anchor);
}
