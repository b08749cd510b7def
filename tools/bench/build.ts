/**
 * `npm run bench:build` — times the pipeline stages a fresh build runs and prints the figures
 * (wall seconds per stage, articles and paragraphs generated, dist/ and Pagefind index sizes in KB).
 * Run from the project root (as npm does): Pagefind reads its configuration (pagefind.yml: which pages it
 * parses) from the working directory.
 * A benchmark, not a test: it prints numbers and never fails on them. Throws if a stage exits non-zero.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function timed(label: string, command: string, args: string[]): number {
  const start = performance.now();
  execFileSync(command, args, { stdio: 'ignore' });
  const seconds = (performance.now() - start) / 1000;
  console.log(`${label.padEnd(24)} ${seconds.toFixed(1)} s`);
  return seconds;
}

function sizeKb(dir: string): number {
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return Math.round(bytes / 1024);
}

const normalise = timed('normalise', 'node', ['scripts/normalise.ts']);
const astro = timed('astro build', 'npx', ['astro', 'build']);
const pagefind = timed('pagefind index', 'npx', ['pagefind', '--site', 'dist']);
console.log(`${'total'.padEnd(24)} ${(normalise + astro + pagefind).toFixed(1)} s`);

for (const file of readdirSync('content/reports').sort()) {
  const report = JSON.parse(readFileSync(join('content/reports', file), 'utf8')) as { articles: { slug: string; paragraphs: number }[] };
  for (const a of report.articles) console.log(`paragraphs ${a.slug.padEnd(50)} ${a.paragraphs}`);
}
console.log(`dist/ ${sizeKb('dist')} KB, of which pagefind/ ${sizeKb('dist/pagefind')} KB`);
