/**
 * `npm run bench:scale [-- --sizes 100,1000] [-- --seed 7] [-- --search-runs 1] [-- --no-search] [-- --keep]`
 *
 * Sizes from 8 (the real corpus alone) to 10,000 (`--sizes 1000,10000` for issue 22's targets); any
 * other size exits 1. Each synthetic source is written as soon as it is made (memory does not grow with
 * the size; the line "made in … peak RSS" shows it). Ends with a TARGETS table: every target of issue 22
 * (deliverables 4 and 5) as MET, NOT MET or NOT MEASURED, with the figure and the reason — 1,000 articles
 * ≤ 150 s wall and ≤ 2 GB peak; 10,000 completes with ≤ 6 GB peak and wall ≤ 11 × the 1,000 time; per size
 * dist/ ≤ 150 KB per article and no HTML page over 1 MB; per size a cold query ≤ 300 KB gzip (the worst
 * query's median) and time to first results ours / Pagefind's default UI ≤ 1.0 (pooled medians; with
 * Pagefind UI's recall); cold bytes at 10,000 ≤ 1.5 × at 1,000. A target about a size not in --sizes is
 * NOT MEASURED.
 *
 * How the whole pipeline scales with the number of articles. For each size N it builds, in a temporary
 * copy of the project, a corpus of N articles — the 8 real ones (so the glossary's and the timeline's
 * citations still resolve) plus N − 8 synthetic ones — runs every stage of a build on it, and prints the
 * figures. A benchmark, not a test: it prints the targets with PASS/MISS and never fails on them.
 *
 * Synthetic sources (`synthesise`): each is a RAW text plus a manifest, made from one of the five real
 * sources (taken in turn; a one-article source when fewer articles are left than the next source
 * holds), so the normaliser does its real work on real extraction artifacts (Yi-syllable punctuation,
 * page numbers, footnote blocks, doubled bold lines, spaced URLs…). The real source is normalised
 * in-process; the first raw line of every published paragraph and heading is a cut point, and the lines
 * of each article segment are cut there into units (a paragraph with whatever follows it in the raw file:
 * its continuation lines, blank lines, a page number, a page's notes). Units covered by one manifest hint
 * (title, table, note, drop…; a hinted paragraph start with the line before it) are merged, the first and last unit of each segment stay in place (title,
 * byline, credit line), and the others are shuffled with a seeded PRNG (mulberry32; seed = --seed and
 * the source's number), so every run makes the same corpus. The manifest is the real one with the
 * file name, receivedAs (`syn-NNNN_…`, sorted after the real sources), sha256 and description replaced,
 * `-sNNNN` appended to each article slug, and every hint's line numbers moved with its lines (a hint
 * whose lines would not stay contiguous and in order is a bug here and throws). Titles, bylines and
 * bibliographies are the real ones, so the synthetic articles repeat the real titles.
 *
 * Stages, each a child process in the copy (cwd = the copy, Node = this Node, node_modules = a folder of
 * symlinks to the project's packages, so Astro's and Vite's caches start empty there and nothing is
 * shared with other builds; the copy has the project's pagefind.yml, so Pagefind reads only the article
 * pages as in a real build): `normalise` (write), `normalise --check`, `astro build`, `pagefind --site
 * dist`. "pipeline" = normalise + astro build + pagefind (as `npm run bench:build`); "npm run build" =
 * check + astro build + pagefind. Not in either total, run after: `knowledge` and `timeline:coverage`
 * (their exit codes are printed: coverage is expected to fail, the synthetic articles' dated paragraphs
 * being cited by no event).
 *
 * Units: "wall s" = seconds of wall clock (performance.now()); "cpu s" = user + system CPU seconds of the
 * stage's process tree (GNU time %U + %S), which depends less on what else the machine runs (the stages
 * are mostly single-threaded, so on an idle machine wall ≈ CPU); MB = 10^6 bytes, KB = 1024 bytes.
 * Peak memory, two ways: "peak tree" = the largest sum of VmRSS over the stage's process tree (the child
 * and all its descendants, found through /proc/<pid>/task/<tid>/children), sampled every 100 ms — what
 * the stage needs of the machine at once — and the clock time it was seen ("at", to match Astro's log);
 * "largest" = GNU time's %M (exact max RSS of the largest single process of the tree, from wait4). Both
 * GNU time figures are "—" when /usr/bin/time is missing. Each stage's output is kept in the copy,
 * `stage-<label>.log`.
 * Sizes: dist/ (every file), dist/pagefind/ (the Pagefind index and runtime), dist/search/data/ (our
 * search data, under its version folder: manifest.json and blocks/<slug>.json, blocks.json when built;
 * raw and gzip -9 per file).
 * Search per query: tools/bench/search.ts run on the copy's dist/ with `--compare-only` and
 * `--compare-runs` = `--search-runs` (default 1): ours against Pagefind's default UI, interleaved, cold
 * bytes (gzip) and time to first results painted, and Pagefind UI's recall (its tables are printed as
 * they are; its `COMPARE-JSON` line feeds the TARGETS table). Every synthetic article repeats a real
 * text, so a query found in one real article is found in all its copies: the search figures are a worst
 * case. `--no-search` skips it. Above scripts/build-steps.ts's `pagefindMaxArticles` the build leaves
 * Pagefind out; the benchmark then builds it as the comparison's peer, stage `pagefind (peer)`, which
 * counts in neither the pipeline's time nor its peak nor dist/ per article (and is not built with
 * `--no-search`).
 * Also printed: Astro's own timing lines from its build log, the largest pages, the load average (the
 * machine may be shared: times are relative to it).
 *
 * Output: stdout. Temporary copies in $TMPDIR/sco-scale-<N>-*, removed afterwards unless --keep.
 * Errors: exits 1 if a synthetic source cannot be made (a bug here); a stage that exits non-zero is
 * reported with the tail of its log, and the later stages of that size are skipped.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSizeSync } from 'gzip-size';
import { parseDocument } from 'yaml';
import { buildCollection } from '../../src/normaliser/build-collection.ts';
import { loadManifest } from '../../src/normaliser/load-manifest.ts';
import { parseLineRanges } from '../../src/content-model/raw-source/raw-source-ranges.ts';
import type { Manifest } from '../../src/content-model/schemas/manifest.ts';
import { astroNodeOptions, runsPagefind } from '../../scripts/build-steps.ts';

/** The label of the Pagefind stage when the build leaves Pagefind out and the benchmark builds it as the comparison's peer. */
const peerPagefind = 'pagefind (peer)';
import type { CompareSummary } from './search/compare.ts';

const { values: options } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000' },
    seed: { type: 'string', default: '7' },
    'search-runs': { type: 'string', default: '1' },
    'no-search': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = options.sizes.split(',').map((s) => Number.parseInt(s, 10));
/** Sizes accepted: the real corpus alone (8) up to 10,000 articles. */
const sizeRange = { min: 8, max: 10_000 };
if (sizes.some((n) => !Number.isInteger(n) || n < sizeRange.min || n > sizeRange.max)) {
  console.error(`bench:scale: --sizes ${options.sizes}: every size must be a whole number from ${sizeRange.min} (the real corpus alone) to ${sizeRange.max}`);
  process.exit(1);
}
const seed = Number.parseInt(options.seed, 10) || 0;
const project = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** Issue 22's targets (deliverables 4 and 5); GB = 10^9 bytes, KB = 1024 bytes. */
const targets = {
  at: 1000,
  seconds: 150,
  peakGb: 2,
  big: 10_000,
  bigPeakGb: 6,
  bigRatio: 11,
  distKbPerArticle: 150,
  htmlMaxBytes: 1024 * 1024,
  coldKb: 300,
  bytesGrowth: 1.5,
  timeRatio: 1.0,
};

// ---------------------------------------------------------------------------------------------------
// Synthetic sources.

/** mulberry32: a small seeded PRNG, uniform in [0, 1). */
function prng(seedValue: number): () => number {
  let a = seedValue >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

interface Template {
  name: string;
  manifest: Manifest;
  yaml: string;
  lines: string[];
  /** Raw lines where a published paragraph or heading starts. */
  cuts: Set<number>;
}

/** The five real sources, in the normaliser's order, with the cut points of their normalised articles. */
function readTemplates(sourcesDir: string): Template[] {
  const files = buildCollection(sourcesDir);
  const cutsBySlug = new Map<string, number[]>();
  for (const [path, text] of files) {
    if (!path.startsWith('articles/')) continue;
    const starts = [...text.matchAll(/^<(?:Para|Heading) [^>]*?lines="([^"]+)"/gmu)].map((m) => Math.min(...parseLineRanges(m[1]!)));
    cutsBySlug.set(path.slice('articles/'.length, -'.mdx'.length), starts);
  }
  return readdirSync(sourcesDir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const yaml = readFileSync(join(sourcesDir, f), 'utf8');
      const manifest = loadManifest(yaml, f);
      const lines = readFileSync(join(sourcesDir, manifest.file), 'utf8').split('\n');
      const cuts = new Set(manifest.articles.flatMap((a) => cutsBySlug.get(a.slug) ?? []));
      return { name: manifest.file.replace(/\.txt$/u, ''), manifest, yaml, lines, cuts };
    })
    .sort((a, b) => a.manifest.receivedAs.localeCompare(b.manifest.receivedAs));
}

/** Every line range a hint of the manifest names (segments excluded). */
function hintRanges(m: Manifest): [number, number][] {
  return [
    ...m.drops.map((d) => d.lines),
    ...m.textRepairs.map((r) => [r.line, r.line] as [number, number]),
    ...m.articles.flatMap((a) => [
      ...a.roles.map((r) => r.lines),
      ...a.noteStarts.map((n) => [n.line, n.line] as [number, number]),
      // A paragraph start is hinted where the line before it gives no sign of a paragraph's end: the two
      // stay together, or the hint would be redundant (an error) after the line before it moved.
      ...a.paragraphStarts.map((s) => [s.line - 1, s.line] as [number, number]),
    ]),
  ];
}

/**
 * One synthetic source from a template: its raw text and its manifest (YAML). `n` numbers it.
 * Throws if a hint's lines would not stay contiguous (see the module comment).
 */
function synthesise(t: Template, n: number): { file: string; text: string; yaml: string; slugs: string[] } {
  const random = prng(seed * 1_000_003 + n);
  const tag = `s${String(n).padStart(4, '0')}`;
  const hints = hintRanges(t.manifest);
  /** newNo[old line] = new line; identity outside the segments. */
  const order = t.lines.map((_, i) => i + 1);
  for (const [a, b] of t.manifest.articles.flatMap((x) => x.segments)) {
    const starts = [a, ...[...t.cuts].filter((c) => c > a && c <= b).sort((x, y) => x - y)];
    let units = starts.map((s, i) => [s, (starts[i + 1] ?? b + 1) - 1] as [number, number]);
    for (const [h0, h1] of hints) {
      const lo = Math.max(a, h0);
      const hi = Math.min(b, h1);
      if (lo > hi) continue;
      const inside = units.filter(([u0, u1]) => u1 >= lo && u0 <= hi);
      if (inside.length < 2) continue;
      const merged: [number, number] = [inside[0]![0], inside.at(-1)![1]];
      units = units.filter((u) => !inside.includes(u));
      units.push(merged);
      units.sort((x, y) => x[0] - y[0]);
    }
    if (units.length <= 3) continue;
    const middle = shuffle(units.slice(1, -1), random);
    const lines = [units[0]!, ...middle, units.at(-1)!].flatMap(([u0, u1]) => Array.from({ length: u1 - u0 + 1 }, (_, i) => u0 + i));
    lines.forEach((old, i) => (order[a - 1 + i] = old));
  }
  const newNo = new Map(order.map((old, i) => [old, i + 1]));
  const move = (range: readonly [number, number], what: string): [number, number] => {
    const moved = Array.from({ length: range[1] - range[0] + 1 }, (_, i) => newNo.get(range[0] + i)!);
    if (moved.some((no, i) => i > 0 && no !== moved[i - 1]! + 1)) throw new Error(`synthetic ${tag} from ${t.name}: ${what} L${range[0]}–L${range[1]} would not stay contiguous`);
    return [moved[0]!, moved.at(-1)!];
  };

  const text = order.map((old) => t.lines[old - 1]!).join('\n');
  const file = `syn-${String(n).padStart(4, '0')}-${t.name}.txt`;
  const doc = parseDocument(t.yaml);
  const m = t.manifest;
  doc.set('file', file);
  doc.set('receivedAs', `syn-${String(n).padStart(4, '0')}_${m.receivedAs}`);
  doc.set('sha256', createHash('sha256').update(text).digest('hex'));
  doc.set('description', `Synthetic source for npm run bench:scale: ${m.file} with the paragraphs of each article shuffled (seed ${seed}, source ${n}). ${m.description}`);
  m.drops.forEach((d, i) => doc.setIn(['drops', i, 'lines'], move(d.lines, 'drop')));
  m.textRepairs.forEach((r, i) => doc.setIn(['textRepairs', i, 'line'], move([r.line, r.line], 'text repair')[0]));
  const slugs: string[] = [];
  m.articles.forEach((article, i) => {
    const slug = `${article.slug}-${tag}`;
    slugs.push(slug);
    doc.setIn(['articles', i, 'slug'], slug);
    article.roles.forEach((r, j) => doc.setIn(['articles', i, 'roles', j, 'lines'], move(r.lines, `role ${r.role}`)));
    article.noteStarts.forEach((s, j) => doc.setIn(['articles', i, 'noteStarts', j, 'line'], move([s.line, s.line], 'note start')[0]));
    article.paragraphStarts.forEach((s, j) => doc.setIn(['articles', i, 'paragraphStarts', j, 'line'], move([s.line, s.line], 'paragraph start')[0]));
  });
  return { file, text, yaml: doc.toString({ lineWidth: 0 }), slugs };
}

/** Writes synthetic sources into `sourcesDir` until it holds `size` articles; returns how many sources. */
function writeSynthetic(templates: Template[], sourcesDir: string, size: number): { sources: number; articles: number; rawBytes: number } {
  let left = size - templates.reduce((sum, t) => sum + t.manifest.articles.length, 0);
  let n = 0;
  let rawBytes = 0;
  while (left > 0) {
    let t = templates[n % templates.length]!;
    if (t.manifest.articles.length > left) t = templates.find((x) => x.manifest.articles.length <= left)!;
    n++;
    const s = synthesise(t, n);
    writeFileSync(join(sourcesDir, s.file), s.text);
    writeFileSync(join(sourcesDir, s.file.replace(/\.txt$/u, '.yaml')), s.yaml);
    rawBytes += Buffer.byteLength(s.text);
    left -= s.slugs.length;
  }
  return { sources: n, articles: size, rawBytes };
}

// ---------------------------------------------------------------------------------------------------
// The project copy.

/** A copy of the project with the corpus of `size` articles, node_modules as a folder of symlinks. */
function makeCopy(templates: Template[], size: number): { dir: string; made: ReturnType<typeof writeSynthetic> } {
  const dir = mkdtempSync(join(tmpdir(), `sco-scale-${size}-`));
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'pagefind.yml', 'src', 'scripts', 'tools', 'public']) {
    if (existsSync(join(project, entry))) cpSync(join(project, entry), join(dir, entry), { recursive: true });
  }
  for (const entry of ['sources', 'permalinks', 'glossary', 'timeline', 'timeline-coverage-ignore.yaml']) {
    if (existsSync(join(project, 'content', entry))) cpSync(join(project, 'content', entry), join(dir, 'content', entry), { recursive: true });
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(project, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite' || entry === '.cache') continue;
    symlinkSync(join(project, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  const made = writeSynthetic(templates, join(dir, 'content', 'sources'), size);
  return { dir, made };
}

// ---------------------------------------------------------------------------------------------------
// Running a stage: wall time, memory, log.

interface StageResult {
  label: string;
  seconds: number;
  code: number | null;
  /** Largest sampled sum of VmRSS over the process tree, bytes, and when (local HH:MM:SS, as in Astro's log). */
  treePeak: number;
  peakAt: string;
  /** GNU time %M of the largest process, bytes (undefined without /usr/bin/time). */
  largest?: number;
  /** GNU time %U + %S: CPU seconds of the tree (user + system), undefined without /usr/bin/time. */
  cpu?: number;
  log: string;
}

function vmRss(pid: number): number {
  try {
    const m = /^VmRSS:\s+(\d+) kB/mu.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

function treeRss(root: number): number {
  const pids = [root];
  for (let i = 0; i < pids.length; i++) {
    try {
      for (const tid of readdirSync(`/proc/${pids[i]}/task`)) {
        const children = readFileSync(`/proc/${pids[i]}/task/${tid}/children`, 'utf8').trim();
        if (children) pids.push(...children.split(/\s+/u).map(Number));
      }
    } catch {
      // the process ended between two reads
    }
  }
  return pids.reduce((sum, pid) => sum + vmRss(pid), 0);
}

const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Runs `args` in `cwd` (default: the copy `dir`); its output goes to `<dir>/stage-<label>.log`. */
function runStage(label: string, dir: string, args: string[], cwd = dir): Promise<StageResult> {
  const logFile = join(dir, `stage-${label.replace(/\W+/gu, '-')}.log`);
  const timeFile = `${logFile}.time`;
  const [command, ...rest] = gnuTime ? [gnuTime, '-f', '%M %U %S', '-o', timeFile, ...args] : args;
  const started = performance.now();
  const child = spawn(command!, rest, {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PATH: `${dirname(process.execPath)}:${join(dir, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  child.stderr.on('data', (c: Buffer) => chunks.push(c));
  let treePeak = 0;
  let peakAt = '';
  const sampler = setInterval(() => {
    if (child.pid === undefined) return;
    const rss = treeRss(child.pid);
    if (rss > treePeak) {
      treePeak = rss;
      peakAt = new Date().toTimeString().slice(0, 8);
    }
  }, 100);
  return new Promise((done) => {
    child.on('close', (code) => {
      clearInterval(sampler);
      const seconds = (performance.now() - started) / 1000;
      const log = Buffer.concat(chunks).toString('utf8').replace(/\x1b\[[0-9;]*m/gu, '');
      writeFileSync(logFile, log);
      const result: StageResult = { label, seconds, code, treePeak, peakAt, log };
      if (gnuTime && existsSync(timeFile)) {
        const [kb, user, system] = (readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '').split(' ').map(Number);
        if (Number.isFinite(kb)) result.largest = kb! * 1024;
        if (Number.isFinite(user) && Number.isFinite(system)) result.cpu = user! + system!;
      }
      done(result);
    });
  });
}

// ---------------------------------------------------------------------------------------------------
// Sizes of the output.

interface FileSize {
  path: string;
  bytes: number;
}

function filesUnder(dir: string): FileSize[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const path = join(e.parentPath, e.name);
      return { path: relative(dir, path), bytes: statSync(path).size };
    });
}

const sum = (files: FileSize[]) => files.reduce((n, f) => n + f.bytes, 0);
const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
const kib = (bytes: number) => (bytes / 1024).toFixed(1);

function gzipTotal(dir: string, files: FileSize[]): number {
  return files.reduce((n, f) => n + gzipSizeSync(readFileSync(join(dir, f.path))), 0);
}

// ---------------------------------------------------------------------------------------------------
// One size.

interface SizeResult {
  size: number;
  stages: StageResult[];
  pipelineSeconds?: number;
  /** CPU seconds (user + system) of the same stages, when GNU time measured them. */
  pipelineCpu?: number;
  peak?: number;
  /** Articles in the corpus and bytes of dist/ (every file). */
  articles: number;
  distBytes?: number;
  /** The largest generated HTML page. */
  largestHtml?: FileSize;
  /** The comparison with Pagefind's default UI (tools/bench/search.ts --compare-only), when it ran. */
  compare?: CompareSummary;
  /** Why the comparison has no figures, when it has none. */
  compareMissing?: string;
}


function pad(text: string, width: number): string {
  return width < 0 ? text.padEnd(-width) : text.padStart(width);
}

function loadText(): string {
  return loadavg().map((l) => l.toFixed(2)).join(' ');
}

/** The lines of a section of bench-search's output, from the line starting with `title` to a blank line. */
function section(output: string, title: string): string[] {
  const lines = output.split('\n');
  const start = lines.findIndex((l) => l.startsWith(title));
  if (start < 0) return [];
  const end = lines.findIndex((l, i) => i > start && l.trim() === '');
  return lines.slice(start, end < 0 ? undefined : end);
}

async function runSize(templates: Template[], size: number): Promise<SizeResult> {
  const made0 = performance.now();
  const { dir, made } = makeCopy(templates, size);
  const sources = readdirSync(join(dir, 'content', 'sources')).filter((f) => f.endsWith('.yaml')).length;
  console.log(`\n=== ${size} articles: 8 real + ${size - 8} synthetic from ${made.sources} synthetic sources (${sources} sources, ${mb(made.rawBytes)} MB of synthetic raw text), made in ${((performance.now() - made0) / 1000).toFixed(1)} s in ${dir}; this process's peak RSS so far ${mb(process.resourceUsage().maxRSS * 1024)} MB (each source is written as it is made)`);
  console.log(`load average at start: ${loadText()} (1, 5, 15 min) on ${cpus().length} CPUs`);

  const node = process.execPath;
  // astro build with the heap limits of `npm run build` for this corpus (scripts/build-steps.ts; measured
  // at 1,000 articles: live data ≤ ~760 MB, but an unlimited heap grows to 2.35 GB of mostly garbage
  // before V8 collects it; 1536 MB ran out at 10,000). The copy's articles are written by its normalise
  // stage, below: the limit is that of the `size` articles it will hold.
  const heapFlags = astroNodeOptions(size);
  console.log(`astro build heap limit: ${heapFlags.join(' ')}`);
  const plan: [string, string[]][] = [
    ['normalise', [node, 'scripts/normalise.ts']],
    ['normalise --check', [node, 'scripts/normalise.ts', '--check']],
    ['astro build', [node, ...heapFlags, 'node_modules/astro/bin/astro.mjs', 'build']],
    ['export data', [node, 'scripts/export-data.ts']],
    // Above scripts/build-steps.ts's pagefindMaxArticles the build leaves Pagefind out; it is built here
    // all the same, as the peer the search comparison needs, outside the pipeline's totals and peak.
    // (with --no-search there is no comparison, so no peer to build)
    ...(runsPagefind(size) || !options['no-search'] ? [[runsPagefind(size) ? 'pagefind' : peerPagefind, [join(dir, 'node_modules', '.bin', 'pagefind'), '--site', 'dist']] as [string, string[]]] : []),
  ];
  const stages: StageResult[] = [];
  for (const [label, args] of plan) {
    const result = await runStage(label, dir, args);
    stages.push(result);
    if (result.code !== 0) {
      console.log(`${label} FAILED (exit ${result.code}) after ${result.seconds.toFixed(1)} s; last lines of its log:`);
      console.log(result.log.trim().split('\n').slice(-25).map((l) => `  | ${l}`).join('\n'));
      break;
    }
  }
  const after: StageResult[] = [];
  if (stages.every((s) => s.code === 0)) {
    after.push(await runStage('knowledge', dir, [node, 'scripts/knowledge.ts']));
    after.push(await runStage('timeline:coverage', dir, [node, 'scripts/timeline-coverage.ts']));
  }
  console.log(`load average at end:   ${loadText()}`);

  const gb = (bytes: number | undefined) => (bytes === undefined ? '—' : (bytes / 1e9).toFixed(2));
  const cpu = (s: StageResult) => (s.cpu === undefined ? '—' : s.cpu.toFixed(1));
  console.log(`\n${pad('stage', -20)} ${pad('wall s', 8)} ${pad('cpu s', 8)} ${pad('peak tree GB', 13)} ${pad('at', 9)} ${pad('largest GB', 11)}  exit`);
  const line = (s: StageResult) => console.log(`${pad(s.label, -20)} ${pad(s.seconds.toFixed(1), 8)} ${pad(cpu(s), 8)} ${pad(gb(s.treePeak), 13)} ${pad(s.peakAt, 9)} ${pad(gb(s.largest), 11)}  ${s.code}`);
  stages.forEach(line);
  const get = (label: string) => stages.find((s) => s.label === label && s.code === 0);
  const [norm, check, astro, exported] = ['normalise', 'normalise --check', 'astro build', 'export data'].map(get);
  // Pagefind's stage as the build runs it, or as the comparison's peer (then not in the totals)
  const pfBuilt = get('pagefind');
  const pfPeer = get(peerPagefind);
  const pf = pfBuilt ?? pfPeer;
  const inBuild = (list: (StageResult | undefined)[]) => list.filter((x): x is StageResult => x !== undefined);
  let pipelineSeconds: number | undefined;
  let peak: number | undefined;
  if (norm && astro && exported && (pfBuilt || !runsPagefind(size))) {
    const piped = inBuild([norm, astro, exported, pfBuilt]);
    pipelineSeconds = piped.reduce((n, x) => n + x.seconds, 0);
    peak = Math.max(...stages.filter((x) => x.label !== peerPagefind).map((x) => Math.max(x.treePeak, x.largest ?? 0)));
    const cpuSum = (list: StageResult[]) => (list.every((s) => s.cpu !== undefined) ? list.reduce((n, s) => n + s.cpu!, 0).toFixed(1) : '—');
    const what = pfBuilt ? 'normalise + astro build + export data + pagefind' : `normalise + astro build + export data; ${peerPagefind} not counted`;
    console.log(`${pad('pipeline total', -20)} ${pad(pipelineSeconds.toFixed(1), 8)} ${pad(cpuSum(inBuild([norm, astro, exported, pfBuilt])), 8)} ${pad(gb(peak), 13)}   (${what}; peak = the largest of its stages)`);
    if (check) {
      const build = inBuild([check, astro, exported, pfBuilt]);
      console.log(`${pad('npm run build', -20)} ${pad(build.reduce((n, x) => n + x.seconds, 0).toFixed(1), 8)} ${pad(cpuSum(build), 8)}                 (normalise --check + astro build + export data${pfBuilt ? ' + pagefind' : ''})`);
    }
  }
  if (after.length > 0) {
    console.log('not in the totals:');
    after.forEach(line);
    const coverage = after[1]!.log.split('\n').find((l) => l.startsWith('timeline coverage:'));
    if (coverage) console.log(`  ${coverage}`);
    const failed = after[1]!.log.split('\n').find((l) => l.startsWith('timeline:coverage failed'));
    if (failed) console.log(`  ${failed.slice(0, 200)}`);
  }
  if (astro) {
    console.log('\nAstro\'s own timings (from its log):');
    for (const l of astro.log.split('\n')) {
      if (/Completed in|built in|✓ Completed|Building static|Collecting build|page\(s\) built|generating static routes|Syncing content|Synced content|Rearranging|Optimizing/iu.test(l)) console.log(`  ${l.trim()}`);
    }
  }

  const result: SizeResult = { size, stages, articles: size };
  const dist = join(dir, 'dist');
  const all = filesUnder(dist);
  // dist/ of a build that failed is no measure of the site
  if (all.length > 0 && pipelineSeconds !== undefined) {
    const pagefind = filesUnder(join(dist, 'pagefind'));
    // the peer Pagefind's files are the benchmark's, not the site's
    result.distBytes = sum(all) - (runsPagefind(size) ? 0 : sum(pagefind));
    if (!runsPagefind(size)) console.log(`\n(${peerPagefind}: its ${mb(sum(pagefind))} MB in dist/pagefind/ are not counted in dist/ per article)`);
    // dist/search/data/<version>/…: paths relative to dist/search/data, so `<version>/blocks/<slug>.json`.
    const search = filesUnder(join(dist, 'search', 'data'));
    const blocks = search.filter((f) => /^[^/]+\/blocks\//u.test(f.path));
    const html = all.filter((f) => f.path.endsWith('.html'));
    console.log(`\ndist/: ${mb(sum(all))} MB in ${all.length} files (${html.length} HTML pages, ${mb(sum(html))} MB)`);
    console.log(`  pagefind/ (index + runtime): ${mb(sum(pagefind))} MB in ${pagefind.length} files; of which index chunks (*.pf_index) ${mb(sum(pagefind.filter((f) => f.path.endsWith('.pf_index'))))} MB in ${pagefind.filter((f) => f.path.endsWith('.pf_index')).length}, fragments ${mb(sum(pagefind.filter((f) => f.path.endsWith('.pf_fragment'))))} MB in ${pagefind.filter((f) => f.path.endsWith('.pf_fragment')).length}, filters ${kib(sum(pagefind.filter((f) => f.path.endsWith('.pf_filter'))))} KB, meta ${kib(sum(pagefind.filter((f) => f.path.endsWith('.pf_meta'))))} KB`);
    console.log(`  search/data/ (our search data): ${mb(sum(search))} MB raw, ${mb(gzipTotal(join(dist, 'search', 'data'), search))} MB gzip; manifest.json ${kib(sum(search.filter((f) => f.path.endsWith('/manifest.json'))))} KB, blocks/ ${blocks.length} files ${mb(sum(blocks))} MB`);
    const largest = [...html].sort((a, b) => b.bytes - a.bytes).slice(0, 6);
    if (largest[0]) result.largestHtml = largest[0];
    console.log(`  per article: ${kib(result.distBytes / size)} KB of dist/${runsPagefind(size) ? '' : ' without the peer Pagefind'}; HTML pages over 1 MB: ${html.filter((f) => f.bytes > targets.htmlMaxBytes).length}`);
    console.log(`  largest pages: ${largest.map((f) => `${f.path.replace(/\/?index\.html$/u, '/') || '/'} ${kib(f.bytes)} KB`).join(', ')}`);
    const articlePages = html.filter((f) => /^articles\/[^/]+\/index\.html$/u.test(f.path));
    if (articlePages.length > 0) console.log(`  article pages: ${articlePages.length}, mean ${kib(sum(articlePages) / articlePages.length)} KB`);
  }

  if (pf && !options['no-search']) {
    const args = [node, 'tools/bench/search.ts', `--dist=${dist}`, '--compare-only', `--compare-runs=${options['search-runs']}`];
    const search = await runStage('bench-search', dir, args, project);
    console.log(`\nSearch, ours against Pagefind's default UI (tools/bench/search.ts --dist=… --compare-only --compare-runs=${options['search-runs']}, ${search.seconds.toFixed(0)} s, exit ${search.code}):`);
    const out = search.log;
    for (const title of ['Search benchmark:', 'OURS AGAINST PAGEFIND UI', 'PAGEFIND UI RECALL', 'FAILED runs']) {
      const lines = section(out, title);
      if (lines.length > 0) console.log(lines.map((l) => `  ${l}`).join('\n'));
    }
    const json = out.split('\n').find((l) => l.startsWith('COMPARE-JSON '));
    if (json) result.compare = JSON.parse(json.slice('COMPARE-JSON '.length)) as CompareSummary;
    else result.compareMissing = `bench:search printed no figures (exit ${search.code})`;
    if (search.code !== 0) console.log(out.trim().split('\n').slice(-15).map((l) => `  | ${l}`).join('\n'));
  } else {
    result.compareMissing = options['no-search'] ? '--no-search' : 'the build failed';
  }

  if (options.keep) console.log(`kept: ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
  if (pipelineSeconds !== undefined) result.pipelineSeconds = pipelineSeconds;
  const piped = ['normalise', 'astro build', 'export data', ...(runsPagefind(size) ? ['pagefind'] : [])].map((label) => stages.find((s) => s.label === label));
  if (pipelineSeconds !== undefined && piped.every((s) => s?.cpu !== undefined)) result.pipelineCpu = piped.reduce((n, s) => n + s!.cpu!, 0);
  if (peak !== undefined) result.peak = peak;
  return result;
}

// ---------------------------------------------------------------------------------------------------

/**
 * The final table: every target of issue 22 (deliverables 4 and 5) as MET, NOT MET or NOT MEASURED, with
 * the figure and the reason. A target about a size the run did not include is NOT MEASURED.
 */
function printTargets(results: SizeResult[]): void {
  type Verdict = 'MET' | 'NOT MET' | 'NOT MEASURED';
  const lines: [string, Verdict, string][] = [];
  const verdict = (ok: boolean): Verdict => (ok ? 'MET' : 'NOT MET');
  const at = (n: number) => results.find((r) => r.size === n);
  const gb = (bytes: number) => `${(bytes / 1e9).toFixed(2)} GB`;
  const notRun = (n: number) => `no run at ${n.toLocaleString('en')} articles (--sizes)`;
  const failed = (r: SizeResult) => `the pipeline failed at ${r.size} (${r.stages.find((s) => s.code !== 0)?.label ?? '?'})`;

  const one = at(targets.at);
  const big = at(targets.big);
  const name1 = targets.at.toLocaleString('en');
  const name2 = targets.big.toLocaleString('en');
  if (!one) lines.push([`${name1} articles: pipeline ≤ ${targets.seconds} s wall`, 'NOT MEASURED', notRun(targets.at)], [`${name1} articles: peak ≤ ${targets.peakGb} GB`, 'NOT MEASURED', notRun(targets.at)]);
  else if (one.pipelineSeconds === undefined) lines.push([`${name1} articles: pipeline ≤ ${targets.seconds} s wall`, 'NOT MET', failed(one)], [`${name1} articles: peak ≤ ${targets.peakGb} GB`, 'NOT MEASURED', failed(one)]);
  else {
    lines.push([`${name1} articles: pipeline ≤ ${targets.seconds} s wall`, verdict(one.pipelineSeconds <= targets.seconds), `${one.pipelineSeconds.toFixed(1)} s wall (CPU ${one.pipelineCpu?.toFixed(1) ?? '—'} s), load ${loadText()}`]);
    lines.push([`${name1} articles: peak ≤ ${targets.peakGb} GB`, verdict(one.peak! <= targets.peakGb * 1e9), `${gb(one.peak!)} (largest stage: process-tree RSS or GNU time %M)`]);
  }
  if (!big) lines.push([`${name2} articles: completes, peak ≤ ${targets.bigPeakGb} GB`, 'NOT MEASURED', notRun(targets.big)], [`${name2} articles: wall ≤ ${targets.bigRatio} × the ${name1} time`, 'NOT MEASURED', notRun(targets.big)]);
  else if (big.pipelineSeconds === undefined) lines.push([`${name2} articles: completes, peak ≤ ${targets.bigPeakGb} GB`, 'NOT MET', failed(big)], [`${name2} articles: wall ≤ ${targets.bigRatio} × the ${name1} time`, 'NOT MET', failed(big)]);
  else {
    lines.push([`${name2} articles: completes, peak ≤ ${targets.bigPeakGb} GB`, verdict(big.peak! <= targets.bigPeakGb * 1e9), gb(big.peak!)]);
    if (one?.pipelineSeconds === undefined) lines.push([`${name2} articles: wall ≤ ${targets.bigRatio} × the ${name1} time`, 'NOT MEASURED', one ? failed(one) : notRun(targets.at)]);
    else {
      const ratio = big.pipelineSeconds / one.pipelineSeconds;
      lines.push([`${name2} articles: wall ≤ ${targets.bigRatio} × the ${name1} time`, verdict(ratio <= targets.bigRatio), `${big.pipelineSeconds.toFixed(1)} s / ${one.pipelineSeconds.toFixed(1)} s = ${ratio.toFixed(2)} ×${big.pipelineCpu !== undefined && one.pipelineCpu !== undefined ? ` (CPU ${(big.pipelineCpu / one.pipelineCpu).toFixed(2)} ×)` : ''}`]);
    }
  }
  for (const r of results) {
    const n = `${r.size.toLocaleString('en')} articles`;
    if (r.distBytes === undefined) lines.push([`${n}: dist/ ≤ ${targets.distKbPerArticle} KB per article`, 'NOT MEASURED', failed(r)]);
    else lines.push([`${n}: dist/ ≤ ${targets.distKbPerArticle} KB per article`, verdict(r.distBytes / r.articles <= targets.distKbPerArticle * 1024), `${kib(r.distBytes / r.articles)} KB (${mb(r.distBytes)} MB / ${r.articles})`]);
    if (!r.largestHtml) lines.push([`${n}: no HTML page over 1 MB`, 'NOT MEASURED', failed(r)]);
    else lines.push([`${n}: no HTML page over 1 MB`, verdict(r.largestHtml.bytes <= targets.htmlMaxBytes), `largest ${r.largestHtml.path} ${kib(r.largestHtml.bytes)} KB`]);
    const c = r.compare;
    if (!c) {
      lines.push([`${n}: cold query ≤ ${targets.coldKb} KB gzip`, 'NOT MEASURED', r.compareMissing ?? '?'], [`${n}: time to first results, ours / Pagefind UI ≤ ${targets.timeRatio}`, 'NOT MEASURED', r.compareMissing ?? '?']);
      continue;
    }
    lines.push([`${n}: cold query ≤ ${targets.coldKb} KB gzip`, verdict(c.oursBytesWorst <= targets.coldKb * 1024), `worst query median ${kib(c.oursBytesWorst)} KB, all queries median ${kib(c.oursBytesMedian)} KB (Pagefind UI ${kib(c.pagefindBytesMedian)} KB); ${c.queries} queries × ${c.runs} runs`]);
    lines.push([`${n}: time to first results, ours / Pagefind UI ≤ ${targets.timeRatio}`, verdict(c.timeRatio <= targets.timeRatio), `${c.timeRatio.toFixed(2)} (median ${c.oursMsMedian.toFixed(0)} / ${c.pagefindMsMedian.toFixed(0)} ms; worst query ${c.timeRatioWorst.toFixed(2)}); Pagefind UI recall ${(c.recallPages * 100).toFixed(1)} % of hit pages, ${(c.recallBlocks * 100).toFixed(1)} % of hit blocks (${c.recallArticles} articles scanned)${c.failed ? `; ${c.failed} failed runs` : ''}`]);
  }
  const b1 = one?.compare;
  const b2 = big?.compare;
  if (b1 && b2) {
    const growth = b2.oursBytesWorst / b1.oursBytesWorst;
    lines.push([`cold bytes at ${name2} ≤ ${targets.bytesGrowth} × at ${name1}`, verdict(growth <= targets.bytesGrowth), `worst query medians ${kib(b2.oursBytesWorst)} / ${kib(b1.oursBytesWorst)} KB = ${growth.toFixed(2)} ×`]);
  } else {
    lines.push([`cold bytes at ${name2} ≤ ${targets.bytesGrowth} × at ${name1}`, 'NOT MEASURED', !one || !big ? `needs runs at ${name1} and ${name2} (--sizes ${targets.at},${targets.big})` : (one.compare ? big.compareMissing : one.compareMissing) ?? '?']);
  }
  console.log('\nTARGETS (issue 22, deliverables 4 and 5)');
  const width = Math.max(...lines.map(([t]) => t.length));
  for (const [target, v, why] of lines) console.log(`  ${target.padEnd(width)}  ${v.padEnd(12)}  ${why}`);
}

const templates = readTemplates(join(project, 'content', 'sources'));
console.log(`bench:scale: sizes ${sizes.join(', ')}; seed ${seed}; templates ${templates.map((t) => `${basename(t.manifest.file, '.txt')} (${t.manifest.articles.length})`).join(', ')}`);
console.log(`memory: ${gnuTime ? 'GNU time %M (largest process) and ' : ''}the process tree's summed VmRSS sampled every 100 ms`);
const results: SizeResult[] = [];
for (const size of sizes) results.push(await runSize(templates, size));

console.log('\nSUMMARY');
for (const r of results) {
  console.log(`  ${pad(String(r.size), 5)} articles: pipeline ${r.pipelineSeconds === undefined ? 'FAILED' : `${r.pipelineSeconds.toFixed(1)} s wall, ${r.pipelineCpu?.toFixed(1) ?? '—'} s CPU`}, peak ${r.peak === undefined ? '—' : `${(r.peak / 1e9).toFixed(2)} GB`}; ${r.stages.map((s) => `${s.label} ${s.seconds.toFixed(1)} s`).join(', ')}`);
}
printTargets(results);
console.log(`load average at the end: ${loadText()}`);
