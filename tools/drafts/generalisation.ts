/**
 * `npm run draft:generalisation` — how far a manifest drafted from the raw text alone
 * (src/normaliser/draft/draft-manifest.ts, what `npm run source:add` writes) comes to today's published
 * text, for each real source: the draft is made without reading the committed manifest (only the
 * source kind is taken from it, as the editor gives `--kind`), its TODOs are resolved mechanically with
 * values that do not touch the text (a genre of the kind, placeholder reasons, no issuer; a title hint
 * whose text the normaliser refuses is left out), and it is normalised. Every published block of the
 * committed articles (content/articles/, read as the site reads them) is then looked for, by kind and
 * exact text, among the draft's blocks.
 *
 * Prints one row per source: committed blocks, identical in the draft, differing (committed blocks the
 * draft does not reproduce), the draft's own block count, the share identical and the target (≥ 90 %
 * per source) as MET / NOT MET; then how many of the differing blocks the review view of the draft
 * points the editor to (a raw line of the block among the draft's uncertain places,
 * src/normaliser/review/uncertain.ts), and the target of 0 unflagged differences. A measurement, not a
 * test: it never fails on its numbers.
 *
 * Input: content/sources/*.txt + *.yaml, content/articles/*.mdx. Output: stdout.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readSource } from '../../src/normaliser/read-source.ts';
import { normaliseSource } from '../../src/normaliser/normalise-source.ts';
import { writeArticle } from '../../src/normaliser/mdx/write-article.ts';
import { draftManifest, type SourceKind } from '../../src/normaliser/draft/draft-manifest.ts';
import { manifestSchema, type Manifest } from '../../src/content-model/schemas/manifest.ts';
import { documentGenres, writingGenres } from '../../src/content-model/schemas/claim.ts';
import { readArticleBlocks, readCorpus } from '../../src/content-model/corpus/read-corpus.ts';
import { contentDir } from '../../src/content-model/files/content-dir.ts';
import { parseLineRanges } from '../../src/content-model/raw-source/raw-source-ranges.ts';
import { uncertainPlaces } from '../../src/normaliser/review/uncertain.ts';

const sources = join(contentDir, 'sources');
const corpus = readCorpus(contentDir);

/** A drafted manifest with its TODOs replaced by values that leave the published text alone. */
function resolved(manifest: Record<string, any>, kind: SourceKind, dropTitle: boolean): Manifest {
  const copy = structuredClone(manifest);
  delete copy['todo'];
  copy['description'] = 'Drafted for the generalisation measure.';
  for (const article of copy['articles']) {
    article.segmentsReason = 'Drafted for the generalisation measure.';
    article.bibliography.genre = kind === 'official-document' ? documentGenres[0] : writingGenres[0];
    delete article.bibliography.issuer;
    if (dropTitle || String(article.bibliography.title.value).startsWith('TODO')) {
      article.bibliography.title = { value: '（待定标题）', basis: 'stated', evidence: 'L1' };
      article.roles = article.roles.filter((r: { role: string }) => r.role !== 'title');
    }
  }
  return manifestSchema.parse(copy);
}

const key = (b: { kind: string; text: string }) => `${b.kind}\u0000${b.text}`;

interface Row {
  source: string;
  committed: number;
  identical: number;
  draftBlocks: number;
  flagged: number;
  /** The differing committed blocks by kind (`cell: 56`), the "why" of a miss. */
  missedKinds: Map<string, number>;
  layout: string;
  note: string;
}

const rows: Row[] = [];
const files = readdirSync(sources).filter((f) => f.endsWith('.yaml')).sort();
for (const [index, name] of files.entries()) {
  const committedManifest = parse(readFileSync(join(sources, name), 'utf8')) as { file: string; articles: { slug: string; bibliography: { sourceKind: SourceKind } }[] };
  const kind = committedManifest.articles[0]!.bibliography.sourceKind;
  const bytes = readFileSync(join(sources, committedManifest.file));
  const { lines, sha256 } = readSource(bytes, committedManifest.file);
  const draft = draftManifest({ lines, sha256, receivedAs: committedManifest.file, kind, slug: name.replace(/\.yaml$/u, '') });
  let normalised: ReturnType<typeof normaliseSource> | undefined;
  let draftManifestResolved: Manifest | undefined;
  let note = '';
  for (const dropTitle of [false, true]) {
    try {
      draftManifestResolved = resolved(draft.manifest, kind, dropTitle);
      normalised = normaliseSource(bytes, draftManifestResolved, name, index);
      break;
    } catch (error) {
      note = `${dropTitle ? 'failed' : 'title hint refused, left out'}: ${(error as Error).message.split('\n')[0]}`;
    }
  }
  const committedSlugs = new Set(committedManifest.articles.map((a) => a.slug));
  const committed = corpus.filter((a) => committedSlugs.has(a.slug)).flatMap((a) => a.blocks);
  const drafted = (normalised?.articles ?? []).flatMap((a) => readArticleBlocks(a.slug, writeArticle(a.frontmatter, a.blocks).replace(/^---\n[\s\S]*?\n---\n/u, '')));
  const available = new Map<string, number>();
  for (const b of drafted) available.set(key(b), (available.get(key(b)) ?? 0) + 1);
  const flaggedLines = new Set(normalised && draftManifestResolved ? uncertainPlaces(lines, draftManifestResolved, normalised).map((p) => p.line) : []);
  let identical = 0;
  let flagged = 0;
  const missedKinds = new Map<string, number>();
  for (const b of committed) {
    const left = available.get(key(b)) ?? 0;
    if (left > 0) {
      identical += 1;
      available.set(key(b), left - 1);
      continue;
    }
    missedKinds.set(b.kind, (missedKinds.get(b.kind) ?? 0) + 1);
    if (b.lines !== undefined && parseLineRanges(b.lines).some((no) => flaggedLines.has(no))) {
      flagged += 1;
    }
  }
  rows.push({ source: committedManifest.file.replace(/\.txt$/u, ''), committed: committed.length, identical, draftBlocks: drafted.length, flagged, missedKinds, layout: draft.layout.layout, note: normalised ? note : note || 'failed' });
}

const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)} %`);
console.log('GENERALISATION (a manifest drafted from the raw text alone, TODOs resolved without touching the text)');
console.log(`${'source'.padEnd(38)} ${'layout'.padEnd(19)} ${'committed'.padStart(9)} ${'identical'.padStart(9)} ${'differ'.padStart(7)} ${'draft'.padStart(6)} ${'identical'.padStart(9)}  ${'≥ 90 %'.padEnd(8)} ${'flagged'.padStart(7)} ${'unflagged'.padStart(9)}  0 unflagged`);
for (const r of rows) {
  const differ = r.committed - r.identical;
  console.log(
    `${r.source.padEnd(38)} ${r.layout.padEnd(19)} ${String(r.committed).padStart(9)} ${String(r.identical).padStart(9)} ${String(differ).padStart(7)} ${String(r.draftBlocks).padStart(6)} ${pct(r.identical, r.committed).padStart(9)}  ${(r.committed > 0 && r.identical / r.committed >= 0.9 ? 'MET' : 'NOT MET').padEnd(8)} ${String(r.flagged).padStart(7)} ${String(differ - r.flagged).padStart(9)}  ${differ === r.flagged ? 'MET' : 'NOT MET'}${differ > 0 ? `\n    differing blocks by kind: ${[...r.missedKinds].map(([k, n]) => `${k} ${n}`).join(', ')}` : ''}${r.note ? `\n    ${r.note}` : ''}`,
  );
}
const total = rows.reduce((s, r) => ({ committed: s.committed + r.committed, identical: s.identical + r.identical }), { committed: 0, identical: 0 });
console.log(`${'all sources'.padEnd(38)} ${''.padEnd(19)} ${String(total.committed).padStart(9)} ${String(total.identical).padStart(9)} ${String(total.committed - total.identical).padStart(7)} ${''.padStart(6)} ${pct(total.identical, total.committed).padStart(9)}`);
console.log('flagged: differing blocks with a raw line among the draft review view\'s places to check first; unflagged: the rest, which an editor would not be pointed to.');
