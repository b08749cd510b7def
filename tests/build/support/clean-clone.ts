/**
 * Clean builds for the build tests: a clone of the repository at a commit, built with the real
 * `npm run build`, and the files of its `dist/`.
 *
 * - `ROOT`: the project folder (absolute, ending in `/`).
 * - `headCommit()`: `{ commit, dirty }`, HEAD's hash and whether the working tree has uncommitted
 *   changes (which a clone does not build).
 * - `cloneAt(commit, dir)`: clones ROOT at `commit` into `dir` (which must not exist or be empty), with
 *   `node_modules` a folder of symlinks to ROOT's packages (no install; Astro's and Vite's caches,
 *   `node_modules/.astro` and `.vite`, are left out, so a build there starts without them and nothing is
 *   shared). Throws if git fails.
 * - `runBuild(dir, env, args)`: `npm run build [-- args]` in `dir` with `env` added to this process's
 *   environment (a value `undefined` removes the variable; SCO_CONTENT_DIR is always removed, so the
 *   clone builds its own content/). Output: exit status, stdout, stderr, wall time in seconds. Never
 *   throws for a failed build.
 * - `distFiles(dir)`: every file under `dir` by path relative to it, with its bytes. Fails the test on
 *   anything that is neither a file nor a folder.
 * - `sha256(bytes)`: hex digest.
 * - `diffHint(a, b)`: where two versions of a file first differ, for a failure message: the byte offset,
 *   the sizes and ~80 bytes around it in each, as text.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export function headCommit(): { commit: string; dirty: boolean } {
  return {
    commit: execFileSync('git', ['-C', ROOT, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim(),
    dirty: execFileSync('git', ['-C', ROOT, 'status', '--porcelain'], { encoding: 'utf8' }).trim() !== '',
  };
}

export function cloneAt(commit: string, dir: string): void {
  execFileSync('git', ['clone', '--quiet', '--no-checkout', ROOT, dir]);
  execFileSync('git', ['-C', dir, 'checkout', '--quiet', '--detach', commit]);
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name === '.astro' || name === '.vite') continue;
    symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
}

export interface BuildRun {
  status: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
}

export function runBuild(dir: string, env: Record<string, string | undefined> = {}, args: string[] = []): BuildRun {
  const started = performance.now();
  const environment: NodeJS.ProcessEnv = { ...process.env };
  delete environment['SCO_CONTENT_DIR'];
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete environment[name];
    else environment[name] = value;
  }
  const run = spawnSync('npm', ['run', 'build', ...(args.length > 0 ? ['--', ...args] : [])], { cwd: dir, encoding: 'utf8', env: environment });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, seconds: (performance.now() - started) / 1000 };
}

export function distFiles(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out.set(relative(dir, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name)));
    else if (!entry.isDirectory()) assert.fail(`${relative(dir, join(entry.parentPath, entry.name))}: neither file nor folder`);
  }
  return out;
}

export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

export function diffHint(a: Buffer, b: Buffer): string {
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at++;
  const around = (x: Buffer) => JSON.stringify(x.subarray(Math.max(0, at - 40), at + 40).toString('utf8'));
  return `first difference at byte ${at} (sizes ${a.length} / ${b.length}):\n      build 1: ${around(a)}\n      build 2: ${around(b)}`;
}
