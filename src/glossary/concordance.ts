/**
 * The concordance of a glossary term: every occurrence of any of its aliases in the published corpus, in
 * context (keyword in context), grouped by article.
 *
 * Input: the corpus (read-corpus.ts) and one entry's aliases; `width` characters of context each side.
 * Output: `{ article, occurrences }[]` in corpus order, only articles with occurrences; each occurrence
 *   `{ ref, anchor, kind, n, before, match, after }` — e.g. for 上海精神 in 于洪君 ¶4:
 *   `{ ref: 'yu-hongjun-…#paf7t1i', before: '…尊重多样文明，谋求共同发展”的“', match: '上海精神', after: '”，这是上合组织…' }`.
 *   Occurrences are counted per term alone: a 上海合作组织 inside 上海合作组织宪章 counts for the
 *   organisation too (the article page links it to the Charter, longest match first). The aliases of one
 *   entry never contain each other (schema), so the count equals a plain substring count of each alias.
 * Errors: none.
 */
import type { BlockKind, CorpusArticle } from '../corpus/read-corpus.ts';
import { formatParagraphRef } from '../corpus/paragraph-ref.ts';
import { createTermMatcher } from './term-matcher.ts';

export interface Occurrence {
  ref: string;
  anchor: string;
  kind: BlockKind;
  n?: number;
  before: string;
  match: string;
  after: string;
}

export interface ArticleOccurrences {
  article: string;
  occurrences: Occurrence[];
}

export function concordance(corpus: readonly CorpusArticle[], aliases: readonly string[], width = 24): ArticleOccurrences[] {
  const match = createTermMatcher([{ slug: 'term', aliases }]);
  const result: ArticleOccurrences[] = [];
  for (const article of corpus) {
    const occurrences: Occurrence[] = [];
    for (const block of article.blocks) {
      for (const m of match(block.text)) {
        const occurrence: Occurrence = {
          ref: formatParagraphRef(block),
          anchor: block.anchor,
          kind: block.kind,
          before: block.text.slice(Math.max(0, m.index - width), m.index),
          match: m.alias,
          after: block.text.slice(m.index + m.length, m.index + m.length + width),
        };
        if (block.n !== undefined) occurrence.n = block.n;
        occurrences.push(occurrence);
      }
    }
    if (occurrences.length > 0) result.push({ article: article.slug, occurrences });
  }
  return result;
}
