/**
 * The steps of `npm run build` (run by scripts/build.ts; a module of the build command, not an
 * entry point of its own), here so that bench:scale (tools/bench/scale.ts) times astro
 * build with the same heap limits.
 *
 * - `astroNodeOptions(articles)`: the Node flags astro build runs with for a corpus of `articles` MDX files
 *   (content/articles/*.mdx; `articleCount(dir)` counts them): `--max-old-space-size=<MB>
 *   --max-semi-space-size=64`, the heap limit `heapLimitMb(articles)` = 1536 up to 1,536 articles
 *   (docs/figures.md: an unlimited V8 heap grew to 2.35 GB of garbage at 1,000 articles, while the live
 *   data stayed under ~760 MB), then 1 MB an article (see `heapLimitMb`), passed in NODE_OPTIONS so that
 *   they reach every process astro starts.
 * - `buildSteps(site)`: `site`, the origin to build for (src/lib/site-url.ts), or `undefined` for
 *   astro.config.mjs's local default. Output: in order, `npm run normalise -- --check` (stale generated
 *   content fails the build before Astro runs), `astro build` (NODE_OPTIONS as above; SCO_SITE_URL = `site`,
 *   or removed from its environment when `site` is undefined), the data export (scripts/export-data.ts),
 *   and `pagefind --site dist` for a corpus of at most `pagefindMaxArticles` articles. Each step is a
 *   label, a command with its arguments (run from the project folder, no shell) and the environment
 *   variables to set (a value `undefined` removes the variable). Astro and Pagefind run on the Node that
 *   runs the build (Node 22 from node_modules under npm), from node_modules/.bin. Never throws.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project folder (this file's parent). */
export const projectDir = fileURLToPath(new URL('../', import.meta.url));

/**
 * The old-space heap limit, MB, for a corpus of `articles` articles: 1536 up to 1,536 articles, then
 * 1 MB an article. Measured (docs/figures.md): at 10,000 articles astro build completes with 10,000 MB
 * (11.2 GB of process RSS, V8 growing lazily up to the limit) and runs out of memory with 5,000 MB
 * after 793 s (6.3 GB RSS): besides the content layer's data, the build makes the whole search index
 * and the glossary's concordances in its own process.
 */
export function heapLimitMb(articles: number): number {
  return Math.max(1536, Math.ceil(articles));
}

/**
 * The largest corpus Pagefind indexes. The site's search runs on its own paragraph index
 * (src/search/index/); Pagefind serves only its own UI, the fallback for a manifest without that index
 * and the benchmark's comparison. Its indexer keeps the whole index in memory (docs/figures.md: 2.60 GB
 * at 1,000 articles, 23.2 GB at 10,000; upstream Pagefind/pagefind#842), so above this size the build
 * leaves it out, and bench:scale builds it beside the pipeline as the peer it compares against.
 */
export const pagefindMaxArticles = 2000;

/** Whether the build runs Pagefind for a corpus of `articles` articles. */
export function runsPagefind(articles: number): boolean {
  return articles <= pagefindMaxArticles;
}

export function astroNodeOptions(articles: number): string[] {
  return [`--max-old-space-size=${heapLimitMb(articles)}`, '--max-semi-space-size=64'];
}

/** How many articles the corpus of the project in `dir` holds: content/articles/*.mdx. */
export function articleCount(dir: string = projectDir): number {
  return readdirSync(join(dir, 'content', 'articles')).filter((name) => name.endsWith('.mdx')).length;
}

export interface BuildStep {
  label: string;
  command: string;
  args: string[];
  env: Record<string, string | undefined>;
}

export function buildSteps(site: string | undefined): BuildStep[] {
  const bin = (name: string) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
  // Counted before normalise --check runs: that step fails the build if the articles are not what the
  // sources make, so the count is the corpus the build renders.
  const articles = articleCount();
  const astroOptions = astroNodeOptions(articles).join(' ');
  const steps: BuildStep[] = [
    { label: 'normalise --check', command: 'npm', args: ['run', 'normalise', '--', '--check'], env: {} },
    { label: 'astro build', command: process.execPath, args: [bin('astro'), 'build'], env: { NODE_OPTIONS: astroOptions, SCO_SITE_URL: site } },
    // the data export (per-article data.json and text.txt, /data/): streamed article by article, after the pages exist
    { label: 'export data', command: process.execPath, args: [fileURLToPath(new URL('./export-data.ts', import.meta.url))], env: { SCO_SITE_URL: site } },
  ];
  if (runsPagefind(articles)) steps.push({ label: 'pagefind', command: process.execPath, args: [bin('pagefind'), '--site', 'dist'], env: {} });
  return steps;
}
