/**
 * `npm run build [-- --site https://sco.example.org]`
 *
 * Builds the site into dist/: `normalise --check`, `astro build`, the data export (./export-data.ts),
 * `pagefind --site dist` (up to 2,000 articles; ./build-steps.ts), stopping at the first step that fails.
 *
 * Input: the site's public origin, from which canonical links, `og:url`, the citation downloads and the
 * printed citations are made: `--site <url>`, else the environment variable SCO_SITE_URL, else
 * `http://localhost:4321` (src/lib/site-url.ts). Without `--site` or SCO_SITE_URL the build still runs,
 * for a local preview (`npm start`), after a warning on stderr naming both: such a build must not be
 * deployed.
 *
 * Output: the steps' own output; first a line on stdout naming the origin and where it came from.
 * Exit status: 0 when every step succeeded; the failing step's status otherwise (normalise --check: 1
 * for stale content, 2 for bad input); 2 for an unknown option or a site URL that is not an http(s)
 * origin (`build: --site="…": problem; expected …`), checked before any step runs, so nothing is
 * written and an existing dist/ is left as it was.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { resolveSite, SiteUrlError, type SiteSource } from '../src/lib/site-url.ts';
import { articleCount, buildSteps, pagefindMaxArticles, projectDir, runsPagefind } from './build-steps.ts';

const usage = 'usage: npm run build [-- --site https://sco.example.org]   (or SCO_SITE_URL=https://sco.example.org npm run build)';

function fail(message: string): never {
  console.error(`build: ${message}`);
  process.exit(2);
}

let site: { origin: string; from: SiteSource };
try {
  const { values } = parseArgs({ options: { site: { type: 'string' } } });
  site = resolveSite(values.site, process.env['SCO_SITE_URL']);
} catch (error) {
  if (error instanceof SiteUrlError) fail(error.message);
  if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS_')) fail(`${error.message}\n${usage}`);
  throw error;
}

if (site.from === 'default') {
  console.error(
    [
      `build: warning: no site URL (neither --site nor SCO_SITE_URL is set), so this build is for a local preview only:`,
      `build: its canonical links, og:url, citation downloads and printed citations point at ${site.origin}.`,
      `build: To deploy, build with \`npm run build -- --site https://…\` or SCO_SITE_URL=https://… (the site's public origin).`,
    ].join('\n'),
  );
} else {
  const ignored = site.from === '--site' && process.env['SCO_SITE_URL'] !== undefined ? '; SCO_SITE_URL ignored' : '';
  console.log(`build: site ${site.origin} (from ${site.from}${ignored})`);
}

if (!runsPagefind(articleCount())) {
  console.log(`build: pagefind left out: ${articleCount()} articles > ${pagefindMaxArticles} (the site searches with its own index; scripts/build-steps.ts)`);
}
for (const step of buildSteps(site.from === 'default' ? undefined : site.origin)) {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [name, value] of Object.entries(step.env)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  const run = spawnSync(step.command, step.args, { cwd: projectDir, env, stdio: 'inherit' });
  if (run.error) fail(`${step.label}: ${run.error.message}`);
  if (run.status !== 0) {
    console.error(`build: ${step.label} failed (${run.status === null ? `signal ${run.signal}` : `exit ${run.status}`})`);
    process.exit(run.status ?? 1);
  }
}
