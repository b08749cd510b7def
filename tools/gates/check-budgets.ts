/**
 * `npm run check:budgets` — the weight budgets of the article pages (issue #7): for every
 * `/articles/<slug>/` page of the built site (dist/articles/<slug>/index.html), the JavaScript it loads
 * is at most 15 KB gzip, its CSS at most 12 KB gzip, and it downloads no font. Prints a table per page
 * (every file counted, its gzip size, the totals against the budgets) and a summary; exits 1 when any
 * page misses a budget.
 *
 * How it counts (1 KB = 1,024 bytes; "gzip" = `gzipSizeSync(bytes)` of gzip-size, i.e. gzip -9
 * of each file on its own, header included — what a gzipping host sends for the body; each distinct
 * file counted once per page):
 *   - JS = the executable scripts of the HTML — `<script src>` (module or classic), `<link
 *     rel="modulepreload">` and inline `<script>` whose type is empty, `module` or a JavaScript MIME type
 *     (each inline block gzipped alone: an upper bound of what it adds to the gzipped HTML) — plus,
 *     transitively, every module they import statically (`import … from`, `export … from`, side-effect
 *     `import '…'`, source/defer-phase imports), read from the built files with es-module-lexer. Not
 *     counted: the targets of dynamic `import()` (chunks loaded on demand: the citation formatter on the
 *     first 引 click, the query matcher when the page is opened with `?q=`; listed as "on demand" with
 *     their static closure), Vite's preload lists (`__vite__mapDeps`, fetched only when their dynamic
 *     import runs), JSON data blocks (`application/json`, `application/ld+json`).
 *   - CSS = `<link rel="stylesheet">` files and inline `<style>` blocks (each gzipped alone), plus their
 *     `@import`s, transitively.
 *   - Fonts: a miss if any counted stylesheet has an `@font-face` rule with `url(`, or the HTML has
 *     `<link rel="preload" as="font">`.
 *   - Browser cross-check (default; `--static-only` skips it): each page is opened in headless Chromium
 *     (playwright-core, CHROMIUM_PATH or /usr/bin/chromium) from the built site served by
 *     tools/harness/server.ts, without interaction, until the network is idle (Playwright's
 *     `networkidle`: no request for 500 ms after `load`), recording every request. The scripts and
 *     stylesheets it fetched are counted the same way (gzip of the file in dist/, plus the inline blocks),
 *     and that figure must meet the budget too; a script or stylesheet fetched but not found by the static
 *     reading (e.g. an `import()` run at start-up) is listed, and any font request is a miss. This catches
 *     what static reading cannot: code that loads more at start-up.
 *
 * Input: the built site (`npm run build` first), dist/ or `--dist=DIR`; `--js-kb=N` (default 15),
 * `--css-kb=N` (default 12); `--static-only` (no browser).
 * Output on stdout: per page, a table of the counted files (kind, file, raw bytes, gzip bytes), the
 * totals against the budgets, the on-demand chunks; then one summary line per page.
 * Errors: exits 1 when a budget is missed; exits 2 when dist/ has no article page, a referenced file is
 * missing from dist/, a module imports a bare or external specifier (its size cannot be counted), or
 * Chromium cannot start.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSizeSync as gzipSize } from 'gzip-size';
import { init as initLexer, parse as parseModule } from 'es-module-lexer';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { startStaticServer } from '../harness/server.ts';
import { articlePath } from '../../src/routes.ts';

const { values: options } = parseArgs({
  options: {
    dist: { type: 'string' },
    'js-kb': { type: 'string', default: '15' },
    'css-kb': { type: 'string', default: '12' },
    'static-only': { type: 'boolean', default: false },
  },
});

const distDir = resolve(options.dist ?? fileURLToPath(new URL('../../dist/', import.meta.url)));
const KB = 1024;
const budget = { js: Number(options['js-kb']) * KB, css: Number(options['css-kb']) * KB };
if (!(budget.js > 0 && budget.css > 0)) fail(2, `--js-kb and --css-kb must be positive numbers`);

/** Print a message on stderr and exit with `code`. */
function fail(code: number, message: string): never {
  console.error(`check-budgets: ${message}`);
  process.exit(code);
}

/** One counted resource: a file of dist/ (by its site path) or an inline block of the page. */
interface Counted {
  kind: 'js' | 'css';
  /** Site path (`/_astro/x.js`) or `inline <script> #n` / `inline <style> #n`. */
  name: string;
  raw: number;
  gzip: number;
}

/** What the static reading finds for one page. */
interface PageReading {
  js: Map<string, Counted>;
  css: Map<string, Counted>;
  /** Dynamic import targets (site paths) not already counted, with their static closure. */
  onDemand: Map<string, Counted>;
  fonts: string[];
}

/** The dist/ file of a site path; exits 2 when it is outside dist/ or missing. */
function distFile(sitePath: string, referrer: string): string {
  const file = normalize(join(distDir, decodeURIComponent(sitePath)));
  if (!file.startsWith(distDir + sep)) fail(2, `${referrer}: ${sitePath} is outside dist/`);
  if (!existsSync(file)) fail(2, `${referrer}: ${sitePath} is not in dist/`);
  return file;
}

/**
 * The site path a reference resolves to from the page or module at `base` (a site path), or null for a
 * reference to another origin. Query strings and fragments are dropped.
 */
function sitePathOf(reference: string, base: string): string | null {
  const url = new URL(reference, new URL(base, 'http://site.invalid'));
  return url.origin === 'http://site.invalid' ? url.pathname : null;
}

/** Site path of a URL the browser requested on the local server, or null for another origin. */
function sitePathOfRequest(url: string, origin: string): string | null {
  const parsed = new URL(url);
  return parsed.origin === origin ? parsed.pathname : null;
}

const jsTypes = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript', 'application/ecmascript']);

/**
 * Add the module at `sitePath` and its static imports (transitively) to `into`; record dynamic import
 * targets in `dynamic`. `source` is given for inline modules (then `sitePath` is the page's path and
 * `name` its label).
 */
function addModule(sitePath: string, into: Map<string, Counted>, dynamic: Set<string>, inline?: { source: string; name: string; isModule: boolean }): void {
  const name = inline?.name ?? sitePath;
  if (into.has(name)) return;
  const source = inline?.source ?? readFileSync(distFile(sitePath, 'module graph'), 'utf8');
  into.set(name, { kind: 'js', name, raw: Buffer.byteLength(source), gzip: gzipSize(source) });
  if (inline && !inline.isModule) return;
  const [imports] = parseModule(source, name);
  for (const entry of imports) {
    const isStatic = entry.t === 1 || entry.t === 4 || entry.t === 6;
    const isDynamic = entry.t === 2 || entry.t === 5 || entry.t === 7;
    if (!isStatic && !isDynamic) continue;
    if (entry.n === undefined) {
      if (isStatic) fail(2, `${name}: unreadable import specifier`);
      console.warn(`check-budgets: ${name}: a dynamic import() with a computed specifier is not followed`);
      continue;
    }
    if (!/^(\.{0,2}\/|https?:)/u.test(entry.n)) fail(2, `${name}: bare specifier "${entry.n}" (cannot be counted)`);
    const target = sitePathOf(entry.n, sitePath);
    if (target === null) fail(2, `${name}: imports "${entry.n}" from another origin (cannot be counted)`);
    if (isStatic) addModule(target, into, dynamic);
    else dynamic.add(target);
  }
}

/** Add the stylesheet (file or inline block) and its `@import`s to `into`; note `@font-face … url(`. */
function addStylesheet(sitePath: string, into: Map<string, Counted>, fonts: string[], inline?: { source: string; name: string }): void {
  const name = inline?.name ?? sitePath;
  if (into.has(name)) return;
  const source = inline?.source ?? readFileSync(distFile(sitePath, 'stylesheet'), 'utf8');
  into.set(name, { kind: 'css', name, raw: Buffer.byteLength(source), gzip: gzipSize(source) });
  const css = source.replace(/\/\*[\s\S]*?\*\//gu, '');
  for (const rule of css.matchAll(/@font-face\s*\{[^}]*\}/giu)) {
    if (/url\(/iu.test(rule[0])) fonts.push(`${name}: @font-face with url()`);
  }
  for (const match of css.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)/giu)) {
    const target = sitePathOf(match[1]!, sitePath);
    if (target === null) fail(2, `${name}: @import from another origin: ${match[1]}`);
    addStylesheet(target, into, fonts);
  }
}

/** The text of an element's text children (the source of an inline `<script>` or `<style>`). */
function hastText(element: Element): string {
  return element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
}

/** The attribute `name` of a hast element as one string ('' when absent). */
function attr(element: Element, name: string): string {
  const value = element.properties[name];
  return Array.isArray(value) ? value.join(' ') : value === undefined || value === null ? '' : String(value);
}

/** Read one built page: its counted JS and CSS, on-demand chunks and font references. */
function readPage(sitePath: string, html: string): PageReading {
  const tree: Root = fromHtml(html);
  const reading: PageReading = { js: new Map(), css: new Map(), onDemand: new Map(), fonts: [] };
  const dynamic = new Set<string>();
  let inlineScripts = 0;
  let inlineStyles = 0;
  visit(tree, 'element', (element: Element) => {
    if (element.tagName === 'script') {
      const type = attr(element, 'type').trim().toLowerCase();
      if (!jsTypes.has(type)) return; // data blocks: JSON, JSON-LD
      const src = attr(element, 'src');
      if (src) {
        const target = sitePathOf(src, sitePath);
        if (target === null) fail(2, `${sitePath}: script from another origin: ${src}`);
        addModule(target, reading.js, dynamic);
      } else {
        inlineScripts += 1;
        addModule(sitePath, reading.js, dynamic, { source: hastText(element), name: `inline <script> #${inlineScripts}`, isModule: type === 'module' });
      }
    } else if (element.tagName === 'style') {
      inlineStyles += 1;
      addStylesheet(sitePath, reading.css, reading.fonts, { source: hastText(element), name: `inline <style> #${inlineStyles}` });
    } else if (element.tagName === 'link') {
      const rel = attr(element, 'rel').toLowerCase().split(/\s+/u);
      const href = attr(element, 'href');
      const target = href ? sitePathOf(href, sitePath) : null;
      if (rel.includes('preload') && attr(element, 'as') === 'font') reading.fonts.push(`${sitePath}: <link rel="preload" as="font" href="${href}">`);
      if (target === null) return;
      if (rel.includes('stylesheet')) addStylesheet(target, reading.css, reading.fonts);
      if (rel.includes('modulepreload') || (rel.includes('preload') && attr(element, 'as') === 'script')) addModule(target, reading.js, dynamic);
      if (rel.includes('preload') && attr(element, 'as') === 'style') addStylesheet(target, reading.css, reading.fonts);
    }
  });
  // On demand: each dynamic target and its static closure, minus what the page already loads.
  const seenDynamic = new Set<string>();
  const pending = [...dynamic];
  while (pending.length > 0) {
    const target = pending.pop()!;
    if (seenDynamic.has(target) || reading.js.has(target)) continue;
    seenDynamic.add(target);
    const closure = new Map<string, Counted>();
    const nested = new Set<string>();
    addModule(target, closure, nested);
    for (const [name, counted] of closure) if (!reading.js.has(name)) reading.onDemand.set(name, counted);
    pending.push(...nested);
  }
  return reading;
}

/** What Chromium fetched for one page on its own (no interaction). */
interface BrowserReading {
  scripts: string[];
  stylesheets: string[];
  fonts: string[];
}

/** Open every page in one headless Chromium and record its requests until the network is idle. */
async function readInBrowser(pages: string[]): Promise<Map<string, BrowserReading>> {
  const { chromium } = await import('playwright-core');
  const server = await startStaticServer(distDir);
  const browser = await chromium
    .launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] })
    .catch(async (error: unknown) => {
      await server.close();
      fail(2, `Chromium could not start: ${String(error)}`);
    });
  const origin = new URL(server.url).origin;
  const readings = new Map<string, BrowserReading>();
  try {
    for (const sitePath of pages) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const reading: BrowserReading = { scripts: [], stylesheets: [], fonts: [] };
      page.on('request', (request) => {
        const type = request.resourceType();
        const path = sitePathOfRequest(request.url(), origin) ?? request.url();
        if (type === 'font' || /\.(woff2?|ttf|otf|eot)(\?|$)/iu.test(path)) reading.fonts.push(path);
        else if (type === 'script') reading.scripts.push(path);
        else if (type === 'stylesheet') reading.stylesheets.push(path);
      });
      await page.goto(`${server.url}${sitePath}`, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      readings.set(sitePath, reading);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return readings;
}

/** `n` bytes as KB with one decimal. */
const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
const sum = (items: Iterable<Counted>) => [...items].reduce((total, item) => total + item.gzip, 0);

// ---------------------------------------------------------------------------------------------------

const articlesDir = join(distDir, 'articles');
const slugs = existsSync(articlesDir)
  ? readdirSync(articlesDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(articlesDir, entry.name, 'index.html')))
      .map((entry) => entry.name)
      .sort()
  : [];
if (slugs.length === 0) fail(2, `no article pages in ${articlesDir}: run \`npm run build\` first`);
const pagePaths = slugs.map((slug) => articlePath(slug));

await initLexer;
const readings = new Map(pagePaths.map((path) => [path, readPage(path, readFileSync(join(distDir, path, 'index.html'), 'utf8'))]));
const browserReadings = options['static-only'] ? null : await readInBrowser(pagePaths);

const [load1, load5] = loadavg();
console.log(`Article page budgets: JS ≤ ${kb(budget.js)} gzip, CSS ≤ ${kb(budget.css)} gzip, no fonts (gzip -9 per file; 1 KB = 1,024 B)`);
console.log(`dist: ${distDir}; ${pagePaths.length} article pages; ${browserReadings ? 'static reading + Chromium cross-check' : 'static reading only'}; load average ${load1!.toFixed(2)} / ${load5!.toFixed(2)} (1 / 5 min)\n`);

const summary: string[] = [];
let misses = 0;
for (const sitePath of pagePaths) {
  const reading = readings.get(sitePath)!;
  const problems: string[] = [];
  const jsTotal = sum(reading.js.values());
  const cssTotal = sum(reading.css.values());
  const items = [...reading.js.values(), ...reading.css.values()];
  const width = Math.max(20, ...items.map((item) => item.name.length));
  console.log(sitePath);
  console.log(`  ${'kind'.padEnd(5)} ${'file'.padEnd(width)} ${'raw B'.padStart(8)} ${'gzip B'.padStart(8)}`);
  for (const item of items) {
    console.log(`  ${item.kind.padEnd(5)} ${item.name.padEnd(width)} ${String(item.raw).padStart(8)} ${String(item.gzip).padStart(8)}`);
  }
  const verdict = (ok: boolean) => (ok ? 'ok' : 'MISS');
  console.log(`  JS    ${kb(jsTotal).padStart(9)} of ${kb(budget.js)}  ${verdict(jsTotal <= budget.js)}  (${reading.js.size} files/blocks)`);
  console.log(`  CSS   ${kb(cssTotal).padStart(9)} of ${kb(budget.css)}  ${verdict(cssTotal <= budget.css)}  (${reading.css.size} files/blocks)`);
  console.log(`  fonts ${String(reading.fonts.length).padStart(9)} of 0        ${verdict(reading.fonts.length === 0)}${reading.fonts.length ? `: ${reading.fonts.join('; ')}` : ''}`);
  if (jsTotal > budget.js) problems.push(`JS ${kb(jsTotal)} > ${kb(budget.js)}`);
  if (cssTotal > budget.css) problems.push(`CSS ${kb(cssTotal)} > ${kb(budget.css)}`);
  if (reading.fonts.length > 0) problems.push(`${reading.fonts.length} font reference(s)`);

  let browserJs = '';
  const browser = browserReadings?.get(sitePath);
  if (browser) {
    const inline = (map: Map<string, Counted>) => [...map.values()].filter((item) => item.name.startsWith('inline '));
    const count = (paths: string[], kind: 'js' | 'css'): Counted[] =>
      [...new Set(paths)].map((path) => {
        if (!path.startsWith('/')) fail(2, `${sitePath}: Chromium fetched ${path} from another origin`);
        const data = readFileSync(distFile(path, `${sitePath} (in Chromium)`));
        return { kind, name: path, raw: data.length, gzip: gzipSize(data) };
      });
    const loadedJs = [...count(browser.scripts, 'js'), ...inline(reading.js)];
    const loadedCss = [...count(browser.stylesheets, 'css'), ...inline(reading.css)];
    const unexpected = [...loadedJs, ...loadedCss].filter((item) => !reading.js.has(item.name) && !reading.css.has(item.name)).map((item) => item.name);
    const notFetched = [...reading.js.keys(), ...reading.css.keys()].filter((name) => !name.startsWith('inline ') && !loadedJs.some((item) => item.name === name) && !loadedCss.some((item) => item.name === name));
    const [bJs, bCss] = [sum(loadedJs), sum(loadedCss)];
    browserJs = kb(bJs);
    console.log(`  in Chromium (no interaction, until network idle): JS ${kb(bJs)} ${verdict(bJs <= budget.js)}, CSS ${kb(bCss)} ${verdict(bCss <= budget.css)}, fonts ${browser.fonts.length} ${verdict(browser.fonts.length === 0)}`);
    if (unexpected.length) console.log(`    fetched but not found by the static reading: ${unexpected.join(', ')}`);
    if (notFetched.length) console.log(`    found by the static reading but not fetched: ${notFetched.join(', ')}`);
    if (bJs > budget.js) problems.push(`JS in Chromium ${kb(bJs)} > ${kb(budget.js)}`);
    if (bCss > budget.css) problems.push(`CSS in Chromium ${kb(bCss)} > ${kb(budget.css)}`);
    if (browser.fonts.length > 0) problems.push(`font requests: ${browser.fonts.join(', ')}`);
  }
  if (reading.onDemand.size > 0) {
    console.log(`  on demand (not counted): ${[...reading.onDemand.values()].map((item) => `${item.name} ${kb(item.gzip)}`).join(', ')}`);
  }
  console.log('');
  if (problems.length > 0) misses += 1;
  summary.push(`${(problems.length ? 'MISS' : 'ok').padEnd(5)} ${sitePath.padEnd(58)} JS ${kb(jsTotal).padStart(8)}${browser ? ` (Chromium ${browserJs.padStart(8)})` : ''}  CSS ${kb(cssTotal).padStart(8)}  fonts ${reading.fonts.length + (browser?.fonts.length ?? 0)}${problems.length ? `  — ${problems.join('; ')}` : ''}`);
}

console.log('Summary');
for (const line of summary) console.log(`  ${line}`);
if (misses > 0) {
  console.log(`\n${misses} of ${pagePaths.length} article pages miss a budget.`);
  process.exit(1);
}
console.log(`\nAll ${pagePaths.length} article pages are within budget.`);
