/**
 * Search page as a reader uses it: a query typed into the header search box (which suggests glossary
 * terms) lands on /search/?q=…; every hit link opens the article at a block that contains the query,
 * with the occurrences marked; filters and sort change the URL and the list without a new search;
 * arrow keys move between results; results arrive 20 at a time, the next page on "显示更多结果", kept in
 * the URL; empty, punctuation-only, one-character and 1,000-character queries
 * behave sensibly; markup in the query is shown as text and never runs. (Exact recall and precision
 * over a large query set: search-recall.test.ts.)
 *
 * Needs a built site with its Pagefind index (npm run build).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { useSite } from './support/site.ts';

/**
 * Wait until the search script has finished, ask for the next page of results ("显示更多结果") until
 * none is left, and return the status message and every hit link.
 */
async function searchOutcome(page: Page): Promise<{ status: string; hrefs: string[] }> {
  await page.locator('#search-results[aria-busy="false"]').waitFor();
  const more = page.locator('#search-more');
  while (await more.isVisible()) {
    await more.click();
    await page.locator('#search-results[aria-busy="false"]').waitFor();
  }
  const status = page.locator('#search-status');
  assert.ok(await status.isVisible(), 'the search status message is not visible');
  return {
    status: (await status.textContent()) ?? '',
    hrefs: await page.locator('#search-results a.hit__link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href)),
  };
}

/**
 * Open `href` and check that its fragment names a block of an article page that is the target, contains
 * `query`, and has every occurrence of it marked.
 */
async function assertHitContains(page: Page, href: string, query: string): Promise<void> {
  await page.goto(href);
  const url = new URL(page.url());
  assert.match(url.pathname, /^\/articles\/[^/]+\/$/, `${href} is not an article page`);
  assert.equal(url.searchParams.get('q'), query, `${href} does not carry the query`);
  const id = decodeURIComponent(url.hash.slice(1));
  assert.ok(id, `${href} has no block fragment`);
  await page.locator(`[id="${id}"] mark.query-hit`).first().waitFor();
  const target = await page.evaluate((blockId) => {
    const el = document.getElementById(blockId)!;
    const text = el.querySelector('.para-text, .note__text')?.textContent ?? el.textContent ?? '';
    return { isTarget: el.matches(':target'), text, marks: [...el.querySelectorAll('mark.query-hit')].map((m) => m.textContent) };
  }, id);
  assert.ok(target.isTarget, `${href}: #${id} is not :target`);
  assert.ok(target.text.includes(query), `${href}: #${id} does not contain ${query}`);
  assert.deepEqual(target.marks, Array(target.text.split(query).length - 1).fill(query), `${href}: occurrences not all marked`);
}

describe('search', () => {
  const site = useSite();

  test('a hyphen finds the text\'s dash: CASA-1000 finds CASA—1000, and the page marks it', async () => {
    const page = await site().browser.newPage();
    await page.goto(`${site().baseUrl}/search/?q=${encodeURIComponent('CASA-1000')}`);
    const { hrefs } = await searchOutcome(page);
    assert.equal(hrefs.length, 1, hrefs.join('\n'));
    assert.match(hrefs[0]!, /\/articles\/chen-zeng-central-asian-members-expectations\/\?q=CASA-1000#p9ikbvj$/u);
    await page.goto(hrefs[0]!);
    await page.locator('[id="p9ikbvj"] mark.query-hit').first().waitFor();
    assert.deepEqual(await page.locator('[id="p9ikbvj"] mark.query-hit').allTextContents(), ['CASA—1000']);
  });

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

      await page.locator('#search-results a.hit__link').first().click();
      await page.waitForURL((url) => url.pathname.startsWith('/articles/'));
      const firstHref = hrefs[0] ?? '';
      assert.equal(page.url(), firstHref, 'clicking the first result did not open its link');
      for (const href of hrefs) await assertHitContains(page, href, query);
    });
  }

  test('the header search box suggests glossary terms', async () => {
    const page = await site().browser.newPage();
    await page.goto(`${site().baseUrl}/timeline/`);
    const input = page.locator('header input[name="q"]');
    assert.equal(await input.getAttribute('list'), 'glossary-suggestions');
    const options = await page.locator('#glossary-suggestions option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
    assert.ok(options.includes('上海精神') && options.length >= 60, `${options.length} suggestions`);
    await page.close();
  });

  test('filters and sort narrow and reorder the hits and are kept in the URL; arrow keys move between hits', async () => {
    const page = await site().browser.newPage();
    await page.goto(`${site().baseUrl}/search/?q=${encodeURIComponent('上海精神')}`);
    const all = (await searchOutcome(page)).hrefs;
    const refs = async () => page.locator('li.hit').evaluateAll((hits) => hits.map((h) => (h as HTMLElement).dataset['ref']!));
    await page.selectOption('select[name="article"]', 'commentary-shanghai-spirit');
    assert.match(page.url(), /[?&]article=commentary-shanghai-spirit/);
    const inArticle = await refs();
    assert.ok(inArticle.length > 0 && inArticle.length < all.length);
    assert.ok(inArticle.every((r) => r.startsWith('commentary-shanghai-spirit#')));
    assert.match((await page.locator('#search-status').textContent())!, new RegExp(`共 ${all.length} 条.*筛选后 ${inArticle.length} 条`));

    await page.goto(`${site().baseUrl}/search/?q=${encodeURIComponent('上海精神')}&kind=journal&sort=document`);
    await searchOutcome(page);
    assert.equal(await page.locator('select[name="sort"]').inputValue(), 'document');
    const journal = await refs();
    assert.ok(journal.length > 0 && journal.length < all.length);

    const links = page.locator('a.hit__link');
    await links.nth(0).focus();
    await page.keyboard.press('ArrowDown');
    assert.equal(await links.nth(1).evaluate((a) => a === document.activeElement), true);
    await page.keyboard.press('ArrowUp');
    assert.equal(await links.nth(0).evaluate((a) => a === document.activeElement), true);
    await page.close();
  });

  test('results arrive 20 at a time, the next page on request, kept in the URL', async () => {
    const page = await site().browser.newPage();
    const query = '上海合作组织';
    await page.goto(`${site().baseUrl}/search/?q=${encodeURIComponent(query)}`);
    await page.locator('#search-results[aria-busy="false"]').waitFor();
    const groupSizes = async () => page.locator('#search-hits > li.group').evaluateAll((groups) => groups.map((g) => g.querySelectorAll('li.hit').length));
    const first = await groupSizes();
    const total = Number(/共 (\d+) 条/.exec((await page.locator('#search-status').textContent())!)![1]);
    const firstCount = first.reduce((a, b) => a + b, 0);
    const firstRefs = await page.locator('li.hit').evaluateAll((hits) => hits.map((h) => (h as HTMLElement).dataset['ref']!));
    assert.ok(firstCount === 20 && firstCount < total, `first page ${first.join('+')} of ${total}`);
    assert.match((await page.locator('#search-status').textContent())!, new RegExp(`已显示前 ${firstCount} 条`));
    const more = page.locator('#search-more');
    assert.ok(await more.isVisible(), 'no button for the next page');
    await more.click();
    await page.locator('#search-results[aria-busy="false"]').waitFor();
    assert.equal(new URL(page.url()).searchParams.get('page'), '2');
    const second = await groupSizes();
    assert.equal(second.reduce((a, b) => a + b, 0), Math.min(40, total));
    const refs = async () => page.locator('li.hit').evaluateAll((hits) => hits.map((h) => (h as HTMLElement).dataset['ref']!));
    assert.deepEqual((await refs()).slice(0, firstCount), firstRefs, 'the first page changed when the second came');
    const newFirst = page.locator('a.hit__link').nth(firstCount);
    assert.equal(await newFirst.evaluate((a) => a === document.activeElement), true, 'focus is not on the first new hit');
    // The URL with its page shows the same list when opened anew.
    const shown = await refs();
    await page.reload();
    await page.locator('#search-results[aria-busy="false"]').waitFor();
    assert.deepEqual(await refs(), shown);
    // All pages together are every hit the status counts (two cells of one table row share its link).
    const all = (await searchOutcome(page)).hrefs;
    assert.equal(all.length, total);
    await page.close();
  });

  test('a new query on the results page is searched in place, and Back returns to the previous search', async () => {
    const page = await site().browser.newPage();
    await page.goto(`${site().baseUrl}/search/?q=${encodeURIComponent('上海精神')}`);
    const first = await searchOutcome(page);
    await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));
    await page.fill('#search-q', '命运共同体');
    await page.press('#search-q', 'Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === '命运共同体');
    const second = await searchOutcome(page);
    assert.match(second.status, /“命运共同体”：共 \d+ 条/);
    assert.equal(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage), true, 'the page was reloaded');
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('q') === '上海精神');
    await page.locator('#search-status', { hasText: '上海精神' }).waitFor();
    assert.deepEqual((await searchOutcome(page)).hrefs, first.hrefs);
    await page.close();
  });

  test('one-character, punctuation-only and 1,000-character queries behave sensibly', async () => {
    const page = await site().browser.newPage();
    await page.goto(`${site().baseUrl}/search/?q=${encodeURIComponent('路')}`);
    const one = await searchOutcome(page);
    assert.ok(one.hrefs.length > 10, `路: ${one.status}`);
    await page.goto(`${site().baseUrl}/search/?q=${encodeURIComponent('，。！')}`);
    const punctuation = await searchOutcome(page);
    assert.equal(punctuation.hrefs.length, 0);
    assert.match(punctuation.status, /没有文字或数字/);
    const long = '上合组织'.repeat(250);
    await page.goto(`${site().baseUrl}/search/?q=${encodeURIComponent(long)}`);
    const longOutcome = await searchOutcome(page);
    assert.equal(longOutcome.hrefs.length, 0);
    assert.match(longOutcome.status, /没有找到/);
    await page.close();
  });

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
