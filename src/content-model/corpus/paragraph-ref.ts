/**
 * Citations of the corpus by the glossary and the timeline: a paragraph reference is the article slug and
 * the block's anchor, `yu-hongjun-post-cold-war-order-and-sco#paot43s` — exactly the path fragment of the
 * permalink `/articles/yu-hongjun-post-cold-war-order-and-sco/#paot43s` (lib/articles.ts `paragraphRefPath` makes it
 * with routes.ts).
 *
 * Input: strings from glossary/timeline frontmatter and the corpus from read-corpus.ts.
 * Output: `parseParagraphRef` → `{ article, anchor }`; `indexCorpus` → a map from reference to the blocks
 *   that carry that anchor (one for a paragraph, several for the cells of a table row);
 *   `paragraphRefProblem` → a message saying why a reference does not resolve, or undefined.
 * Errors: `parseParagraphRef` throws on a string that is not `<slug>#<anchor>`.
 */
import { z } from 'zod';
import type { CorpusArticle, CorpusBlock } from './corpus-types.ts';

const refPattern = /^([a-z0-9]+(?:-[a-z0-9]+)*)#([a-z0-9]+(?:-[a-z0-9]+)*)$/;

export const paragraphRefSchema = z
  .string()
  .regex(refPattern, 'expected <article slug>#<paragraph id>, e.g. yu-hongjun-post-cold-war-order-and-sco#paot43s');

export interface ParagraphRef {
  article: string;
  anchor: string;
}

export function parseParagraphRef(ref: string): ParagraphRef {
  const match = refPattern.exec(ref);
  if (!match) throw new Error(`"${ref}" is not a paragraph reference (<article slug>#<paragraph id>)`);
  return { article: match[1]!, anchor: match[2]! };
}

export function formatParagraphRef(block: Pick<CorpusBlock, 'article' | 'anchor'>): string {
  return `${block.article}#${block.anchor}`;
}

export interface CorpusIndex {
  articles: Set<string>;
  blocks: Map<string, CorpusBlock[]>;
}

const indexCache = new WeakMap<readonly CorpusArticle[], CorpusIndex>();

/** The index of a corpus, built once per corpus array (readCorpus returns one array per folder). */
export function indexCorpus(corpus: readonly CorpusArticle[]): CorpusIndex {
  let index = indexCache.get(corpus);
  if (!index) {
    index = buildIndex(corpus);
    indexCache.set(corpus, index);
  }
  return index;
}

function buildIndex(corpus: readonly CorpusArticle[]): CorpusIndex {
  const blocks = new Map<string, CorpusBlock[]>();
  for (const article of corpus) {
    for (const block of article.blocks) {
      const key = formatParagraphRef(block);
      const list = blocks.get(key);
      if (list) list.push(block);
      else blocks.set(key, [block]);
    }
  }
  return { articles: new Set(corpus.map((a) => a.slug)), blocks };
}

/** Why `ref` does not name a block of the corpus, or undefined when it does. */
export function paragraphRefProblem(index: CorpusIndex, ref: string): string | undefined {
  const match = refPattern.exec(ref);
  if (!match) return `"${ref}" is not <article slug>#<paragraph id>`;
  if (!index.articles.has(match[1]!)) return `"${ref}": there is no article "${match[1]}"`;
  if (!index.blocks.has(ref)) return `"${ref}": article "${match[1]}" has no paragraph, heading, row or note "${match[2]}"`;
  return undefined;
}

/** The text of every block `ref` names (cells of a row are separate), or [] when it names none. */
export function blocksOf(index: CorpusIndex, ref: string): CorpusBlock[] {
  return index.blocks.get(ref) ?? [];
}

/**
 * The corpus check both the glossary and the timeline schemas make of their `cites`: every reference
 * names a block of the corpus (an issue at `['cites', i]`, "dangling citation: …" with
 * `paragraphRefProblem`'s reason), then the blocks the valid ones name, for the entry's own check of
 * what those blocks must contain.
 *
 * Input: the corpus index, the entry's `cites`, and a sink for issues (zod's `ctx.addIssue`).
 * Output: the cited blocks, in citation order ([] when none resolve). Errors: none (problems are issues).
 */
export function checkCitations(
  index: CorpusIndex,
  cites: readonly string[],
  addIssue: (issue: { code: 'custom'; path: (string | number)[]; message: string }) => void,
): CorpusBlock[] {
  cites.forEach((ref, i) => {
    const problem = paragraphRefProblem(index, ref);
    if (problem) addIssue({ code: 'custom', path: ['cites', i], message: `dangling citation: ${problem}` });
  });
  return cites.flatMap((ref) => blocksOf(index, ref));
}
