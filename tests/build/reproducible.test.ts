/**
 * Reproducible builds: two clean builds of the same commit give byte-identical `dist/`.
 *
 * Clones the repository at HEAD (what CI builds; uncommitted changes in the working tree are not part of
 * it) into two temporary folders, gives each a `node_modules` folder of symlinks to the project's
 * packages (no install; Astro's and Vite's caches, `node_modules/.astro` and `.vite`, are left out, so
 * each build starts without them and nothing is shared), runs the full `npm run build` (normalise
 * --check, astro build, pagefind) in each, and compares every file of the two `dist/` folders: the same
 * paths, the same SHA-256. The second build differs from the first in all that should not matter: its
 * folder (so no absolute path may reach the output), its time (a later clone, later mtimes), its time
 * zone (Pacific/Kiritimati, UTC+14, against UTC: a date made from the clock would differ) and its locale
 * (zh_CN.UTF-8 against C.UTF-8: a `localeCompare` or `Intl` call without a fixed locale would sort or
 * format differently).
 *
 * Exceptions: none. Every file must be identical.
 * Output: the commit, the file count and size, each build's time; on failure, every differing file with
 * the first differing byte and the text around it in each build.
 *
 * Run: `node --test tests/build/reproducible.test.ts` (Node 22: `npm run test:build`); about 1 min on
 * 2 cores (two builds of ~20 s each).
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'sco-reproducible-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** Clone ROOT at `commit` into `dir`, with node_modules as a folder of symlinks to ROOT's packages (caches left out). */
function cloneAt(commit: string, dir: string): void {
  execFileSync('git', ['clone', '--quiet', '--no-checkout', ROOT, dir]);
  execFileSync('git', ['-C', dir, 'checkout', '--quiet', '--detach', commit]);
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name === '.astro' || name === '.vite') continue;
    symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
}

/** `npm run build` in `dir` with `env` added (SCO_CONTENT_DIR removed); returns the wall time in seconds. */
function build(dir: string, env: Record<string, string>): number {
  const started = performance.now();
  const environment: NodeJS.ProcessEnv = { ...process.env, ...env };
  delete environment['SCO_CONTENT_DIR'];
  const run = spawnSync('npm', ['run', 'build'], { cwd: dir, encoding: 'utf8', env: environment });
  assert.equal(run.status, 0, `npm run build failed in ${dir}:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
  return (performance.now() - started) / 1000;
}

/** Every file under `dir`, by relative path, with its bytes. */
function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out.set(relative(dir, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name)));
    else if (!entry.isDirectory()) assert.fail(`${relative(dir, join(entry.parentPath, entry.name))}: neither file nor folder`);
  }
  return out;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Where two versions of a file first differ: the byte offset and ~80 bytes around it in each, as text. */
function diffHint(a: Buffer, b: Buffer): string {
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at++;
  const around = (x: Buffer) => JSON.stringify(x.subarray(Math.max(0, at - 40), at + 40).toString('utf8'));
  return `first difference at byte ${at} (sizes ${a.length} / ${b.length}):\n      build 1: ${around(a)}\n      build 2: ${around(b)}`;
}

test('two clean builds of HEAD, in different folders, time zones and locales, give byte-identical dist/', (t) => {
  const commit = execFileSync('git', ['-C', ROOT, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  const dirty = execFileSync('git', ['-C', ROOT, 'status', '--porcelain'], { encoding: 'utf8' }).trim() !== '';
  t.diagnostic(`commit ${commit}${dirty ? ' (the working tree has uncommitted changes: they are not built)' : ''}`);

  const one = join(work, 'one');
  const two = join(work, 'two');
  cloneAt(commit, one);
  const seconds1 = build(one, { TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' });
  cloneAt(commit, two);
  const seconds2 = build(two, { TZ: 'Pacific/Kiritimati', LANG: 'zh_CN.UTF-8', LC_ALL: 'zh_CN.UTF-8' });

  const first = files(join(one, 'dist'));
  const second = files(join(two, 'dist'));
  const bytes = [...first.values()].reduce((sum, b) => sum + b.length, 0);
  t.diagnostic(`build 1 ${seconds1.toFixed(1)} s, build 2 ${seconds2.toFixed(1)} s; ${first.size} files, ${(bytes / 1e6).toFixed(1)} MB compared`);
  assert.ok(first.has('index.html') && first.has(join('pagefind', 'pagefind.js')), 'dist/ should hold the site and its search index');

  const problems: string[] = [];
  for (const path of [...new Set([...first.keys(), ...second.keys()])].sort()) {
    const a = first.get(path);
    const b = second.get(path);
    if (!a || !b) problems.push(`${path}: only in build ${a ? 1 : 2}`);
    else if (sha256(a) !== sha256(b)) problems.push(`${path}: ${diffHint(a, b)}`);
  }
  assert.deepEqual(problems, [], `dist/ differs between two builds of ${commit}:\n  ${problems.join('\n  ')}`);
});
