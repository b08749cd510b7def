/**
 * The data the search page verifies against, made at build time from the published corpus (one text for
 * search, concordance and timeline: corpus/read-corpus.ts).
 *
 * Output:
 * - `searchBlocks(article)`: the article's blocks `{ anchor, kind, n?, section?, text }` in document
 *   order, `section` being the text of the nearest heading before the block (for the section filter),
 *   `注释` for footnotes;
 *   served as `/search/blocks/<slug>.json`;
 * - `searchManifest(…)`: `{ articles, t2s, glossary }` — per article the facets the results page filters
 *   on (`slug, title, authors, sourceKind, year, order`), the fold map (search/fold-map.ts) and the
 *   glossary's names for alias expansion (search/query.ts); served as `/search/manifest.json`.
 * Errors: none.
 */
import type { BlockKind, CorpusArticle } from '../corpus/read-corpus.ts';
import type { GlossaryNames } from './query.ts';
import { t2sMap } from './fold-map.ts';

export interface SearchBlock {
  anchor: string;
  kind: BlockKind;
  n?: number;
  section?: string;
  text: string;
}

export interface SearchArticle {
  slug: string;
  title: string;
  authors: string[];
  sourceKind: string;
  year?: string;
  order: number;
}

export interface SearchManifest {
  articles: SearchArticle[];
  t2s: Record<string, string>;
  glossary: GlossaryNames[];
}

/** The section footnotes are listed under: they follow the body, under no heading of it. */
export const notesSection = '注释';

export function searchBlocks(article: CorpusArticle): SearchBlock[] {
  let section: string | undefined;
  return article.blocks.map((block) => {
    if (block.kind === 'heading') section = block.text;
    const out: SearchBlock = { anchor: block.anchor, kind: block.kind, text: block.text };
    if (block.n !== undefined) out.n = block.n;
    const under = block.kind === 'note' ? notesSection : section;
    if (under !== undefined) out.section = under;
    return out;
  });
}

export function searchManifest(corpus: readonly CorpusArticle[], articles: SearchArticle[], glossary: GlossaryNames[]): SearchManifest {
  const chars = new Set<string>();
  for (const article of corpus) for (const block of article.blocks) for (const c of block.text) chars.add(c);
  for (const entry of glossary) for (const c of [entry.term, ...entry.aliases].join('')) chars.add(c);
  return { articles, t2s: t2sMap(chars), glossary };
}
