/**
 * Normalise one source: raw bytes + manifest → its articles (frontmatter and published blocks) and a
 * report accounting for every raw line.
 *
 * Input: the raw file's bytes, its validated manifest, the manifest's path (for messages) and the
 * source's position among all sources (for article order).
 * Output: `{ articles: [{ slug, frontmatter, blocks }], report }`.
 * Throws `NormaliseError` naming file, line and field when: the bytes do not match the manifest's
 * sha256; a hint points outside the file or overlaps another article's lines; a non-blank line is used
 * by no article and dropped by no rule or hint; a title/subtitle/byline hint disagrees with the
 * bibliography.
 */
import type { Manifest } from '../schemas/manifest.ts';
import type { ArticleFrontmatter } from '../schemas/article.ts';
import type { DroppedLine } from './types.ts';
import { readSource } from './read-source.ts';
import { prepareLines, type LineRepair } from './prepare-lines.ts';
import { assembleArticle } from './assemble-article.ts';
import { paragraphIds } from './mdx/paragraph-ids.ts';
import type { PublishedBlock } from './mdx/write-article.ts';
import { NormaliseError } from './errors.ts';
import { stripAnchors } from './inline/anchors.ts';

export interface NormalisedArticle {
  slug: string;
  frontmatter: ArticleFrontmatter;
  blocks: PublishedBlock[];
}

export interface SourceReport {
  file: string;
  sha256: string;
  rawLines: number;
  blankLines: number;
  articles: { slug: string; lines: number; paragraphs: number; headings: number; notes: number }[];
  dropped: DroppedLine[];
  repairs: LineRepair[];
  pageEnds: { atLine: number; printed: string | null }[];
}

export function normaliseSource(bytes: Uint8Array, manifest: Manifest, manifestPath: string, sourceIndex: number) {
  const file = manifest.file;
  const { lines: raw, sha256 } = readSource(bytes, file);
  if (sha256 !== manifest.sha256) {
    throw new NormaliseError(manifestPath, 'sha256', `${file} has sha256 ${sha256}, the manifest records ${manifest.sha256}: the raw text changed without its manifest`);
  }
  const last = raw.length;
  const checkRange = (range: readonly [number, number], field: string) => {
    if (range[1] > last) throw new NormaliseError(manifestPath, field, `lines ${range[0]}–${range[1]} lie outside ${file} (${last} lines)`);
  };
  manifest.drops.forEach((d, i) => checkRange(d.lines, `drops.${i}.lines`));
  manifest.articles.forEach((a, i) => {
    a.segments.forEach((s, j) => checkRange(s, `articles.${i}.segments.${j}`));
    a.roles.forEach((r, j) => checkRange(r.lines, `articles.${i}.roles.${j}.lines`));
  });

  const prepared = prepareLines(file, raw, manifest.layout);
  const dropped: DroppedLine[] = [...prepared.removed];
  for (const drop of manifest.drops) {
    for (let no = drop.lines[0]; no <= drop.lines[1]; no++) if (raw[no - 1]!.text.trim() !== '') dropped.push({ no, by: `hint: ${drop.reason}` });
  }
  const owner = new Map<number, string>();
  for (const d of dropped) owner.set(d.no, 'drops');
  const spaces = manifest.keepHanHanSpaces ? { keepHanHanSpaces: true } : {};

  const report: SourceReport = { file, sha256, rawLines: last, blankLines: raw.filter((l) => l.text.trim() === '').length, articles: [], dropped, repairs: prepared.repairs, pageEnds: [] };
  const articles: NormalisedArticle[] = manifest.articles.map((article, index) => {
    const assembled = assembleArticle(file, article, prepared.lines, manifest.layout, spaces);
    for (const no of assembled.used) {
      const previous = owner.get(no);
      if (previous !== undefined && raw[no - 1]!.text.trim() !== '') {
        throw new NormaliseError(`${manifestPath}`, `articles.${index}.segments`, `${file}:${no} is already used by ${previous}`);
      }
      owner.set(no, article.slug);
    }
    dropped.push(...assembled.dropped);
    report.pageEnds.push(...assembled.pageEnds);

    const ids = paragraphIds(assembled.blocks.map((b) => `${b.kind}:${stripAnchors(b.text)}`));
    let n = 0;
    const blocks = assembled.blocks.map((b, i) => ({ ...b, id: ids[i]!, n: b.kind === 'paragraph' ? ++n : 0 }));
    report.articles.push({
      slug: article.slug,
      lines: assembled.used.length,
      paragraphs: n,
      headings: blocks.filter((b) => b.kind === 'heading').length,
      notes: blocks.filter((b) => b.kind === 'note').length,
    });
    const frontmatter: ArticleFrontmatter = {
      ...article.bibliography,
      source: file.replace(/\.txt$/u, ''),
      order: sourceIndex * 100 + index,
      paragraphCount: n,
      editorialNotes: assembled.editorialNotes,
    };
    return { slug: article.slug, frontmatter, blocks };
  });

  for (const line of raw) {
    if (line.text.trim() !== '' && !owner.has(line.no)) {
      throw new NormaliseError(`${file}:${line.no}`, 'accounting', `the line is in no article and no drop hint or rule removes it: "${line.text.slice(0, 30)}"`);
    }
  }
  report.dropped.sort((a, b) => a.no - b.no);
  return { articles, report };
}
