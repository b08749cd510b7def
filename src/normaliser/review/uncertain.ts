/**
 * The places of one source where a rule decided close to its threshold or without direct evidence, for
 * the review view (`npm run review`, review-page.ts): an editor checks these first instead of the whole
 * text, and the generalisation measure (tools/drafts/generalisation.ts) asks whether every block a draft
 * got wrong is among them.
 *
 * Flags, each on a raw line:
 * - `paragraph-end` (layouts `columns`, `pdf-journal`, which end a paragraph at a line that ends a
 *   sentence and is short: narrower than the local column width − 1.5 em, layouts/columns.ts `SHORT_BY`):
 *   a line that may end a paragraph but did not — it ends a sentence on a full line
 *   (jingji-ribao-2021-sco-20 L196 `…标杆。`, a full last line, needed a paragraph-start hint), or it ends
 *   with a closing bracket or quote (a bracketed signature `（作者系…执行主任）` wrapped over two lines ends
 *   its paragraph, though the layouts take only a line opening with the bracket for a sentence end) — or a
 *   line that ended its paragraph within 1 em of the threshold;
 * - `joined` (layouts `line-per-paragraph`, `official-document`): a line that ends no sentence, joined
 *   with the next one (zhiku-yuanzhuo-54-tianjin-summit L19 `…中俄东线天然气`);
 * - `heading`: a heading made by a rule, not by a hint (a short line read as a heading);
 * - `clause-heading` (layout `official-document`): a numbered line within 5 em of the heading width limit;
 * - `note`: a footnote whose marker or body was not found (status `missing-body`, `no-marker`).
 *
 * Input: the raw lines (read-source.ts), the validated manifest, the normaliser's result for it.
 * Output: `UncertainPlace[]` sorted by line, `{ line, kind, message }` (message in English, for editors).
 * Never throws.
 */
import type { Manifest } from '../../content-model/schemas/manifest.ts';
import type { SourceLine } from '../shared/types.ts';
import type { normaliseSource } from '../normalise-source.ts';
import { mapCharacters } from '../chars/index.ts';
import { endsSentence, localColumnWidth, visualWidth } from '../layouts/line-shape.ts';
import { HEADING_MAX_WIDTH } from '../layouts/official-document.ts';
import { ARTICLE_NUMBER, CHAPTER_NUMBER, PART_NUMBER, SUBPART_NUMBER } from '../shared/clause-numbers.ts';

export interface UncertainPlace {
  line: number;
  kind: 'paragraph-end' | 'joined' | 'heading' | 'clause-heading' | 'note';
  message: string;
}

/** The short-line threshold of layouts/columns.ts and layouts/pdf-journal.ts, in em. */
const SHORT_BY = 1.5;
/** How close to a threshold a decision is flagged, in em. */
const MARGIN = 1;

function mapped(text: string): string {
  try {
    return mapCharacters(text);
  } catch {
    return text;
  }
}

export function uncertainPlaces(raw: readonly SourceLine[], manifest: Manifest, normalised: ReturnType<typeof normaliseSource>): UncertainPlace[] {
  const places: UncertainPlace[] = [];
  const dropped = new Set(normalised.report.dropped.map((d) => d.no));
  for (const article of manifest.articles) {
    const hinted = new Set<number>();
    for (const hint of article.roles) for (let no = hint.lines[0]; no <= hint.lines[1]; no++) hinted.add(no);
    const content: SourceLine[] = [];
    for (const [from, to] of article.segments) {
      for (let no = from; no <= to; no++) {
        const line = raw[no - 1];
        if (line && line.text.trim() !== '' && !hinted.has(no) && !dropped.has(no)) content.push({ no, text: mapped(line.text) });
      }
    }
    content.forEach((line, i) => {
      const width = visualWidth(line.text);
      if (manifest.layout === 'columns' || manifest.layout === 'pdf-journal') {
        const threshold = localColumnWidth(content, i) - SHORT_BY;
        const mayEnd = endsSentence(line.text) || /[）)”」』]$/u.test(line.text.trim());
        // the layouts' rule: a paragraph ends at a line that ends a sentence and is short
        const ended = endsSentence(line.text) && width <= threshold;
        if (mayEnd && !ended && i + 1 < content.length) {
          places.push({
            line: line.no,
            kind: 'paragraph-end',
            message: `ends ${endsSentence(line.text) ? 'a sentence' : 'with a closing bracket or quote'} on a line of ${width} em (threshold ${threshold} em): its paragraph continued into L${content[i + 1]!.no}, though it may end here`,
          });
        } else if (ended && threshold - width <= MARGIN && i + 1 < content.length) {
          places.push({ line: line.no, kind: 'paragraph-end', message: `ends a sentence at ${width} em, ${threshold - width} em under the threshold of ${threshold} em: its paragraph ended here by a hair` });
        }
      }
      if ((manifest.layout === 'line-per-paragraph' || manifest.layout === 'official-document') && !endsSentence(line.text) && i + 1 < content.length) {
        places.push({ line: line.no, kind: 'joined', message: `ends no sentence, so it was joined with L${content[i + 1]!.no}` });
      }
      if (manifest.layout === 'official-document') {
        const numbered = [PART_NUMBER, CHAPTER_NUMBER, SUBPART_NUMBER, ARTICLE_NUMBER].some((re) => re.test(line.text.trim()));
        if (numbered && Math.abs(width - HEADING_MAX_WIDTH) <= 5) {
          places.push({ line: line.no, kind: 'clause-heading', message: `a numbered line of ${width} em, near the heading limit of ${HEADING_MAX_WIDTH} em` });
        }
      }
    });
    const headingHints = new Set<number>();
    for (const hint of article.roles) if (hint.role === 'heading') for (let no = hint.lines[0]; no <= hint.lines[1]; no++) headingHints.add(no);
    const published = normalised.articles.find((a) => a.slug === article.slug);
    for (const block of published?.blocks ?? []) {
      if (block.kind === 'heading' && !block.lines.some((no) => headingHints.has(no))) {
        places.push({ line: block.lines[0]!, kind: 'heading', message: `read as a heading by rule: "${block.text}"` });
      }
      if (block.kind === 'note' && block.note && block.note.status !== 'paired') {
        places.push({ line: block.lines[0] ?? 0, kind: 'note', message: `footnote ${block.note.n}: ${block.note.status === 'missing-body' ? 'a marker without its note' : 'a note without its marker'}` });
      }
    }
  }
  return places.sort((a, b) => a.line - b.line || a.kind.localeCompare(b.kind));
}
