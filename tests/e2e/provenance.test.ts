/**
 * Provenance as a reader uses it: a paragraph's "原文" control shows the raw lines it came from (their
 * numbers equal the paragraph's data-lines), by mouse or keyboard; the article page does not carry the
 * raw lines, which come from the article's raw-lines file, fetched once and only when a reader first opens
 * a box (a Chinese loading text meanwhile, a Chinese message and a link to the source page if it fails,
 * a new fetch on the next opening); its link leads to the raw source page at that line, and
 * /about/sources/ reports all five sources with zero unexplained character losses.
 *
 * Needs a built site (npm run build).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readFile } from 'node:fs/promises';
import { distDir, useSite } from './support/site.ts';
import { parseLineRanges } from '../../src/content-model/raw-source/raw-source-ranges.ts';
import { articleRawLinesPath } from '../../src/routes.ts';

const slug = 'roundtable-sco-new-blueprint';
const rawLinesFile = articleRawLinesPath(slug);

describe('provenance', () => {
  const site = useSite();

  test('the 原文 control of a paragraph opens its raw lines beside it, fetched only then and once', async () => {
    const page = await site().browser.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === rawLinesFile) fetched.push(request.url());
    });
    const response = await page.goto(`${site().baseUrl}/articles/${slug}/`);
    const html = (await response?.text()) ?? '';
    assert.doesNotMatch(html, /id="raw-lines"/u, 'the page embeds no raw-lines map');
    // The file holds the raw lines as written (`,` where the article reads `，`); most are nowhere in the page.
    const raw = Object.values(JSON.parse(await readFile(`${distDir}${rawLinesFile.slice(1)}`, 'utf8')) as Record<string, string>).filter((t) => t !== '');
    assert.ok(raw.some((t) => t.startsWith('8月31日至9月1日,2025年上海合作组织峰会')), 'the file holds raw line 7');
    const inPage = raw.filter((t) => html.includes(t));
    assert.ok(inPage.length < raw.length / 2, `${inPage.length} of the ${raw.length} raw lines are in the page as written`);
    assert.equal(await page.locator('#provenance-viewer').getAttribute('data-raw-lines'), rawLinesFile);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(fetched, [], 'the raw lines are not fetched before a box is opened');

    const para = page.locator('p.para', { hasText: '合作机制完备' });
    const lines = (await para.getAttribute('data-lines')) ?? '';
    assert.equal(lines, '101,65', 'L101 continues at L65 in reading order');
    const link = para.locator('.provenance-link');
    assert.equal(await link.getAttribute('aria-expanded'), 'false');
    await link.click();
    const box = page.locator(`#${await link.getAttribute('aria-controls')}`);
    await box.waitFor({ state: 'visible' });
    await page.waitForFunction((el) => el?.getAttribute('aria-busy') === null, await box.elementHandle());
    assert.equal(await link.getAttribute('aria-expanded'), 'true');
    const shown = ((await box.textContent()) ?? '').split('\n').map((l) => Number(/^L(\d+)/u.exec(l)?.[1]));
    assert.deepEqual(shown, parseLineRanges(lines));
    assert.match((await box.textContent()) ?? '', /^L101 {2}合作机制完备。/u);

    // Another paragraph's box uses the file already fetched.
    const other = page.locator('p.para[data-lines] .provenance-link').first();
    await other.click();
    const otherBox = page.locator(`#${await other.getAttribute('aria-controls')}`);
    await otherBox.waitFor({ state: 'visible' });
    await page.waitForFunction((el) => el?.getAttribute('aria-busy') === null, await otherBox.elementHandle());
    assert.match((await otherBox.textContent()) ?? '', /^L\d+ {2}\S/u);
    await link.click();
    assert.equal(await box.isHidden(), true, 'a second click closes the box');
    assert.equal(await link.getAttribute('aria-expanded'), 'false');
    await link.click();
    await box.waitFor({ state: 'visible' });
    await page.waitForLoadState('networkidle');
    assert.equal(fetched.length, 1, `the raw-lines file is fetched once for the page: ${fetched.join(', ')}`);
    await page.close();
  });

  test('the keyboard opens and closes a box: Enter on the focused 原文 link', async () => {
    const page = await site().browser.newPage();
    await page.goto(`${site().baseUrl}/articles/${slug}/`);
    const link = page.locator('p.para', { hasText: '合作机制完备' }).locator('.provenance-link');
    await link.focus();
    await page.keyboard.press('Enter');
    const box = page.locator(`#${await link.getAttribute('aria-controls')}`);
    await box.waitFor({ state: 'visible' });
    await page.waitForFunction((el) => el?.getAttribute('aria-busy') === null, await box.elementHandle());
    assert.match((await box.textContent()) ?? '', /^L101 {2}合作机制完备。/u);
    assert.equal(await link.getAttribute('aria-expanded'), 'true');
    assert.equal(new URL(page.url()).hash, '', 'the link does not navigate where JavaScript runs');
    await page.keyboard.press('Enter');
    assert.equal(await box.isHidden(), true);
    assert.equal(await link.getAttribute('aria-expanded'), 'false');
    await page.close();
  });

  test('while the file loads the box says so; if it fails, a Chinese message and the source page, and the next opening retries', async () => {
    const page = await site().browser.newPage();
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let requests = 0;
    await page.route(`**${rawLinesFile}`, async (route) => {
      requests++;
      if (requests === 1) {
        await held;
        await route.fulfill({ status: 503, body: 'unavailable' });
      } else {
        await route.continue();
      }
    });
    await page.goto(`${site().baseUrl}/articles/${slug}/`);
    const link = page.locator('p.para', { hasText: '合作机制完备' }).locator('.provenance-link');
    await link.click();
    const box = page.locator(`#${await link.getAttribute('aria-controls')}`);
    await box.waitFor({ state: 'visible' });
    assert.equal(await box.textContent(), '正在载入原文…');
    assert.equal(await box.getAttribute('aria-busy'), 'true');

    release();
    const alert = box.locator('[role="alert"]');
    await alert.waitFor({ state: 'visible' });
    assert.match((await alert.textContent()) ?? '', /^原文未能载入（HTTP 503），请稍后重试，或在原始文本页查看。$/u);
    assert.equal(await alert.locator('a').getAttribute('href'), await link.evaluate((a: HTMLAnchorElement) => a.href));
    assert.equal(await box.getAttribute('aria-busy'), null);

    await link.click(); // close
    await link.click(); // open again: fetched anew, now served
    await page.waitForFunction((el) => /^L101 {2}合作机制完备。/u.test(el?.textContent ?? ''), await box.elementHandle());
    assert.equal(requests, 2);
    await page.close();
  });

  test('without JavaScript the 原文 link leads to the raw source page at that line', async () => {
    const context = await site().browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site().baseUrl}/articles/${slug}/`);
    const href = await page.locator('p.para', { hasText: '合作机制完备' }).locator('.provenance-link').getAttribute('href');
    assert.equal(href, 'source/#L101');
    await page.locator('p.para', { hasText: '合作机制完备' }).locator('.provenance-link').click();
    await page.waitForURL(/\/articles\/roundtable-sco-new-blueprint\/source\/#L101$/u);
    assert.match((await page.locator('#L101').textContent()) ?? '', /^合作机制完备。在法律基础方面/u);
    await context.close();
  });

  test('/about/sources/ reports every source with no unexplained losses or additions', async () => {
    const page = await site().browser.newPage();
    await page.goto(`${site().baseUrl}/about/sources/`);
    assert.equal(await page.locator('section.report').count(), 5);
    const zeros = await page.locator('tr', { hasText: /^无法解释的缺失|^新增/u }).locator('td').allTextContents();
    assert.equal(zeros.length, 10);
    assert.ok(zeros.every((z) => z === '0'));
    await page.close();
  });
});
