/**
 * The outline of one normalised article: one line per published block, giving what a reader cites —
 * the paragraph number, the permalink id, the raw lines it came from, the print page it starts on, and
 * its first characters. Committed per article under `tests/fixtures/paragraphs/<slug>.txt` and compared
 * by `src/normaliser/paragraph-boundaries.test.ts`, so that any change in where paragraphs begin and
 * end (a merge, a split, a renumbering) shows as a diff a person reviews, not only a change of text.
 *
 * Input: the blocks of a `NormalisedArticle` (normalise-source.ts), in reading order. Output: text, one
 * line per block, columns separated by two spaces, e.g.
 *   `¶23  pvlfkh1  L173  p.—  第一，中亚成员国的优先诉求在于希望在上合组织框架内实…`
 *   `H3   prisld7  L157  p.—  （三）期待提升上合组织多边经济合作成效`
 *   `N31  note-31  L163  p.—  …`
 * Kinds: `¶n` paragraph n (`¶—` an unnumbered front-matter block), `H<level>` heading, `T` table, `N<n>` footnote n; a role (caption, question,
 * front-matter, …) follows the kind in brackets. Page `p.—` when the print page is unknown. The excerpt is
 * the block's first 24 characters of plain text (anchors removed), then `…` if there is more. Errors: none.
 */
import { stripAnchors } from '../inline/anchors.ts';
import type { PublishedBlock } from '../mdx/write-article.ts';
import { formatLineRanges } from '../mdx/write-article.ts';

const EXCERPT_CHARS = 24;

function kindLabel(block: PublishedBlock): string {
  const base =
    block.kind === 'paragraph' ? (block.n > 0 ? `¶${block.n}` : '¶—')
    : block.kind === 'heading' ? `H${block.level ?? 2}`
    : block.kind === 'table' ? 'T'
    : `N${block.note?.n ?? '?'}`;
  return block.role ? `${base}[${block.role}]` : base;
}

export function paragraphOutline(blocks: readonly PublishedBlock[]): string {
  return blocks
    .map((block) => {
      const chars = [...stripAnchors(block.text).replace(/\s+/gu, ' ')];
      const excerpt = chars.slice(0, EXCERPT_CHARS).join('') + (chars.length > EXCERPT_CHARS ? '…' : '');
      const lines = block.lines.length > 0 ? `L${formatLineRanges(block.lines)}` : 'L—';
      const page = block.page !== undefined ? `p.${block.page}` : 'p.—';
      return `${kindLabel(block)}  ${block.id}  ${lines}  ${page}  ${excerpt}`;
    })
    .join('\n') + '\n';
}
