/**
 * The search benchmark's tables, printed on stdout from the samples of its runs.
 *
 * `reportBytes(bytes, site)`: COLD BYTES and WARM BYTES per query against the targets, and the checks of
 * the byte counting; `reportTimes(times)`: TIME per query (median, p95, split); `reportWaterfall(sample,
 * query)`: REQUESTS of one cold search; `reportResources(served)`: COLD BYTES PER RESOURCE;
 * `reportDistSizes(site)`: SEARCH DATA IN dist/. `firstOk(samples)`: the first sample that succeeded.
 * `Results` holds one row's samples (cold, warm page load, warm on the page); `Profile` is the host:
 * 'served' (the test server) or 'caching' (tools/bench/search/hosts.ts). Errors: none.
 */
import { readdirSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { searchPath } from '../../../src/routes.ts';
import { byteRuns, label, queries, rows, targets } from './config.ts';
import type { Sample, Timing } from './measure.ts';
import type { Resource } from './network-log.ts';
import type { BuiltSite, Category } from './site.ts';
import { kb, median, ms, p95, pm, row } from './stats.ts';

function total(resources: Resource[], pick: 'wire' | 'gzip', where: (r: Resource) => boolean = () => true): number {
  return resources.filter(where).reduce((n, r) => n + r[pick], 0);
}

function hitCount(status: string): string {
  const count = /共 (\d+) 条/u.exec(status);
  return count ? count[1]! : status.startsWith('没有找到') ? '0' : '?';
}

/** What a warm search fetched with a body, by kind: "HTML 20.4, 2 blocks 70.1, 1 index 38.3". */
function newBodies(resources: Resource[], site: BuiltSite): string {
  const kinds = new Map<string, { n: number; bytes: number }>();
  for (const r of resources.filter((x) => typeof x.status === 'number' && x.status !== 304)) {
    const kind = r.path === searchPath() ? 'HTML' : site.isBlocks(r.path) ? 'blocks' : r.path.endsWith('.pf_index') ? 'index' : r.path.split('/').pop()!.replace(/^pagefind-entry\.json$/u, 'entry');
    const k = kinds.get(kind) ?? { n: 0, bytes: 0 };
    k.n++;
    k.bytes += r.wire;
    kinds.set(kind, k);
  }
  return [...kinds].sort((a, b) => b[1].bytes - a[1].bytes).map(([kind, k]) => `${k.n > 1 || kind === 'blocks' || kind === 'index' ? `${k.n} ` : ''}${kind} ${kb(k.bytes)}`).join(', ');
}

export type Profile = 'served' | 'caching';

export interface Results {
  cold: Sample[];
  /** A page load of the next query in the same tab (caching host). */
  warm: Sample[];
  /** The next query submitted on the results page (as served). */
  inPage: Sample[];
}

export function firstOk(samples: Sample[]): Sample | undefined {
  return samples.find((s) => s.ok);
}

/** The byte-counting runs of a query should agree; describe any difference. */
function byteDifferences(results: Results[], host: string): string[] {
  return results.flatMap((r, i) =>
    (['cold', 'warm', 'inPage'] as const).flatMap((kind) => {
      const totals = r[kind].filter((s) => s.ok).map((s) => total(s.resources, 'wire'));
      return Math.max(...totals) - Math.min(...totals) > 1024 ? [`${host} ${kind} ${label(i)}: ${totals.map(kb).join(' vs ')} KB`] : [];
    }),
  );
}

export function reportBytes(bytes: Record<Profile, Results[]>, site: BuiltSite): void {
  const T = targets.coldKb * 1024;
  const W = targets.warmKb * 1024;
  console.log(`\nCOLD BYTES (KB), as served                   target ≤ ${targets.coldKb} KB`);
  console.log(row(['query', -16], ['hits', 5], ['|  wire', 7], ['', 4], ['page', 6], ['data', 6], ['other', 6], ['|  gzip', 7], ['', 4], ['page', 6], ['data', 6], ['other', 6], ['| reqs', 6]));
  let worst = { wire: 0, gzip: 0 };
  rows.forEach((_, i) => {
    const s = firstOk(bytes.served[i]!.cold);
    if (!s) return console.log(row([label(i), -16], ['failed', 12]));
    const r = s.resources;
    const of = (c: Category) => (x: Resource) => x.category === c;
    const wire = total(r, 'wire');
    const gzip = total(r, 'gzip');
    if (i < queries.length) worst = { wire: Math.max(worst.wire, wire), gzip: Math.max(worst.gzip, gzip) };
    console.log(row([label(i), -16], [rows[i] ? hitCount(s.status) : '—', 5], [kb(wire), 7], [pm(wire, T), 4], [kb(total(r, 'wire', of('page'))), 6], [kb(total(r, 'wire', of('data'))), 6], [kb(total(r, 'wire', of('other'))), 6], [kb(gzip), 7], [pm(gzip, T), 4], [kb(total(r, 'gzip', of('page'))), 6], [kb(total(r, 'gzip', of('data'))), 6], [kb(total(r, 'gzip', of('other'))), 6], [String(r.length), 6]));
  });
  console.log(row(['worst query', -22], [kb(worst.wire), 7], [pm(worst.wire, T), 4], ['', 20], [kb(worst.gzip), 7], [pm(worst.gzip, T), 4]));

  console.log(`\nWARM BYTES (KB): the second search in the same tab        target ≤ ${targets.warmKb} KB`);
  console.log(row(['', -16], ['| page load of the next query, caching host', -103], ['| submitted on the page, as served', -34]));
  console.log(row(['query', -16], ['|   wire', 8], ['', 4], ['gzip', 6], ['', 4], ['reqs', 5], ['cache', 6], ['304', 4], ['200', 4], ['  fetched with a body (wire KB)', -54], ['|   wire', 8], ['', 4], ['gzip', 6], ['', 4], ['reqs', 5]));
  let worstPage = { wire: 0, gzip: 0 };
  let worstInPage = { wire: 0, gzip: 0 };
  let navigated = false;
  rows.forEach((_, i) => {
    const c = firstOk(bytes.caching[i]!.warm);
    const p = firstOk(bytes.served[i]!.inPage);
    navigated ||= bytes.served[i]!.inPage.some((x) => x.navigated);
    const cells: [string, number][] = [[label(i), -16]];
    if (c) {
      const [cw, cg] = [total(c.resources, 'wire'), total(c.resources, 'gzip')];
      if (i < queries.length) worstPage = { wire: Math.max(worstPage.wire, cw), gzip: Math.max(worstPage.gzip, cg) };
      const count = (f: (r: Resource) => boolean) => String(c.resources.filter(f).length);
      cells.push([kb(cw), 8], [pm(cw, W), 4], [kb(cg), 6], [pm(cg, W), 4], [count(() => true), 5], [count((r) => r.status === 'cache'), 6], [count((r) => r.status === 304), 4], [count((r) => typeof r.status === 'number' && r.status !== 304), 4], [`  ${newBodies(c.resources, site)}`, -54]);
    } else cells.push(['failed', 8], ['', 94]);
    if (p) {
      const [pw, pg] = [total(p.resources, 'wire'), total(p.resources, 'gzip')];
      if (i < queries.length) worstInPage = { wire: Math.max(worstInPage.wire, pw), gzip: Math.max(worstInPage.gzip, pg) };
      cells.push([kb(pw), 8], [pm(pw, W), 4], [kb(pg), 6], [pm(pg, W), 4], [String(p.resources.length), 5]);
    } else cells.push([navigated ? 'n/a' : 'failed', 8]);
    console.log(row(...cells));
  });
  const worstCells: [string, number][] = [['worst query', -16], [kb(worstPage.wire), 8], [pm(worstPage.wire, W), 4], [kb(worstPage.gzip), 6], [pm(worstPage.gzip, W), 4], ['', 77]];
  if (!navigated) worstCells.push([kb(worstInPage.wire), 8], [pm(worstInPage.wire, W), 4], [kb(worstInPage.gzip), 6], [pm(worstInPage.gzip, W), 4]);
  console.log(row(...worstCells));
  console.log('reqs = requests made; cache = answered from the browser cache; 304 = revalidated (headers only); 200 = sent with a body.');
  if (navigated) console.log('n/a: submitting the search form on the results page loads a new page (no in-place search in this build).');

  const all = [...bytes.served, ...bytes.caching].flatMap((r) => [...r.cold, ...r.warm, ...r.inPage]).filter((s) => s.ok);
  const leftovers = all.map((s) => s.leftover);
  console.log(`check: TCP bytes not matched by CDP figures (after adding the worker script's body): min ${Math.min(...leftovers)}, max ${Math.max(...leftovers)} bytes per search (chunked-encoding framing of the worker script is ~13).`);
  const differences = [...byteDifferences(bytes.served, 'as served'), ...byteDifferences(bytes.caching, 'caching host')];
  console.log(differences.length ? `check: the ${byteRuns} byte-counting runs differ by more than 1 KB: ${differences.join('; ')}` : `check: the ${byteRuns} byte-counting runs agree within 1 KB.`);
}

export function reportTimes(times: Record<Profile, Results[]>): void {
  const timings = (samples: Sample[]) => samples.flatMap((s) => (s.ok && s.timing ? [s.timing] : []));
  const pooled = { cold: [] as Timing[], warm: [] as Timing[], inPage: [] as Timing[] };
  let navigated = false;
  const stats = (t: Timing[], limit: number): [string, number][] => {
    const [m, p] = [median(t.map((x) => x.total)), p95(t.map((x) => x.total))];
    return [[ms(m), 8], [pm(m, limit), 4], [ms(p), 5], [pm(p, limit), 4]];
  };
  const split = (t: Timing[]): [string, number][] => (['page', 'pagefind', 'blocks', 'render'] as const).map((k) => [ms(median(t.map((x) => x[k]))), k === 'pagefind' ? 8 : 6]);
  console.log(`\nTIME (ms)                      target cold ≤ ${targets.coldMs} ms, warm ≤ ${targets.warmMs} ms`);
  console.log(row(['', -16], ['| cold page load, as served', -54], ['| warm page load, caching host', -54], ['| warm, on the page', -24]));
  console.log(row(['query', -16], ['| median', 8], ['', 4], ['p95', 5], ['', 4], ['page', 6], ['pagefind', 8], ['blocks', 6], ['render', 6], ['| median', 8], ['', 4], ['p95', 5], ['', 4], ['page', 6], ['pagefind', 8], ['blocks', 6], ['render', 6], ['| median', 8], ['', 4], ['p95', 5], ['', 4], ['runs', 5]));
  const line = (name: string, i: number | undefined, cold: Timing[], warm: Timing[], inPage: Timing[]) => {
    const missing = i !== undefined && times.served[i]!.inPage.some((s) => s.navigated);
    navigated ||= missing;
    const page: [string, number][] = missing || (i === undefined && navigated) ? [['n/a', 8]] : stats(inPage, targets.warmMs);
    console.log(row([name, -16], ...stats(cold, targets.coldMs), ...split(cold), ...stats(warm, targets.warmMs), ...split(warm), ...page, ...(page.length > 1 ? [] : [['', 13] as [string, number]]), [String(Math.min(cold.length, warm.length)), 5]));
  };
  const of = (i: number) => [timings(times.served[i]!.cold), timings(times.caching[i]!.warm), timings(times.served[i]!.inPage)] as const;
  queries.forEach((query, i) => {
    const [cold, warm, inPage] = of(i);
    pooled.cold.push(...cold);
    pooled.warm.push(...warm);
    pooled.inPage.push(...inPage);
    line(query, i, cold, warm, inPage);
  });
  line('all queries', undefined, pooled.cold, pooled.warm, pooled.inPage);
  line(label(queries.length), queries.length, ...of(queries.length));
  console.log('Page loads: fetchStart → results painted (the frame after aria-busy="false"). page = → the search script starts (manifest request);');
  console.log('pagefind = → candidates known (first block request); blocks = → last block arrived; render = → done (match, DOM, layout, paint).');
  console.log('Split columns are medians. On the page: the next query typed into the search box and submitted → results painted, on the page\'s clock.');
  if (navigated) console.log('n/a: submitting the search form on the results page loads a new page (no in-place search in this build).');
  console.log('all queries = every run of every query pooled. (no query) = /search/?q= : the page alone, no search data fetched.');
}

/** When each request of one search was sent and finished, on the page's clock (from a byte-counting run). */
export function reportWaterfall(sample: Sample | undefined, query: string): void {
  if (!sample) return;
  console.log(`\nREQUESTS of one cold search for ${query} (as served; ms from the page request; a byte-counting run, so a little slower)`);
  const scale = Math.max(sample.doneMs, ...sample.resources.map((r) => r.end)) / 50;
  const bar = (from: number, to: number) => ' '.repeat(Math.round(from / scale)) + '#'.repeat(Math.max(1, Math.round((to - from) / scale)));
  for (const r of [...sample.resources].sort((a, b) => a.start - b.start)) {
    const path = r.path === searchPath() ? '/search/?q=… (HTML)' : r.path;
    const name = path.length > 58 ? `${path.slice(0, 57)}…` : path;
    console.log(row([ms(r.start), 5], [ms(r.end), 5], [kb(r.wire), 6], [name, -58], [bar(r.start, r.end), -1]));
  }
  console.log(row([ms(sample.doneMs), 5], ['', 5], ['', 6], ['done: results painted', -58], [`${' '.repeat(Math.round(sample.doneMs / scale))}|`, -1]));
}

/** What the search data in dist/ amounts to, by part, for comparison with what a search fetches. */
export function reportDistSizes(site: BuiltSite): void {
  const { distDir, dataPaths } = site;
  const groups: [string, (path: string) => boolean][] = [
    ['Pagefind runtime (pagefind.js, worker, WASM, entry, meta, filter)', (p) => /^pagefind\/(pagefind\.js|pagefind-worker\.js|wasm\..*|pagefind-entry\.json|.*\.pf_meta|filter\/.*)$/u.test(p)],
    ['Pagefind index chunks (pagefind/index/*)', (p) => p.startsWith('pagefind/index/')],
    ['search manifest (search/data/<version>/manifest.json)', (p) => `/${p}` === dataPaths.manifest],
    ['all article blocks (search/data/<version>/blocks/*.json)', (p) => `/${p}`.startsWith(dataPaths.blocksFolder)],
    ['all article blocks in one file (…/blocks.json)', (p) => `/${p}` === dataPaths.bundle],
  ];
  console.log('\nSEARCH DATA IN dist/ (everything, not what one search fetches)');
  console.log(row(['part', -66], ['files', 5], ['raw KB', 8], ['gzip KB', 8]));
  const files = (readdirSync(distDir, { recursive: true, withFileTypes: true }) as Dirent[]).filter((e) => e.isFile()).map((e) => relative(distDir, join(e.parentPath, e.name)).split(sep).join('/'));
  for (const [name, test] of groups) {
    const sizes = files.filter(test).map((f) => site.fileSizes(`/${f}`));
    console.log(row([name, -66], [String(sizes.length), 5], [kb(sizes.reduce((n, x) => n + x.raw, 0)), 8], [kb(sizes.reduce((n, x) => n + x.gzip, 0)), 8]));
  }
}

export function reportResources(served: Results[]): void {
  console.log('\nCOLD BYTES PER RESOURCE, as served (largest over the queries that fetched it)');
  console.log(row(['resource', -62], ['kind', -5], ['wire KB', 8], ['gzip KB', 8], ['queries', 8]));
  const byPath = new Map<string, { category: Category; wire: number; gzip: number; queries: number }>();
  for (const r of served.slice(0, queries.length)) {
    for (const x of firstOk(r.cold)?.resources ?? []) {
      const key = x.path;
      const entry = byPath.get(key) ?? { category: x.category, wire: 0, gzip: 0, queries: 0 };
      byPath.set(key, { ...entry, wire: Math.max(entry.wire, x.wire), gzip: Math.max(entry.gzip, x.gzip), queries: entry.queries + 1 });
    }
  }
  const order: Category[] = ['page', 'data', 'other'];
  for (const [path, e] of [...byPath].sort((a, b) => order.indexOf(a[1].category) - order.indexOf(b[1].category) || b[1].wire - a[1].wire)) {
    const name = path === searchPath() ? '/search/?q=… (HTML)' : path.length > 62 ? `${path.slice(0, 61)}…` : path;
    console.log(row([name, -62], [e.category, -5], [kb(e.wire), 8], [kb(e.gzip), 8], [`${e.queries}/${queries.length}`, 8]));
  }
}

