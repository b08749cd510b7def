/**
 * Normalise one source: raw bytes + manifest → its articles (frontmatter and published blocks) and a
 * report accounting for every raw line.
 *
 * Input: the raw file's bytes, its validated manifest, the manifest's path (for messages) and the
 * source's position among all sources (for article order).
 * Output: `{ articles: [{ slug, frontmatter, blocks }], report, permalinkChanges }` — the report is a
 * function of the raw file, the manifest and the registries; `permalinkChanges` says what this run did
 * to earlier ids (empty when the registries are up to date).
 * Throws `NormaliseError` naming file, line and field when: the bytes do not match the manifest's
 * sha256; a hint points outside the file; a role hint or note start lies outside its article's segments;
 * two role hints of an article, or two drop hints, overlap; an article uses lines of another article or
 * of a drop hint; a non-blank line is used by no article and dropped by no rule or hint; a
 * title/subtitle/byline hint disagrees with the bibliography. Manifest problems name the manifest's
 * line (when it was loaded by load-manifest.ts), raw-text problems the raw file's.
 */
import type { Manifest } from '../content-model/schemas/manifest.ts';
import { manifestWhere } from './load-manifest.ts';
import type { ArticleFrontmatter } from '../content-model/schemas/article.ts';
import { readSource } from './read-source.ts';
import { prepareLines } from './prepare-lines.ts';
import { assembleArticle } from './assemble-article.ts';
import { assignIds, type IdChange } from './permalinks/assign-ids.ts';
import type { PermalinkRegistry } from '../content-model/schemas/permalink-registry.ts';
import type { PublishedBlock } from './mdx/write-article.ts';
import { NormaliseError } from './shared/normalise-error.ts';
import { splitAnchors, stripAnchors } from './inline/anchors.ts';
import { hanConservation } from './report/conservation.ts';
import { separateFrontMatter } from './blocks/front-matter.ts';
import { clauseLabels } from './blocks/clauses.ts';
import { UNNUMBERED_ROLES, type DroppedLine } from './shared/types.ts';
import type { ArticleReport, SourceReport } from './report/source-report.ts';

export type { ArticleReport, SourceReport };

export interface NormalisedArticle {
  slug: string;
  frontmatter: ArticleFrontmatter;
  blocks: PublishedBlock[];
  /** Ids whose text is gone, with that text: their links land on a notice. */
  retired: PermalinkRegistry['retired'];
  registry: PermalinkRegistry;
}


/**
 * What happened to an earlier permalink id on this run (edited, split, merged, retired). Not part of the
 * report: it is news of one run (the next run, reading the registry this one wrote, has none), and a
 * committed file holding it would be stale right after `npm run normalise` (its `--check` would fail).
 */
export interface PermalinkChange {
  article: string;
  kind: IdChange['kind'];
  ids: string[];
}


export function normaliseSource(
  bytes: Uint8Array,
  manifest: Manifest,
  manifestPath: string,
  sourceIndex: number,
  registries: ReadonlyMap<string, PermalinkRegistry> = new Map(),
) {
  const file = manifest.file;
  /** A manifest problem: `NormaliseError` at the field's line in the manifest. */
  const manifestError = (field: string, problem: string) => new NormaliseError(manifestWhere(manifest, manifestPath, field), field, problem);
  const { lines: raw, sha256 } = readSource(bytes, file);
  if (sha256 !== manifest.sha256) {
    throw manifestError('sha256', `${file} has sha256 ${sha256}, the manifest records ${manifest.sha256}: the raw text changed without its manifest`);
  }
  const last = raw.length;
  const rangeText = ([a, b]: readonly [number, number]) => (a === b ? `L${a}` : `L${a}–L${b}`);
  const checkRange = (range: readonly [number, number], field: string) => {
    if (range[1] > last) throw manifestError(field, `lines ${range[0]}–${range[1]} lie outside ${file} (${last} lines)`);
  };
  /** Hints of one kind must not share a line: `ranges[k]` already covering a line of a later one fails. */
  const checkNoOverlap = (ranges: readonly { lines: readonly [number, number]; field: string; what: string }[]) => {
    const coveredBy = new Map<number, (typeof ranges)[number]>();
    for (const range of ranges) {
      for (let no = range.lines[0]; no <= range.lines[1]; no++) {
        const earlier = coveredBy.get(no);
        if (earlier) throw manifestError(range.field, `${range.what} ${rangeText(range.lines)} overlaps ${earlier.field} (${earlier.what} ${rangeText(earlier.lines)}) at ${file}:${no}: hints must not overlap`);
        coveredBy.set(no, range);
      }
    }
  };
  manifest.drops.forEach((d, i) => checkRange(d.lines, `drops.${i}.lines`));
  manifest.textRepairs.forEach((r, i) => checkRange([r.line, r.line], `textRepairs.${i}.line`));
  checkNoOverlap(manifest.drops.map((d, i) => ({ lines: d.lines, field: `drops.${i}.lines`, what: 'drop' })));
  manifest.articles.forEach((a, i) => {
    a.segments.forEach((s, j) => checkRange(s, `articles.${i}.segments.${j}`));
    a.roles.forEach((r, j) => checkRange(r.lines, `articles.${i}.roles.${j}.lines`));
    a.noteStarts.forEach((n, j) => checkRange([n.line, n.line], `articles.${i}.noteStarts.${j}.line`));
    const inSegments = (no: number) => a.segments.some(([from, to]) => from <= no && no <= to);
    const outside = (lines: readonly [number, number], field: string) => {
      for (let no = lines[0]; no <= lines[1]; no++) {
        if (!inSegments(no)) throw manifestError(field, `${file}:${no} is outside the article's segments (${a.segments.map(rangeText).join(', ')}), so the hint would never apply`);
      }
    };
    a.roles.forEach((r, j) => outside(r.lines, `articles.${i}.roles.${j}.lines`));
    a.noteStarts.forEach((n, j) => outside([n.line, n.line], `articles.${i}.noteStarts.${j}.line`));
    a.paragraphStarts.forEach((n, j) => checkRange([n.line, n.line], `articles.${i}.paragraphStarts.${j}.line`));
    a.paragraphStarts.forEach((n, j) => outside([n.line, n.line], `articles.${i}.paragraphStarts.${j}.line`));
    checkNoOverlap(a.roles.map((r, j) => ({ lines: r.lines, field: `articles.${i}.roles.${j}.lines`, what: `${r.role} hint` })));
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
  const hints: SourceReport['hints'] = manifest.drops.map((d) => ({ article: '(source)', hint: 'drop', lines: `L${d.lines[0]}–L${d.lines[1]}`, reason: d.reason, note: d.note }));
  hints.push(...manifest.textRepairs.map((r) => ({ article: '(source)', hint: `text repair “${r.from}” → “${r.to}”`, lines: `L${r.line}`, reason: r.reason, note: r.note })));
  if (manifest.urlMode) hints.push({ article: '(source)', hint: `URL mode ${manifest.urlMode.mode}`, lines: 'all', reason: manifest.urlMode.reason, note: manifest.urlMode.note });
  if (manifest.keepHanHanSpaces) hints.push({ article: '(source)', hint: 'keep Han–Han spaces', lines: 'all', reason: manifest.keepHanHanSpaces.reason, note: manifest.keepHanHanSpaces.note });
  const pageEnds: SourceReport['pageEnds'] = [];
  const permalinkChanges: PermalinkChange[] = [];
  const articles: NormalisedArticle[] = manifest.articles.map((article, index) => {
    const assembled = assembleArticle(file, article, prepared.lines, manifest.layout, spaces);
    for (const [j, start] of article.paragraphStarts.entries()) {
      if (!assembled.paragraphStartsApplied.has(start.line)) {
        throw manifestError(`articles.${index}.paragraphStarts.${j}.line`, `${file}:${start.line} is not inside a paragraph (it already begins one, or is no paragraph line), so the hint would change nothing`);
      }
    }
    for (const no of assembled.used) {
      const previous = owner.get(no);
      if (previous !== undefined && raw[no - 1]!.text.trim() !== '') {
        const j = article.segments.findIndex(([from, to]) => from <= no && no <= to);
        throw manifestError(`articles.${index}.segments.${j}`, `${file}:${no} is already used by ${previous === 'drops' ? 'a drop hint or line rule' : `the article ${previous}`}`);
      }
      owner.set(no, article.slug);
    }
    let separated: ReturnType<typeof separateFrontMatter>;
    try {
      separated = separateFrontMatter(assembled.blocks);
    } catch (error) {
      throw manifestError(`articles.${index}.segments`, `${file}: ${(error as Error).message}`);
    }
    const { frontMatter } = separated;
    const printedDoi = frontMatter.doi?.value;
    if (printedDoi !== undefined && article.bibliography.doi !== undefined && printedDoi !== article.bibliography.doi.value) {
      throw manifestError(`articles.${index}.bibliography.doi`, `the bibliography's DOI ${article.bibliography.doi.value} differs from the one printed at ${file} ${frontMatter.doi!.evidence}: ${printedDoi}`);
    }
    dropped.push(...assembled.dropped, ...separated.dropped);
    pageEnds.push(...assembled.pageEnds);
    hints.push(...assembled.editorialNotes.map((e) => ({ article: article.slug, ...e })));

    const citable = separated.blocks.filter((b) => b.kind !== 'note');
    const assigned = assignIds(registries.get(article.slug), citable.map((b) => `${b.kind}:${stripAnchors(b.text)}`));
    permalinkChanges.push(...assigned.changes.map((c) => ({ article: article.slug, ...c })));
    let n = 0;
    const numberedBlocks = separated.blocks.map((b) => {
      const i = citable.indexOf(b);
      const id = i >= 0 ? assigned.ids[i]! : `note-${b.note!.n}`;
      const aliases = i >= 0 ? assigned.aliases[i]! : [];
      const numbered = b.kind === 'paragraph' && !(b.role !== undefined && UNNUMBERED_ROLES.has(b.role));
      return { ...b, id, ...(aliases.length > 0 ? { aliases } : {}), n: numbered ? ++n : 0 };
    });
    // An official document's paragraphs are cited by its own numbering (blocks/clauses.ts).
    const clauses = article.bibliography.sourceKind === 'official-document' ? clauseLabels(numberedBlocks.map((b) => ({ kind: b.kind, text: stripAnchors(b.text), n: b.n }))) : [];
    const blocks = numberedBlocks.map((b, i) => (clauses[i] === undefined ? b : { ...b, clause: clauses[i] }));
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
      ...(Object.keys(frontMatter).length > 0 ? { frontMatter } : {}),
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
    han: hanConservation(raw, dropped, prepared.repairs, published),
    hints,
    dropped,
    repairs: prepared.repairs,
    pageEnds,
  };
  return { articles, report, permalinkChanges };
}
