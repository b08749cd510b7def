/**
 * Search page: a query typed into the header search box lands on /search/?q=…, lists at least one
 * paragraph hit, and every hit link opens an article page whose target `p.para` contains the query.
 * An empty query and a query without matches show a message; markup in the query is shown as text and
 * never runs.
 *
 * Needs a built site with its Pagefind index (npm run build).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { useSite } from './support/site.ts';

/** Wait until the search script has finished; return the status message and the hit links. */
async function searchOutcome(page: Page): Promise<{ status: string; hrefs: string[] }> {
  await page.locator('#search-results[aria-busy="false"]').waitFor();
  const status = page.locator('#search-status');
  assert.ok(await status.isVisible(), 'the search status message is not visible');
  return {
    status: (await status.textContent()) ?? '',
    hrefs: await page.locator('#search-results a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href)),
  };
}

/** Open `href` and check that its fragment names a `p.para` on an article page that contains `query`. */
async function assertHitContains(page: Page, href: string, query: string): Promise<void> {
  await page.goto(href);
  const url = new URL(page.url());
  assert.match(url.pathname, /^\/articles\/[^/]+\/$/, `${href} is not an article page`);
  const id = decodeURIComponent(url.hash.slice(1));
  assert.ok(id, `${href} has no paragraph fragment`);
  const target = await page.evaluate((paraId) => {
    const el = document.getElementById(paraId);
    return el && { isPara: el.matches('p.para'), isTarget: el.matches(':target'), text: el.textContent ?? '' };
  }, id);
  assert.ok(target, `${href}: no element with id "${id}"`);
  assert.ok(target.isPara, `${href}: #${id} is not a p.para`);
  assert.ok(target.isTarget, `${href}: #${id} is not :target`);
  assert.ok(target.text.includes(query), `${href}: paragraph #${id} does not contain ${query}`);
}

describe('search', () => {
  const site = useSite();

  for (const query of ['命运共同体', '上海精神']) {
    test(`header search for ${query} links only to paragraphs containing it`, async () => {
      const page = await site().browser.newPage();
      await page.goto(`${site().baseUrl}/`);
      const input = page.locator('header form[role="search"] input[name="q"]');
      await input.fill(query);
      await input.press('Enter');
      await page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('q') === query);
      const { status, hrefs } = await searchOutcome(page);
      assert.ok(hrefs.length >= 1, `no results for ${query}: ${status}`);
      assert.ok(status.includes(String(hrefs.length)), `status "${status}" does not state ${hrefs.length} hits`);
      assert.ok((await page.title()).includes(query), 'the page title does not name the query');

      await page.locator('#search-results a').first().click();
      await page.waitForURL((url) => url.pathname.startsWith('/articles/'));
      const firstHref = hrefs[0] ?? '';
      assert.equal(page.url(), firstHref, 'clicking the first result did not open its link');
      for (const href of hrefs) await assertHitContains(page, href, query);
    });
  }

  test('an empty query and a query without matches show a message', async () => {
    const page = await site().browser.newPage();
    for (const path of ['/search/', '/search/?q=', '/search/?q=%20']) {
      await page.goto(`${site().baseUrl}${path}`);
      const { status, hrefs } = await searchOutcome(page);
      assert.ok(status.includes('请输入检索词'), `${path}: unexpected status "${status}"`);
      assert.equal(hrefs.length, 0, `${path}: unexpected results`);
    }
    await page.goto(`${site().baseUrl}/search/?q=zzzxxq`);
    const { status, hrefs } = await searchOutcome(page);
    assert.ok(status.includes('没有找到') && status.includes('zzzxxq'), `unexpected status "${status}"`);
    assert.equal(hrefs.length, 0, 'a query without matches listed results');
  });

  test('markup in the query is shown as text and never executed', async () => {
    const page = await site().browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const payload = '<img src=x onerror=alert(1)>';
    await page.goto(`${site().baseUrl}/search/?q=${encodeURIComponent(payload)}`);
    const { status } = await searchOutcome(page);
    assert.ok(status.includes(payload), `the query is not shown as text: "${status}"`);
    assert.equal(await page.evaluate(() => document.images.length), 0, 'the query was inserted as markup');
    assert.equal(await page.locator('#search-q').inputValue(), payload);
    assert.deepEqual(dialogs, [], 'a script from the query ran');
  });
});
