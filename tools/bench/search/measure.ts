/**
 * One search, measured in a page: navigate (or submit the form), wait until the results are painted, read
 * the timings and, with a `NetworkLog`, the bytes.
 *
 * `watchBusy(blank)`: the init script every page gets (done = the frame after `aria-busy="false"` painted).
 * `measure(page, log, counter, query, settings)`: a page load of `/search/?q=<query>` → a `Sample` (ok,
 *   the status line, the `Timing` split: total, page, pagefind, blocks, render, in ms; the resources when
 *   counting bytes). `measureInPage(...)`: the query typed into the results page's search box and
 *   submitted → a `Sample` (time = submit → painted; `navigated` when the form loads a new page).
 *   `measureBlank(page, counter, warm, settings)`: ms from fetchStart to the blank page's first frame.
 * `settings`: the site (search data paths, sizes), `timeoutMs`, `thinkMs` and the query of the warm-up
 *   search before a warm blank page.
 * Errors: a search not done within `timeoutMs` is a sample with `ok: false` and the error as status.
 */
import type { Page } from 'playwright-core';
import { searchPath } from '../../../src/routes.ts';
import type { Counter } from './hosts.ts';
import { blankPath } from './hosts.ts';
import type { NetworkLog, Resource } from './network-log.ts';
import type { BuiltSite } from './site.ts';

export interface MeasureSettings {
  site: BuiltSite;
  timeoutMs: number;
  thinkMs: number;
  /** The search made before a warm blank page, as a warm page load follows one. */
  warmUpQuery: string;
}

/** The search page with a query; the empty query keeps its `?q=` (the page as a search form submitted empty). */
function searchUrl(query: string): string {
  return query === '' ? `${searchPath()}?q=` : searchPath(query);
}

export interface Timing {
  total: number;
  page: number;
  pagefind: number;
  blocks: number;
  render: number;
}

export interface Sample {
  ok: boolean;
  status: string;
  timing?: Timing;
  resources: Resource[];
  leftover: number;
  /** With byte counting: done, in ms from the search page's request (the resources' clock). */
  doneMs: number;
  /** In-page search only: submitting the form loaded a new page. */
  navigated?: boolean;
}

/**
 * Installed before any page script: `window.__searchDone` resolves to performance.now() when done (the
 * results painted; on the page at `blank`, `blankPath`, its first frame painted), and
 * `window.__afterNextPaint(then)` calls `then(performance.now())` once the next frame has been painted
 * (for `measureInPage`). Everything it uses is defined inside or passed in (`blank`), since the function
 * is serialised into the page.
 */
export function watchBusy(blank: string): void {
  const afterNextPaint = (then: (t: number) => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => then(performance.now());
      channel.port2.postMessage(null);
    });
  (window as unknown as { __afterNextPaint: typeof afterNextPaint }).__afterNextPaint = afterNextPaint;
  let finish: (t: number) => void = () => {};
  (window as unknown as { __searchDone: Promise<number> }).__searchDone = new Promise<number>((r) => (finish = r));
  new MutationObserver((_records, observer) => {
    if (document.getElementById('search-results')?.getAttribute('aria-busy') === 'false') {
      observer.disconnect();
      afterNextPaint(finish);
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
  if (location.pathname === blank) document.addEventListener('DOMContentLoaded', () => afterNextPaint(finish));
}

/**
 * The floor of a page load: the blank page from the caching host, ms from its `fetchStart` to its
 * first frame painted (as `measure`'s done) — what any page costs here before it does anything:
 * navigation, a renderer commit, one frame. `warm`: in a tab that has just searched (cold, then
 * `--think` ms), as a warm page load is measured; else in the new context's first page, as a cold load
 * is. Either way a new renderer process: the floor moves with the machine, so each run's times can be
 * read against it.
 */
export async function measureBlank(page: Page, counter: Counter, warm: boolean, settings: MeasureSettings): Promise<number> {
  const { timeoutMs, thinkMs } = settings;
  if (warm) {
    await measure(page, undefined, counter, settings.warmUpQuery, settings);
    await page.waitForTimeout(thinkMs);
  }
  await page.goto(`${counter.url}${blankPath}`, { waitUntil: 'commit', timeout: timeoutMs });
  return page.evaluate(async () => {
    const done = await (window as unknown as { __searchDone: Promise<number> }).__searchDone;
    return done - (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).fetchStart;
  });
}

export async function measure(page: Page, log: NetworkLog | undefined, counter: Counter, query: string, settings: MeasureSettings): Promise<Sample> {
  const { site, timeoutMs } = settings;
  const { dataPaths } = site;
  log?.reset();
  const before = counter.bytes();
  let timer: NodeJS.Timeout | undefined;
  try {
    await page.goto(`${counter.url}${searchUrl(query)}`, { waitUntil: 'commit', timeout: timeoutMs });
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`not done after ${timeoutMs} ms`)), timeoutMs)));
    await Promise.race([page.evaluate(() => (window as unknown as { __searchDone: Promise<number> }).__searchDone), timeout]);
  } catch (error) {
    return { ok: false, status: String(error).split('\n')[0] ?? '', resources: [], leftover: 0, doneMs: 0 };
  } finally {
    clearTimeout(timer);
  }
  if (log) await log.settle();
  else await page.waitForLoadState('load');
  const result = await page.evaluate(async ({ manifest: manifestPath, bundle: bundlePath, blocksFolder }) => {
    const done = await (window as unknown as { __searchDone: Promise<number> }).__searchDone;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const entries = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.startTime <= done);
    const path = (e: PerformanceResourceTiming) => new URL(e.name).pathname;
    const manifest = entries.find((e) => path(e) === manifestPath);
    const blocks = entries.filter((e) => path(e) === bundlePath || path(e).startsWith(blocksFolder)); // isBlocks (this runs in the page)
    const searchStart = manifest?.startTime ?? done;
    const blocksStart = blocks.length ? Math.min(...blocks.map((e) => e.startTime)) : done;
    const blocksEnd = blocks.length ? Math.max(...blocks.map((e) => e.responseEnd)) : done;
    return {
      doneEpochMs: performance.timeOrigin + done,
      status: document.getElementById('search-status')?.textContent ?? '',
      timing: { total: done - nav.fetchStart, page: searchStart - nav.fetchStart, pagefind: blocksStart - searchStart, blocks: blocksEnd - blocksStart, render: done - blocksEnd },
    };
  }, { manifest: dataPaths.manifest, bundle: dataPaths.bundle, blocksFolder: dataPaths.blocksFolder });
  const bytes = log ? log.resources(counter.bytes() - before, result.doneEpochMs, site) : { resources: [], leftover: 0, doneMs: 0 };
  return { ok: !result.status.includes('无法加载'), status: result.status, timing: result.timing, ...bytes };
}

/**
 * A second search on the open results page, the way a reader makes it: the next query typed into the
 * page's search box and submitted. Time = submit → results painted (`watchBusy`'s `__afterNextPaint`), on
 * the page's clock. When the form loads a new page instead (no in-place search), the sample is marked
 * `navigated`.
 */
export async function measureInPage(page: Page, log: NetworkLog | undefined, counter: Counter, query: string, settings: MeasureSettings): Promise<Sample> {
  const { site, timeoutMs } = settings;
  log?.reset();
  const before = counter.bytes();
  let elapsed: number;
  try {
    elapsed = await page.evaluate(
      async ({ q, limit }) => {
        const region = document.getElementById('search-results')!;
        const input = document.getElementById('search-q') as HTMLInputElement;
        const done = new Promise<number>((resolveDone, reject) => {
          const observer = new MutationObserver(() => {
            if (region.getAttribute('aria-busy') === 'false') {
              observer.disconnect();
              // As watchBusy: done when the frame holding the results has been painted.
              (window as unknown as { __afterNextPaint: (then: (t: number) => void) => void }).__afterNextPaint(resolveDone);
            }
          });
          observer.observe(region, { attributes: true, attributeFilter: ['aria-busy'] });
          setTimeout(() => reject(new Error(`not done after ${limit} ms`)), limit);
        });
        input.value = q;
        const start = performance.now();
        input.form!.requestSubmit();
        return (await done) - start;
      },
      { q: query, limit: timeoutMs },
    );
  } catch (error) {
    const navigated = /destroyed|navigat/iu.test(String(error));
    if (navigated) {
      // Let the new page finish its search before the context is closed.
      await page.waitForLoadState('load').catch(() => undefined);
      await Promise.race([page.evaluate(() => (window as unknown as { __searchDone: Promise<number> }).__searchDone), new Promise((r) => setTimeout(r, timeoutMs))]).catch(() => undefined);
    }
    return { ok: false, navigated, status: navigated ? 'the form loaded a new page' : (String(error).split('\n')[0] ?? ''), resources: [], leftover: 0, doneMs: 0 };
  }
  if (log) await log.settle();
  const status = (await page.textContent('#search-status')) ?? '';
  const bytes = log ? log.resources(counter.bytes() - before, 0, site) : { resources: [], leftover: 0, doneMs: 0 };
  return { ok: !status.includes('无法加载'), status, timing: { total: elapsed, page: Number.NaN, pagefind: Number.NaN, blocks: Number.NaN, render: Number.NaN }, ...bytes };
}
