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
import { assignIds, type IdChange } from './permalinks/assign-ids.ts';
import type { PermalinkRegistry } from '../schemas/permalink-registry.ts';
import type { PublishedBlock } from './mdx/write-article.ts';
import { NormaliseError } from './errors.ts';
import { splitAnchors, stripAnchors } from './inline/anchors.ts';
import { hanConservation, type Conservation } from './report/conservation.ts';

export interface NormalisedArticle {
  slug: string;
  frontmatter: ArticleFrontmatter;
  blocks: PublishedBlock[];
  /** Ids whose text is gone, with that text: their links land on a notice. */
  retired: PermalinkRegistry['retired'];
  registry: PermalinkRegistry;
}

export interface ArticleReport {
  slug: string;
  lines: number;
  paragraphs: number;
  headings: number;
  captions: number;
  tables: number;
  footnotes: { markers: number; bodies: number; paired: number; missingBody: number; noMarker: number };
}

/** What `npm run normalise -- --report` prints and /about/sources/ publishes, per source. */
export interface SourceReport {
  file: string;
  sha256: string;
  rawLines: number;
  blankLines: number;
  articles: ArticleReport[];
  /** What happened to earlier permalink ids on this run (edited, split, merged, retired). */
  permalinks: { article: string; kind: IdChange['kind']; ids: string[] }[];
  han: Conservation;
  hints: { article: string; hint: string; lines: string; reason: string }[];
  dropped: DroppedLine[];
  repairs: LineRepair[];
  pageEnds: { atLine: number; printed: string | null }[];
}

export function normaliseSource(
  bytes: Uint8Array,
  manifest: Manifest,
  manifestPath: string,
  sourceIndex: number,
  registries: ReadonlyMap<string, PermalinkRegistry> = new Map(),
) {
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
  manifest.textRepairs.forEach((r, i) => checkRange([r.line, r.line], `textRepairs.${i}.line`));
  manifest.articles.forEach((a, i) => {
    a.segments.forEach((s, j) => checkRange(s, `articles.${i}.segments.${j}`));
    a.roles.forEach((r, j) => checkRange(r.lines, `articles.${i}.roles.${j}.lines`));
  });

  const prepared = prepareLines(file, raw, manifest.layout, manifest.textRepairs);
  const dropped: DroppedLine[] = [...prepared.removed];
  for (const drop of manifest.drops) {
    const by = `hint: drop L${drop.lines[0]}–L${drop.lines[1]}`;
    for (let no = drop.lines[0]; no <= drop.lines[1]; no++) if (raw[no - 1]!.text.trim() !== '') dropped.push({ no, by });
  }
  const owner = new Map<number, string>();
  for (const d of dropped) owner.set(d.no, 'drops');
  const spaces = {
    ...(manifest.keepHanHanSpaces ? { keepHanHanSpaces: true } : {}),
    ...(manifest.urlMode ? { urlMode: manifest.urlMode.mode } : {}),
  };

  const articleReports: ArticleReport[] = [];
  const hints: SourceReport['hints'] = manifest.drops.map((d) => ({ article: '(source)', hint: 'drop', lines: `L${d.lines[0]}–L${d.lines[1]}`, reason: d.reason }));
  hints.push(...manifest.textRepairs.map((r) => ({ article: '(source)', hint: `text repair “${r.from}” → “${r.to}”`, lines: `L${r.line}`, reason: r.reason })));
  if (manifest.urlMode) hints.push({ article: '(source)', hint: `URL mode ${manifest.urlMode.mode}`, lines: 'all', reason: manifest.urlMode.reason });
  if (manifest.keepHanHanSpaces) hints.push({ article: '(source)', hint: 'keep Han–Han spaces', lines: 'all', reason: manifest.keepHanHanSpaces.reason });
  const pageEnds: SourceReport['pageEnds'] = [];
  const permalinkChanges: SourceReport['permalinks'] = [];
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
    pageEnds.push(...assembled.pageEnds);
    hints.push(...assembled.editorialNotes.map((e) => ({ article: article.slug, ...e })));

    const citable = assembled.blocks.filter((b) => b.kind !== 'note');
    const assigned = assignIds(registries.get(article.slug), citable.map((b) => `${b.kind}:${stripAnchors(b.text)}`));
    permalinkChanges.push(...assigned.changes.map((c) => ({ article: article.slug, ...c })));
    let n = 0;
    const blocks = assembled.blocks.map((b) => {
      const i = citable.indexOf(b);
      const id = i >= 0 ? assigned.ids[i]! : `note-${b.note!.n}`;
      const aliases = i >= 0 ? assigned.aliases[i]! : [];
      return { ...b, id, ...(aliases.length > 0 ? { aliases } : {}), n: b.kind === 'paragraph' ? ++n : 0 };
    });
    const notes = blocks.filter((b) => b.kind === 'note');
    const markers = blocks.flatMap((b) => (b.kind === 'note' ? [] : splitAnchors(b.text).filter((p) => typeof p !== 'string' && p.kind === 'note')));
    articleReports.push({
      slug: article.slug,
      lines: assembled.used.length,
      paragraphs: n,
      headings: blocks.filter((b) => b.kind === 'heading').length,
      captions: blocks.filter((b) => b.role === 'caption').length,
      tables: blocks.filter((b) => b.kind === 'table').length,
      footnotes: {
        markers: markers.length,
        bodies: notes.filter((b) => b.note!.status !== 'missing-body').length,
        paired: notes.filter((b) => b.note!.status === 'paired').length,
        missingBody: notes.filter((b) => b.note!.status === 'missing-body').length,
        noMarker: notes.filter((b) => b.note!.status === 'no-marker').length,
      },
    });
    const frontmatter: ArticleFrontmatter = {
      ...article.bibliography,
      source: file.replace(/\.txt$/u, ''),
      order: sourceIndex * 100 + index,
      paragraphCount: n,
      editorialNotes: assembled.editorialNotes,
    };
    return { slug: article.slug, frontmatter, blocks, retired: assigned.registry.retired, registry: assigned.registry };
  });

  for (const line of raw) {
    if (line.text.trim() !== '' && !owner.has(line.no)) {
      throw new NormaliseError(`${file}:${line.no}`, 'accounting', `the line is in no article and no drop hint or rule removes it: "${line.text.slice(0, 30)}"`);
    }
  }
  dropped.sort((a, b) => a.no - b.no);
  const published = articles.flatMap((a) => a.blocks.map((b) => stripAnchors(b.text)));
  const report: SourceReport = {
    file,
    sha256,
    rawLines: last,
    blankLines: raw.filter((l) => l.text.trim() === '').length,
    articles: articleReports,
    permalinks: permalinkChanges,
    han: hanConservation(raw, dropped, prepared.repairs, published),
    hints,
    dropped,
    repairs: prepared.repairs,
    pageEnds,
  };
  return { articles, report };
}
