/**
 * Accessibility audit of the whole built site with axe-core (through @axe-core/playwright), in the light
 * and in the dark colour scheme: every dist/**.html page (none left out; dist/pagefind holds Pagefind's
 * bundle, not pages, and has no HTML), plus six states that exist only after a script has run — a search
 * with results, an article opened from a search hit (occurrences marked), an article with a 原文 box open
 * (its raw lines fetched, and once with the fetch failing: the Chinese message), one with a footnote
 * popover shown and one with the cite dialog open. Rules: the WCAG 2.0/2.1/2.2 A and AA tags and axe's
 * best practices; no rule is disabled. Each page is checked in the scheme the reader's system asks for
 * (`page.emulateMedia({ colorScheme })`), and the test first asserts that the page really is in that
 * scheme (the theme script set `<html data-theme>` and the background is light or dark accordingly), so
 * a broken theme cannot pass as a light page checked twice.
 *
 * axe does not see text that CSS generates (`content:`), and the site draws several labels that way so
 * that copies and the search index hold only the source's words: the 原文 links, the page marks' `p. 58`,
 * the 事 markers. So another test checks the palette they are drawn from, in both schemes: every text
 * colour (--color-text, -muted, -faint, -link, -accent, -target-rule) at least 4.5:1 on every background
 * (--color-bg, -surface, -target-bg, -field-bg), --color-on-fill 4.5:1 on the fills, and the form
 * fields' border 3:1 (WCAG 1.4.11) on the backgrounds it sits on.
 *
 * Every article page, and one page of each other kind, is audited once more on an emulated phone (412 px,
 * touch, as Lighthouse's mobile preset): touch screens always show the 引 buttons and the narrow layout
 * has its own margin, which only there can put targets below 24 px apart.
 *
 * Before each audit, every subtree that `content-visibility: auto` skips is laid out (see `audit`), so
 * that axe's geometry (target sizes and spacing) is the page's as scrolled, not around placeholders.
 *
 * Passes when there are zero violations; prints pages × schemes checked and the violations by rule.
 * Two pages are audited at a time in one browser. axe runs in @axe-core/playwright's legacy mode
 * (`axe.run` inside the page; the default mode opens an extra blank page per audit to merge frame
 * results, which only matters for cross-origin iframes — the site has no iframes). axe's `resultTypes:
 * ['violations']` option would make each audit ~1.7× faster but is not used: measured here, it hid every
 * target-size violation (79 undersized 引 buttons on the largest article on a phone, 2 on the desktop;
 * Lighthouse, which runs axe without it, found them). Needs a built site (npm run build).
 */
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { contrastRatio } from './support/contrast.ts';
import { distDir, useSite } from './support/site.ts';

const tags = ['wcag2a', 'wcag21a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];
const schemes = ['light', 'dark'] as const;
type Scheme = (typeof schemes)[number];

/** How many pages are audited at once (the machine has two cores). */
const parallel = 2;

const article = '/articles/chen-zeng-central-asian-members-expectations/';

/** A page to audit: its URL path and, for a scripted state, what to do before the audit. */
interface Target {
  name: string;
  path: string;
  prepare?: (page: Page) => Promise<void>;
}

/** URL paths of the built HTML pages: `a/b/index.html` → `/a/b/`, `404.html` → `/404.html`. */
async function builtPages(): Promise<string[]> {
  const files = await readdir(distDir, { recursive: true });
  return files
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`)
    .sort();
}

/** States reached by script, each audited like a page. */
const scriptedStates: Target[] = [
  {
    name: '/search/?q=上海精神 (results shown)',
    path: '/search/?q=上海精神',
    prepare: async (page) => {
      await page.locator('#search-results[aria-busy="false"] .hit__link').first().waitFor();
    },
  },
  {
    name: `${article}?q=上海合作组织#… (occurrences marked)`,
    path: `${article}?q=上海合作组织#p211d12`,
    prepare: async (page) => {
      await page.locator('mark.query-hit').first().waitFor();
    },
  },
  {
    name: `${article} (footnote popover shown)`,
    path: article,
    prepare: async (page) => {
      await page.locator('.note-ref a').first().focus();
      await page.locator('#link-popover').waitFor({ state: 'visible' });
    },
  },
  {
    name: `${article} (原文 box open, raw lines fetched)`,
    path: article,
    prepare: async (page) => {
      await page.locator('p.para .provenance-link').first().click();
      await page.locator('.provenance-box:not([hidden]):not([aria-busy])').filter({ hasText: /^L\d+/u }).waitFor();
    },
  },
  {
    name: `${article} (原文 box open, raw lines failed to load)`,
    path: article,
    prepare: async (page) => {
      await page.route('**/raw-lines.json', (route) => route.fulfill({ status: 503, body: '' }));
      await page.locator('p.para .provenance-link').first().click();
      await page.locator('.provenance-box [role="alert"]').waitFor();
    },
  },
  {
    name: `${article} (cite dialog open)`,
    path: article,
    prepare: async (page) => {
      await page.locator('.para-cite').first().focus();
      await page.keyboard.press('Enter');
      await page.locator('#cite-entry').filter({ hasText: '[J/OL]' }).waitFor();
    },
  },
];

interface Finding {
  target: string;
  scheme: Scheme;
  rule: string;
  impact: string;
  help: string;
  nodes: string[];
}

/** Open `target` in `scheme`, check the scheme took effect, run axe; the violations found. */
async function audit(page: Page, baseUrl: string, target: Target, scheme: Scheme): Promise<Finding[]> {
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`${baseUrl}${target.path}`, { waitUntil: 'load' });
  await target.prepare?.(page);
  const applied = await page.evaluate(() => {
    const [r, g, b] = (getComputedStyle(document.documentElement).backgroundColor.match(/\d+/g) ?? []).map(Number);
    return { theme: document.documentElement.dataset['theme'], luminance: ((r ?? 0) + (g ?? 0) + (b ?? 0)) / 3 };
  });
  assert.equal(applied.theme, scheme, `${target.name}: <html data-theme> in the ${scheme} scheme`);
  assert.ok(scheme === 'dark' ? applied.luminance < 80 : applied.luminance > 200, `${target.name}: ${scheme} background (${applied.luminance})`);
  // Lay out every block as the reader sees it once scrolled there: in a subtree that content-visibility
  // skips, axe reads positions computed around placeholder sizes, so parts of the page far apart can
  // look overlapping (target-size: an article's related-article link 1.8 px from footnote 50's 原文 link,
  // 1,900 px apart on screen).
  await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
  const results = await new AxeBuilder({ page }).withTags(tags).setLegacyMode(true).analyze();
  return results.violations.map((v) => ({
    target: target.name,
    scheme,
    rule: v.id,
    impact: v.impact ?? '',
    help: v.help,
    nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`),
  }));
}

/**
 * A phone as Lighthouse's mobile preset emulates it (412 × 823 CSS px, touch, no hover): on a touch
 * screen the 引 buttons are always shown (`@media (hover: none)`), so axe's target-size rule sees them,
 * and the article's narrow layout puts them and the paragraph numbers in a smaller margin.
 */
const phone: BrowserContextOptions = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

/**
 * Audit every (target, scheme) pair with `parallel` pages of one browser context (default: desktop,
 * 1280 × 720, mouse) working through a queue.
 */
async function auditAll(
  browser: Browser,
  baseUrl: string,
  targets: Target[],
  inSchemes: readonly Scheme[] = schemes,
  device: BrowserContextOptions = {},
): Promise<{ checked: number; findings: Finding[] }> {
  const queue = targets.flatMap((target) => inSchemes.map((scheme) => ({ target, scheme })));
  const checked = queue.length;
  const findings: Finding[] = [];
  const context = await browser.newContext(device);
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      const page = await context.newPage();
      for (let job = queue.shift(); job; job = queue.shift()) findings.push(...(await audit(page, baseUrl, job.target, job.scheme)));
      await page.close();
    }),
  );
  await context.close();
  return { checked, findings };
}

function report(label: string, checked: number, findings: Finding[]): string {
  const byRule = new Map<string, number>();
  for (const f of findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  const rules = [...byRule].map(([rule, n]) => `${rule} ×${n}`).join(', ');
  return `axe (${tags.join(', ')}): ${label}: ${checked} audits, ${findings.length} violations${rules ? ` (${rules})` : ''}`;
}

function details(findings: Finding[]): string {
  return findings.map((f) => `${f.target} [${f.scheme}] ${f.rule} (${f.impact}): ${f.help}\n    ${f.nodes.join('\n    ')}`).join('\n');
}

/** Minimum contrast of each colour pair of the palette: [foregrounds, backgrounds, ratio]. */
const palettePairs: [string[], string[], number][] = [
  [['text', 'muted', 'faint', 'link', 'accent', 'target-rule'], ['bg', 'surface', 'target-bg', 'field-bg'], 4.5],
  [['on-fill'], ['link', 'accent', 'target-rule'], 4.5],
  [['field-border'], ['bg', 'surface', 'field-bg'], 3],
];

describe('accessibility (axe-core)', () => {
  const site = useSite();

  test('every built page, light and dark: zero violations', async () => {
    const paths = await builtPages();
    assert.ok(paths.length > 100 && paths.includes('/') && paths.includes(article), `unexpected pages: ${paths.length}`);
    const { checked, findings } = await auditAll(site().browser, site().baseUrl, paths.map((path) => ({ name: path, path })));
    console.log(report(`${paths.length} pages × ${schemes.length} schemes`, checked, findings));
    assert.equal(findings.length, 0, details(findings));
  });

  test('the palette, light and dark: text colours 4.5:1 on every background, field borders 3:1', async () => {
    const page = await site().browser.newPage();
    const names = [...new Set(palettePairs.flatMap(([fg, bg]) => [...fg, ...bg]))];
    const seen: Record<string, Record<string, string>> = {};
    const failures: string[] = [];
    for (const scheme of schemes) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${site().baseUrl}/`);
      const colours = await page.evaluate((list) => {
        const probe = document.body.appendChild(document.createElement('span'));
        const read = (name: string) => ((probe.style.color = `var(--color-${name})`), getComputedStyle(probe).color);
        return Object.fromEntries(list.map((name) => [name, read(name)]));
      }, names);
      seen[scheme] = colours;
      for (const [foregrounds, backgrounds, minimum] of palettePairs) {
        for (const fg of foregrounds) {
          for (const bg of backgrounds) {
            const ratio = contrastRatio(colours[fg]!, colours[bg]!);
            if (!(ratio >= minimum)) failures.push(`${scheme}: --color-${fg} ${colours[fg]} on --color-${bg} ${colours[bg]}: ${ratio.toFixed(2)} < ${minimum}`);
          }
        }
      }
    }
    await page.close();
    assert.notEqual(seen['light']!['bg'], seen['dark']!['bg'], 'the dark palette differs from the light one');
    assert.deepEqual(failures, []);
  });

  test('scripted states (search results, marked hits, 原文 boxes, popover, cite dialog), light and dark: zero violations', async () => {
    const { checked, findings } = await auditAll(site().browser, site().baseUrl, scriptedStates);
    console.log(report(`${scriptedStates.length} states × ${schemes.length} schemes`, checked, findings));
    assert.equal(findings.length, 0, details(findings));
  });

  test('on a phone (412 px, touch): every article and one page of each other kind, zero violations', async () => {
    const paths = await builtPages();
    const articles = paths.filter((path) => /^\/articles\/[^/]+\/$/.test(path));
    assert.ok(articles.length >= 8 && articles.includes(article), `article pages: ${articles.join(', ')}`);
    const others = ['/', '/glossary/', '/glossary/shanghai-cooperation-organisation/', '/timeline/'];
    const targets = [...articles, ...others].map((path) => ({ name: `${path} (phone)`, path }));
    const results = scriptedStates.find((state) => state.path.startsWith('/search/'))!;
    targets.push({ ...results, name: `${results.name} (phone)` });
    // Light only: the schemes differ in colour, which the desktop audits cover; here the layout differs.
    const { checked, findings } = await auditAll(site().browser, site().baseUrl, targets, ['light'], phone);
    console.log(report(`${targets.length} pages on a phone`, checked, findings));
    assert.equal(findings.length, 0, details(findings));
  });
});
