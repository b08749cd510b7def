/**
 * Timeline coverage: which dated blocks of the corpus no timeline event cites.
 *
 * Input: the corpus (read-corpus.ts), the events' `cites`, and the ignore list
 * (content/timeline-coverage-ignore.yaml: `- ref: <slug>#<anchor>` + `reason: …`, one per dated block that
 * states no event, e.g. a date that only says when a cited source appeared).
 * Output: `{ dated, covered, uncovered, ignored, unexplained, stale, ratio }` — `dated` every reference
 * whose blocks contain a date expression (date-expressions.ts), in corpus order, with its expressions;
 * `ratio` = covered / dated (1 when nothing is dated); `unexplained` the uncovered references missing from
 * the ignore list; `stale` ignore entries that are covered, not dated, or not in the corpus.
 * Errors: none (the ignore list is validated by its schema before this runs).
 */
import { z } from 'zod';
import type { CorpusArticle } from '../corpus/corpus-types.ts';
import { formatParagraphRef, paragraphRefSchema } from '../corpus/paragraph-ref.ts';
import { dateExpressions } from './date-expressions.ts';

export const coverageIgnoreSchema = z.array(
  z.strictObject({ ref: paragraphRefSchema, reason: z.string().min(1) }),
);

export type CoverageIgnore = z.infer<typeof coverageIgnoreSchema>;

export interface DatedRef {
  ref: string;
  expressions: string[];
  /** The first block's text, for the report. */
  text: string;
}

export interface Coverage {
  dated: DatedRef[];
  covered: DatedRef[];
  uncovered: DatedRef[];
  ignored: DatedRef[];
  unexplained: DatedRef[];
  stale: CoverageIgnore;
  ratio: number;
}

export function timelineCoverage(corpus: readonly CorpusArticle[], cites: Iterable<string>, ignore: CoverageIgnore): Coverage {
  const byRef = new Map<string, DatedRef>();
  for (const article of corpus) {
    for (const block of article.blocks) {
      const found = dateExpressions(block.text, block.kind).map((d) => d.text);
      if (found.length === 0) continue;
      const ref = formatParagraphRef(block);
      const entry = byRef.get(ref);
      if (entry) entry.expressions.push(...found);
      else byRef.set(ref, { ref, expressions: found, text: block.text });
    }
  }
  const cited = new Set(cites);
  const ignoredRefs = new Set(ignore.map((i) => i.ref));
  const dated = [...byRef.values()];
  const covered = dated.filter((d) => cited.has(d.ref));
  const uncovered = dated.filter((d) => !cited.has(d.ref));
  return {
    dated,
    covered,
    uncovered,
    ignored: uncovered.filter((d) => ignoredRefs.has(d.ref)),
    unexplained: uncovered.filter((d) => !ignoredRefs.has(d.ref)),
    stale: ignore.filter((i) => !byRef.has(i.ref) || cited.has(i.ref)),
    ratio: dated.length === 0 ? 1 : covered.length / dated.length,
  };
}
