/**
 * `/search/manifest.json`: the articles' facets, the fold map and the glossary names the search page
 * needs before it can parse a query (search/search-data.ts). Built once; deterministic.
 */
import type { APIRoute } from 'astro';
import { sortedArticles } from '../../lib/articles.ts';
import { corpus, glossaryEntries } from '../../lib/knowledge.ts';
import { searchManifest } from '../../search/search-data.ts';

export const GET: APIRoute = async () => {
  const articles = (await sortedArticles()).map((a) => {
    const out = {
      slug: a.id,
      title: a.data.title.value,
      authors: a.data.authors.map((p) => p.name.value),
      sourceKind: a.data.sourceKind,
      order: a.data.order,
    };
    return a.data.date ? { ...out, year: a.data.date.value.slice(0, 4) } : out;
  });
  const glossary = (await glossaryEntries()).map(({ data }) => ({ term: data.term, aliases: data.aliases, english: data.english, pinyin: data.pinyin }));
  return new Response(JSON.stringify(searchManifest(corpus(), articles, glossary)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
