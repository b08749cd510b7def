/**
 * Reproducible builds: two clean builds of the same commit give byte-identical `dist/`.
 *
 * Clones the repository at HEAD (what CI builds; uncommitted changes in the working tree are not part of
 * it) into two temporary folders, gives each a `node_modules` folder of symlinks to the project's
 * packages (no install; Astro's and Vite's caches, `node_modules/.astro` and `.vite`, are left out, so
 * each build starts without them and nothing is shared; ./support/clean-clone.ts), runs the full
 * `npm run build` (normalise --check, astro build, pagefind) in each, and compares every file of the two
 * `dist/` folders: the same paths, the same SHA-256. The second build differs from the first in all that
 * should not matter: its folder (so no absolute path may reach the output), its time (a later clone,
 * later mtimes), its time zone (Pacific/Kiritimati, UTC+14, against UTC: a date made from the clock
 * would differ) and its locale (zh_CN.UTF-8 against C.UTF-8: a `localeCompare` or `Intl` call without a
 * fixed locale would sort or format differently).
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
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cloneAt, diffHint, distFiles as files, headCommit, runBuild, sha256 } from './support/clean-clone.ts';

const work = mkdtempSync(join(tmpdir(), 'sco-reproducible-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** `npm run build` in `dir` with `env` added; returns the wall time in seconds. */
function build(dir: string, env: Record<string, string>): number {
  const run = runBuild(dir, env);
  assert.equal(run.status, 0, `npm run build failed in ${dir}:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
  return run.seconds;
}

test('two clean builds of HEAD, in different folders, time zones and locales, give byte-identical dist/', (t) => {
  const { commit, dirty } = headCommit();
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
