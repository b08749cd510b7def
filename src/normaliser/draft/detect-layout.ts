/**
 * Which layout (src/normaliser/layouts/) a new raw text needs, from the shape of its lines, with the
 * evidence an editor can check — the first thing `npm run source:add` drafts into a manifest.
 *
 * Measures (over the raw lines, blank lines included):
 * - `<sup>` markers and Markdown `#` heading lines: a Markdown conversion (chen-zeng-2019-guoji-zhanwang:
 *   59 `<sup>`, 12 headings) → `markdown`;
 * - Yi-syllable punctuation (ꎬ ꎮ, U+A000–U+A4CF), the PDF font mapping of 。，：
 *   (han-lu-sco-international-cooperation: 719) → `pdf-journal`;
 * - numbered parts and clauses at line starts (一、 第五条 （一）) on at least a fifth of the text lines
 *   (tests/fixtures/official-document/example-charter.txt: 5 of 9) → `official-document`;
 * - line widths (line-shape.ts `visualWidth`, in em): the 90th percentile at most 40 em means lines
 *   wrapped at a column; then a median of at most 25 em is a newspaper column (jingji-ribao-2021-sco-20:
 *   median 19, p90 23.5) → `columns`; wider wrapped lines without Yi punctuation are a PDF page →
 *   `pdf-journal`, uncertain;
 * - otherwise paragraphs run unwrapped on one line each (zhiku-yuanzhuo-54-tianjin-summit: median 86.5,
 *   p90 336.5) → `line-per-paragraph`.
 * With `kind: 'official-document'` the official-document layout is chosen unless the text is Markdown.
 *
 * Input: the raw lines (read-source.ts), the source kind if the editor gave one. Output:
 * `{ layout, evidence, certain }`: `evidence` is one English sentence per measure, citing lines
 * (`L33`); `certain` is false where no strong signal decided (the draft then asks the editor to confirm).
 * Never throws.
 */
import type { Layout } from '../../content-model/schemas/manifest.ts';
import type { SourceLine } from '../shared/types.ts';
import { endsSentence, visualWidth } from '../layouts/line-shape.ts';
import { ARTICLE_NUMBER, CHAPTER_NUMBER, PART_NUMBER, SUBPART_NUMBER } from '../shared/clause-numbers.ts';

export interface DetectedLayout {
  layout: Layout;
  evidence: string[];
  certain: boolean;
}

const YI = /[\uA000-\uA4CF]/u;
const YI_ALL = /[\uA000-\uA4CF]/gu;

/** The value at fraction `q` (0–1) of sorted `values`, or 0 for none. */
function quantile(sorted: readonly number[], q: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;
}

/** `L3, L9, L12` — the first few line numbers of `lines`. */
function cite(lines: readonly SourceLine[], max = 3): string {
  const shown = lines.slice(0, max).map((l) => `L${l.no}`);
  return lines.length > max ? `${shown.join(', ')}, …` : shown.join(', ');
}

export function detectLayout(lines: readonly SourceLine[], kind?: string): DetectedLayout {
  const text = lines.filter((l) => l.text.trim() !== '');
  const widths = text.map((l) => visualWidth(l.text)).sort((a, b) => a - b);
  const median = quantile(widths, 0.5);
  const p90 = quantile(widths, 0.9);
  const sup = lines.filter((l) => l.text.includes('<sup>'));
  const hashes = lines.filter((l) => /^#{1,6}\s/u.test(l.text));
  const yiLines = lines.filter((l) => YI.test(l.text));
  const yiCount = lines.reduce((sum, l) => sum + (l.text.match(YI_ALL)?.length ?? 0), 0);
  const numbered = text.filter((l) => [PART_NUMBER, CHAPTER_NUMBER, SUBPART_NUMBER, ARTICLE_NUMBER].some((re) => re.test(l.text.trim())));
  const ending = text.filter((l) => endsSentence(l.text)).length;
  const blank = lines.length - text.length;

  const evidence = [
    `line widths: median ${median} em, 90th percentile ${p90} em over ${text.length} text lines`,
    `${ending} of ${text.length} text lines end a sentence; ${blank} of ${lines.length} lines are blank`,
  ];
  if (sup.length > 0 || hashes.length > 0) {
    evidence.push(`Markdown: ${sup.length} lines with <sup> (${cite(sup)}), ${hashes.length} # heading lines (${cite(hashes)})`);
    return { layout: 'markdown', evidence, certain: true };
  }
  if (yiCount >= 10) {
    evidence.push(`Yi-syllable punctuation (a PDF font's 。，：): ${yiCount} characters on ${yiLines.length} lines (${cite(yiLines)})`);
    return { layout: 'pdf-journal', evidence, certain: true };
  }
  if (numbered.length > 0) evidence.push(`numbered parts or clauses at line starts: ${numbered.length} (${cite(numbered)})`);
  if (kind === 'official-document') {
    evidence.push('the editor gave the kind official-document');
    return { layout: 'official-document', evidence, certain: true };
  }
  if (numbered.length >= 3 && numbered.length * 5 >= text.length) {
    return { layout: 'official-document', evidence, certain: kind === undefined || kind === 'official-document' };
  }
  if (p90 <= 40) {
    if (median <= 25) {
      evidence.push('lines wrapped at a narrow width: a newspaper column');
      return { layout: 'columns', evidence, certain: true };
    }
    evidence.push('lines wrapped at a page width without Yi-syllable punctuation: probably a PDF page');
    return { layout: 'pdf-journal', evidence, certain: false };
  }
  evidence.push('paragraphs run unwrapped, one per line');
  return { layout: 'line-per-paragraph', evidence, certain: ending * 2 >= text.length };
}
