/**
 * The site URL of a build (scripts/build.ts, src/lib/site-url.ts): a clean clone of HEAD
 * (./support/clean-clone.ts, as the reproducible-build test makes it) built with the real
 * `npm run build`:
 *
 * - a bad site URL (`--site ftp://…`, a path, a value that is no URL, an empty SCO_SITE_URL) or a bad
 *   option: exit 2, a message on stderr naming the option or variable and the problem, no step run and
 *   nothing written (no dist/ before a build; after one, dist/ byte-identical to what it was);
 * - neither `--site` nor SCO_SITE_URL: a warning naming both, and a build for `http://localhost:4321`;
 * - `--site https://sco.example.org` (with SCO_SITE_URL set to another origin, which `--site` overrides):
 *   no file of dist/ holds `localhost` or the other origin; on every article page the canonical link,
 *   `cite-as`, `og:url`, `citation_fulltext_html_url`, the JSON-LD `url` and `@id`, the cite dialog's item
 *   and the printed 引用本文 line carry `https://sco.example.org/articles/<slug>/`, as do the RIS `UR`,
 *   the BibTeX `url` and the CSL-JSON `URL`; and the build differs from the localhost one only in the
 *   origin (every file identical once `https://sco.example.org` is read as `http://localhost:4321`);
 * - SCO_SITE_URL alone gives the same dist/ as `--site`, byte for byte.
 *
 * Output: the commit, each build's time. Run: `node --test tests/build/site-url.test.ts` (Node 22:
 * `npm run test:build`); three builds, about 1 min on 2 cores.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cloneAt, diffHint, distFiles, headCommit, runBuild, sha256, type BuildRun } from './support/clean-clone.ts';

const SITE = 'https://sco.example.org';
const OTHER = 'https://other.example.net';
const LOCAL = 'http://localhost:4321';

const work = mkdtempSync(join(tmpdir(), 'sco-site-url-'));
after(() => rmSync(work, { recursive: true, force: true }));

const output = (run: BuildRun) => `exit ${run.status}\n--- stdout\n${run.stdout.slice(-3000)}\n--- stderr\n${run.stderr.slice(-3000)}`;

/** Bad invocations: the arguments after `--`, the environment, what stderr must say. */
const refused: [string[], Record<string, string | undefined>, RegExp][] = [
  [['--site', 'ftp://sco.example.org'], {}, /^build: --site="ftp:\/\/sco\.example\.org": scheme ftp: \(only http: and https: can serve the site\); expected the site's origin, e\.g\. https:\/\/sco\.example\.org$/mu],
  [['--site=https://sco.example.org/kb/'], {}, /^build: --site="https:\/\/sco\.example\.org\/kb\/": a path \(\/kb\/\): the site is served from the root of its host/mu],
  [[], { SCO_SITE_URL: 'sco.example.org' }, /^build: SCO_SITE_URL="sco\.example\.org": not an absolute URL/mu],
  [[], { SCO_SITE_URL: '' }, /^build: SCO_SITE_URL="": empty/mu],
  [['--site'], {}, /^build: Option '--site <value>' argument missing/mu],
  [['--sit', SITE], {}, /^build: Unknown option '--sit'/mu],
];

/** Every article's folder name under dist/articles/ (those with citation downloads). */
const articleSlugs = (files: Map<string, Buffer>) => [...files.keys()].flatMap((path) => /^articles\/([^/]+)\/cite\.ris$/u.exec(path)?.[1] ?? []).sort();

/** The values of one attribute on the tags matching `tag` (a regular expression source for the part before it). */
function attributes(html: string, tag: string, attribute: string): string[] {
  return [...html.matchAll(new RegExp(`<${tag}[^>]*\\s${attribute}="([^"]*)"`, 'gu'))].map((m) => m[1]!);
}

test('npm run build: the site URL from --site or SCO_SITE_URL reaches every absolute URL; none gives a localhost build with a warning; a bad one writes nothing', async (t) => {
  const { commit, dirty } = headCommit();
  t.diagnostic(`commit ${commit}${dirty ? ' (the working tree has uncommitted changes: they are not built)' : ''}`);
  const dir = join(work, 'clone');
  cloneAt(commit, dir);
  const dist = join(dir, 'dist');

  await t.test('a bad site URL or option: exit 2 and a message before any step runs, no dist/', () => {
    for (const [args, env, message] of refused) {
      const run = runBuild(dir, { SCO_SITE_URL: undefined, ...env }, args);
      const what = `${JSON.stringify(args)} ${JSON.stringify(env)}: ${output(run)}`;
      assert.equal(run.status, 2, what);
      assert.match(run.stderr, message, what);
      assert.doesNotMatch(`${run.stdout}${run.stderr}`, /normalise|\[build\]|pagefind/iu, `no step should have run: ${what}`);
      assert.ok(!existsSync(dist), `dist/ written: ${what}`);
    }
  });

  let local = new Map<string, Buffer>();
  await t.test('neither --site nor SCO_SITE_URL: a warning naming both, and a build for http://localhost:4321', (t) => {
    const run = runBuild(dir, { SCO_SITE_URL: undefined });
    t.diagnostic(`build ${run.seconds.toFixed(1)} s`);
    assert.equal(run.status, 0, output(run));
    assert.match(run.stderr, /^build: warning: no site URL \(neither --site nor SCO_SITE_URL is set\), so this build is for a local preview only:$/mu);
    assert.match(run.stderr, /^build: To deploy, build with `npm run build -- --site https:\/\/…` or SCO_SITE_URL=https:\/\/…/mu);
    local = distFiles(dist);
    const slug = articleSlugs(local)[0]!;
    assert.deepEqual(attributes(local.get(`articles/${slug}/index.html`)!.toString('utf8'), 'link rel="canonical"', 'href'), [`${LOCAL}/articles/${slug}/`]);
  });

  let deployed = new Map<string, Buffer>();
  await t.test(`--site ${SITE} (SCO_SITE_URL=${OTHER} overridden): no localhost in dist/, every absolute URL on ${SITE}`, (t) => {
    const run = runBuild(dir, { SCO_SITE_URL: OTHER }, ['--site', SITE]);
    t.diagnostic(`build ${run.seconds.toFixed(1)} s`);
    assert.equal(run.status, 0, output(run));
    assert.match(run.stdout, new RegExp(`^build: site ${SITE.replaceAll('.', '\\.')} \\(from --site; SCO_SITE_URL ignored\\)$`, 'mu'));
    assert.doesNotMatch(run.stderr, /warning/u);
    deployed = distFiles(dist);

    const leaks = [...deployed].flatMap(([path, bytes]) =>
      ['localhost', new URL(OTHER).host].flatMap((needle) => (bytes.includes(needle) ? [`${path}: ${needle} at byte ${bytes.indexOf(needle)}`] : [])),
    );
    assert.deepEqual(leaks, [], `${leaks.length} of ${deployed.size} files`);

    const slugs = articleSlugs(deployed);
    assert.equal(slugs.length, 8);
    for (const slug of slugs) {
      const url = `${SITE}/articles/${slug}/`;
      const text = (file: string) => deployed.get(`articles/${slug}/${file}`)!.toString('utf8');
      const html = text('index.html');
      const found = {
        canonical: attributes(html, 'link rel="canonical"', 'href'),
        citeAs: attributes(html, 'link rel="cite-as"', 'href'),
        ogUrl: attributes(html, 'meta property="og:url"', 'content'),
        fulltext: attributes(html, 'meta name="citation_fulltext_html_url"', 'content'),
      };
      assert.deepEqual(found, { canonical: [url], citeAs: [url], ogUrl: [url], fulltext: [url] }, slug);
      const jsonLd = JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/u.exec(html)![1]!) as { url: string; mainEntityOfPage: { '@id': string } };
      assert.deepEqual([jsonLd.url, jsonLd.mainEntityOfPage['@id']], [url, url], `${slug}: JSON-LD`);
      const citeItems = JSON.parse(/<script type="application\/json" id="cite-items">([^<]*)<\/script>/u.exec(html)![1]!) as Record<string, { URL: string }>;
      assert.deepEqual(Object.keys(citeItems).sort(), ['apa', 'chicago', 'gb-t-7714-2015'], `${slug}: one item per style`);
      for (const [style, item] of Object.entries(citeItems)) assert.equal(item.URL, url, `${slug}: the cite dialog's ${style} item`);
      assert.match(/<p class="print-citation[^>]*>([^<]*)<\/p>/u.exec(html)![1]!, new RegExp(`^引用本文：.* ${url.replaceAll('.', '\\.')}\\.`, 'u'), `${slug}: printed citation`);
      assert.match(text('cite.ris'), new RegExp(`^UR  - ${url.replaceAll('.', '\\.')}\r$`, 'mu'), `${slug}: RIS`);
      assert.match(text('cite.bib'), new RegExp(`^\\s*url = \\{${url.replaceAll('.', '\\.')}\\},$`, 'mu'), `${slug}: BibTeX`);
      assert.equal((JSON.parse(text('cite.json')) as { URL: string }[])[0]!.URL, url, `${slug}: CSL-JSON`);
    }

    // Nothing else differs from the localhost build: read the given origin as localhost, every file is the same.
    assert.deepEqual([...deployed.keys()].sort(), [...local.keys()].sort(), 'the same files as the localhost build');
    const changed = [...deployed].filter(([path, bytes]) => !bytes.equals(local.get(path)!));
    // /data/index.json gives the size and SHA-256 of /data/corpus.jsonl, whose URLs carry the origin, so
    // those two numbers differ too; the rest of it must not (tests/site/data-export.test.ts checks the numbers).
    const withoutDigests = (bytes: Buffer) => Buffer.from(bytes.toString('utf8').replace(/"bytes": \d+,\n\s*"sha256": "[0-9a-f]+"/gu, ''));
    const otherwise = changed.flatMap(([path, bytes]) => {
      const mine = path === 'data/index.json' ? withoutDigests(bytes) : bytes;
      const theirs = path === 'data/index.json' ? withoutDigests(local.get(path)!) : local.get(path)!;
      const asLocal = Buffer.from(mine.toString('utf8').replaceAll(SITE, LOCAL));
      return asLocal.equals(theirs) ? [] : [`${path}: ${diffHint(asLocal, theirs)}`];
    });
    assert.deepEqual(otherwise, [], 'files that differ from the localhost build in more than the origin');
    t.diagnostic(`${deployed.size} files, ${changed.length} differ from the localhost build, only in the origin`);
  });

  await t.test('SCO_SITE_URL alone gives the same dist/ as --site', (t) => {
    const run = runBuild(dir, { SCO_SITE_URL: `${SITE}/` });
    t.diagnostic(`build ${run.seconds.toFixed(1)} s`);
    assert.equal(run.status, 0, output(run));
    assert.match(run.stdout, /^build: site https:\/\/sco\.example\.org \(from SCO_SITE_URL\)$/mu);
    const fromEnv = distFiles(dist);
    const differ = [...new Set([...fromEnv.keys(), ...deployed.keys()])].filter((path) => sha256(fromEnv.get(path) ?? Buffer.alloc(0)) !== sha256(deployed.get(path) ?? Buffer.alloc(1)));
    assert.deepEqual(differ, []);
  });

  await t.test('a bad site URL after a build leaves dist/ as it was', () => {
    const before = distFiles(dist);
    for (const [args, env] of refused.slice(0, 4)) assert.equal(runBuild(dir, { SCO_SITE_URL: undefined, ...env }, args).status, 2);
    const now = distFiles(dist);
    assert.deepEqual([...now.keys()].sort(), [...before.keys()].sort());
    assert.deepEqual([...now].filter(([path, bytes]) => !bytes.equals(before.get(path)!)).map(([path]) => path), []);
    assert.ok(readdirSync(dist).includes('index.html'));
  });
});
