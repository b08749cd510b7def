/**
 * Provenance as a reader uses it: a paragraph's "原文" control shows the raw lines it came from (their
 * numbers equal the paragraph's data-lines), its link leads to the raw source page at that line, and
 * /about/sources/ reports all five sources with zero unexplained character losses.
 *
 * Needs a built site (npm run build).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useSite } from './support/site.ts';
import { parseLineRanges } from '../../src/content-model/raw-source/raw-source-ranges.ts';

describe('provenance', () => {
  const site = useSite();

  test('the 原文 control of a paragraph opens its raw lines beside it', async () => {
    const page = await site().browser.newPage();
    await page.goto(`${site().baseUrl}/articles/roundtable-sco-new-blueprint/`);
    const para = page.locator('p.para', { hasText: '合作机制完备' });
    const lines = (await para.getAttribute('data-lines')) ?? '';
    assert.equal(lines, '101,65', 'L101 continues at L65 in reading order');
    await para.locator('.provenance-link').click();
    const box = page.locator(`#${await para.locator('.provenance-link').getAttribute('aria-controls')}`);
    await box.waitFor({ state: 'visible' });
    const shown = ((await box.textContent()) ?? '').split('\n').map((l) => Number(/^L(\d+)/u.exec(l)?.[1]));
    assert.deepEqual(shown, parseLineRanges(lines));
    assert.match((await box.textContent()) ?? '', /^L101 {2}合作机制完备。/u);
    await page.close();
  });

  test('without JavaScript the 原文 link leads to the raw source page at that line', async () => {
    const context = await site().browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site().baseUrl}/articles/roundtable-sco-new-blueprint/`);
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
