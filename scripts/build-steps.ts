/**
 * The three steps of `npm run build` (run by scripts/build.ts; a module of the build command, not an
 * entry point of its own), here so that bench:scale (tools/bench/scale.ts) times astro
 * build with the same heap limits.
 *
 * - `astroNodeOptions`: the Node flags astro build runs with, `--max-old-space-size=1536
 *   --max-semi-space-size=64` (docs/figures.md: an unlimited V8 heap grew to 2.35 GB of garbage at 1,000
 *   articles), passed in NODE_OPTIONS so that they reach every process astro starts.
 * - `buildSteps(site)`: `site`, the origin to build for (src/lib/site-url.ts), or `undefined` for
 *   astro.config.mjs's local default. Output: in order, `npm run normalise -- --check` (stale generated
 *   content fails the build before Astro runs), `astro build` (NODE_OPTIONS as above; SCO_SITE_URL = `site`,
 *   or removed from its environment when `site` is undefined), `pagefind --site dist`. Each step is a
 *   label, a command with its arguments (run from the project folder, no shell) and the environment
 *   variables to set (a value `undefined` removes the variable). Astro and Pagefind run on the Node that
 *   runs the build (Node 22 from node_modules under npm), from node_modules/.bin. Never throws.
 */
import { fileURLToPath } from 'node:url';

/** The project folder (this file's parent). */
export const projectDir = fileURLToPath(new URL('../', import.meta.url));

export const astroNodeOptions = ['--max-old-space-size=1536', '--max-semi-space-size=64'];

export interface BuildStep {
  label: string;
  command: string;
  args: string[];
  env: Record<string, string | undefined>;
}

export function buildSteps(site: string | undefined): BuildStep[] {
  const bin = (name: string) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
  return [
    { label: 'normalise --check', command: 'npm', args: ['run', 'normalise', '--', '--check'], env: {} },
    { label: 'astro build', command: process.execPath, args: [bin('astro'), 'build'], env: { NODE_OPTIONS: astroNodeOptions.join(' '), SCO_SITE_URL: site } },
    { label: 'pagefind', command: process.execPath, args: [bin('pagefind'), '--site', 'dist'], env: {} },
  ];
}
