/**
 * Shared setup for the browser tests: the built site served over HTTP and a headless system Chromium.
 *
 * `useSite()` does that in a describe's before/after hooks. `openSite()` checks that dist/ holds a complete build (pages and Pagefind bundle), serves it with
 * ./server.ts and launches Chromium (`CHROMIUM_PATH`, default /usr/bin/chromium). It resolves to the
 * base URL, the browser, and `close()` that stops both.
 * `articleLinks(page, baseUrl)` lists the article URLs linked from the home page.
 * `fontRequests(context)` records every font file the pages of `context` request.
 *
 * Errors: `openSite()` rejects with an explanation when dist/ is missing or incomplete (run
 * `npm run build` first), or when Chromium cannot be launched.
 */
import { access } from 'node:fs/promises';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startStaticServer } from '../../../tools/harness/server.ts';

export const distDir = fileURLToPath(new URL('../../../dist/', import.meta.url));

export interface Site {
  baseUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

async function assertBuilt(): Promise<void> {
  for (const file of ['index.html', 'search/index.html', 'pagefind/pagefind.js']) {
    await access(`${distDir}${file}`).catch(() => {
      throw new Error(`dist/${file} is missing: run \`npm run build\` before the browser tests.`);
    });
  }
}

export async function openSite(): Promise<Site> {
  await assertBuilt();
  const server = await startStaticServer(distDir);
  const browser = await chromium
    .launch({
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    })
    .catch(async (error: unknown) => {
      await server.close();
      throw error;
    });
  return {
    baseUrl: server.url,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Register `before`/`after` hooks in the calling `describe` that open the site and close it again.
 * Returns an accessor for the open site (valid inside tests).
 */
export function useSite(): () => Site {
  let site: Site | undefined;
  before(async () => {
    site = await openSite();
  });
  after(async () => {
    await site?.close();
  });
  return () => {
    if (!site) throw new Error('the site is opened in a before hook; use it inside tests');
    return site;
  };
}

/** Absolute URLs of the articles listed on the home page, in list order. */
export async function articleLinks(page: Page, baseUrl: string): Promise<string[]> {
  await page.goto(`${baseUrl}/`);
  const hrefs = await page.locator('a.article-link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  return hrefs.map((href) => new URL(href ?? '', `${baseUrl}/`).href);
}

const fontFile = /\.(woff2?|ttf|otf)(?:[?#]|$)/i;

/** A live list of the font URLs requested by any page of `context`. */
export function fontRequests(context: BrowserContext): string[] {
  const requested: string[] = [];
  context.on('request', (request) => {
    if (request.resourceType() === 'font' || fontFile.test(new URL(request.url()).pathname)) requested.push(request.url());
  });
  return requested;
}
