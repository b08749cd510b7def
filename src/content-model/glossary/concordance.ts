/**
 * The concordance of a glossary term: every occurrence of any of its aliases in the published corpus, in
 * context (keyword in context), grouped by article.
 *
 * Input: the corpus (read-corpus.ts), one entry's slug and aliases, and optionally the matcher over the
 *   whole glossary (term-matcher.ts) and `width` characters of context each side (default 24).
 * Output: `{ article, occurrences }[]` in corpus order, only articles with occurrences; each occurrence
 *   `{ ref, anchor, kind, n, before, match, after, within? }` — e.g. for 上海精神 in 于洪君 ¶4:
 *   `{ ref: 'yu-hongjun-…#paf7t1i', before: '…尊重多样文明，谋求共同发展”的“', match: '上海精神', after: '”，这是上合组织…' }`.
 *   Occurrences are counted per term alone: a 上海合作组织 inside 上海合作组织宪章 counts for the
 *   organisation too (the article page links it to the Charter, longest match first), and 俄罗斯 inside
 *   白俄罗斯 counts for Russia. Such an occurrence says so: `within` is the other entry's alias that the
 *   glossary matcher finds there (`白俄罗斯`), so the page can show it. The aliases of one entry never
 *   contain each other (schema), so the count equals a plain substring count of each alias.
 * Errors: none.
 */
import type { BlockKind, CorpusArticle } from '../corpus/corpus-types.ts';
import { formatParagraphRef } from '../corpus/paragraph-ref.ts';
import { createTermMatcher, type TermMatch } from './term-matcher.ts';

export interface Occurrence {
  ref: string;
  anchor: string;
  kind: BlockKind;
  n?: number;
  before: string;
  match: string;
  after: string;
  /** The longer alias of another entry this occurrence lies inside, if any. */
  within?: string;
}

export interface ArticleOccurrences {
  article: string;
  occurrences: Occurrence[];
}

export interface ConcordanceOptions {
  /** The matcher over the whole glossary, to mark occurrences inside another entry's alias. */
  glossary?: (text: string) => TermMatch[];
  width?: number;
}

export function concordance(
  corpus: readonly CorpusArticle[],
  slug: string,
  aliases: readonly string[],
  { glossary, width = 24 }: ConcordanceOptions = {},
): ArticleOccurrences[] {
  const match = createTermMatcher([{ slug, aliases }]);
  const result: ArticleOccurrences[] = [];
  for (const article of corpus) {
    const occurrences: Occurrence[] = [];
    for (const block of article.blocks) {
      // Most blocks contain none of the aliases: a native substring test skips them (same result, and
      // the glossary's concordances are a scan of every block per term: 81 × the corpus).
      const found = aliases.some((alias) => block.text.includes(alias)) ? match(block.text) : [];
      const others = found.length > 0 && glossary ? glossary(block.text).filter((g) => g.slug !== slug) : [];
      for (const m of found) {
        const occurrence: Occurrence = {
          ref: formatParagraphRef(block),
          anchor: block.anchor,
          kind: block.kind,
          before: block.text.slice(Math.max(0, m.index - width), m.index),
          match: m.alias,
          after: block.text.slice(m.index + m.length, m.index + m.length + width),
        };
        if (block.n !== undefined) occurrence.n = block.n;
        const host = others.find((g) => g.index <= m.index && m.index + m.length <= g.index + g.length && g.length > m.length);
        if (host) occurrence.within = host.alias;
        occurrences.push(occurrence);
      }
    }
    if (occurrences.length > 0) result.push({ article: article.slug, occurrences });
  }
  return result;
}
