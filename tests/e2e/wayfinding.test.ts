/**
 * Ways around a long article (han-lu-sco-international-cooperation: 30 headings, 37 notes), in Chromium:
 *
 * - at 1280 px the contents stand open beside the text, list every heading of the page in order (as
 *   links to their ids), and mark the section being read (`aria-current="location"`) as the reader
 *   scrolls; 跳到注释 lands on the notes;
 * - at 390 px they are a closed disclosure above the text that opens on a tap, and they do not cover
 *   the text;
 * - 上一篇 / 下一篇 follow the site order of the home page's list, and the first article has no 上一篇;
 *   回到页首 goes back to the top;
 * - Tab reaches a paragraph's 引 button before its number, as they stand on the screen.
 *
 * Needs a built site (npm run build).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { articleLinks, useSite } from './support/site.ts';

const article = '/articles/han-lu-sco-international-cooperation/';

describe('wayfinding on article pages', () => {
  const site = useSite();

  test('wide screens: the contents beside the text list every heading and mark the section being read', async () => {
    const page = await site().browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site().baseUrl}${article}`);
    const contents = page.locator('nav.contents');
    assert.equal(await contents.locator('details').getAttribute('open'), '', 'open on a wide screen');
    const links = await contents.locator('.contents__list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const headings = await page.locator('.article-body :is(h2, h3, h4).heading').evaluateAll((hs) => hs.map((h) => `#${h.id}`));
    assert.ok(headings.length >= 16, `${headings.length} headings`);
    assert.deepEqual(links, headings);
    const box = await contents.boundingBox();
    const text = await page.locator('.article-body').boundingBox();
    assert.ok(box && text && box.x + box.width <= text.x, 'the contents stand left of the text, not over it');
    // Scroll a heading to the top: the current link is that of the last heading above the top third.
    await page.locator(headings[5]!).evaluate((h) => h.scrollIntoView({ block: 'start' }));
    const expected = await page.evaluate((ids) => {
      const line = window.innerHeight / 3;
      return ids.filter((id) => document.querySelector(id)!.getBoundingClientRect().top <= line).at(-1);
    }, headings);
    assert.ok(expected !== undefined && headings.indexOf(expected) >= 5, `${expected}`);
    await page.waitForFunction((href) => document.querySelector(`nav.contents a[href="${href}"]`)?.getAttribute('aria-current') === 'location', expected);
    assert.equal(await contents.locator('[aria-current="location"]').count(), 1);
    // Skip to the notes.
    await contents.getByRole('link', { name: '跳到注释' }).click();
    await page.waitForURL(/#notes-heading$/u);
    const notes = await page.locator('#notes-heading').boundingBox();
    assert.ok(notes && notes.y >= 0 && notes.y < 900, 'the notes heading is in view');
  });

  test('phones: a closed disclosure above the text that opens on a tap', async () => {
    const page = await site().browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await page.goto(`${site().baseUrl}${article}`);
    const details = page.locator('nav.contents details');
    assert.equal(await details.getAttribute('open'), null, 'closed on a phone');
    const nav = await page.locator('nav.contents').boundingBox();
    const body = await page.locator('.article-body').boundingBox();
    assert.ok(nav && body && nav.y + nav.height <= body.y, 'above the text');
    await page.locator('nav.contents summary').tap();
    assert.equal(await details.getAttribute('open'), '');
    assert.ok(await page.locator('nav.contents .contents__list a').first().isVisible());
  });

  test('上一篇 / 下一篇 follow the site order; 回到页首 goes to the top', async () => {
    const page = await site().browser.newPage({ viewport: { width: 1280, height: 900 } });
    const order = await articleLinks(page, site().baseUrl);
    assert.ok(order.length >= 3);
    await page.goto(order[0]!);
    assert.equal(await page.locator('.article-pager__previous').count(), 0, 'the first article has no 上一篇');
    await page.locator('.article-pager__next').click();
    await page.waitForURL(order[1]!);
    await page.locator('.article-pager__next').click();
    await page.waitForURL(order[2]!);
    await page.locator('.article-pager__previous').click();
    await page.waitForURL(order[1]!);
    await page.locator('.back-to-top a').click();
    await page.waitForFunction(() => window.scrollY < 200);
  });

  test('Tab reaches a paragraph\'s 引 button before its number', async () => {
    const page = await site().browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site().baseUrl}${article}`);
    const order = await page.locator('p.para').nth(3).evaluate((p) => {
      const controls = [...p.querySelectorAll<HTMLElement>('.para-cite, .para-num')];
      return controls.map((c) => c.className.split(' ')[0]);
    });
    assert.deepEqual(order, ['para-cite', 'para-num']);
    const cite = page.locator('p.para').nth(3).locator('.para-cite');
    const number = page.locator('p.para').nth(3).locator('.para-num');
    const citeBox = await cite.boundingBox();
    const numberBox = await number.boundingBox();
    assert.ok(citeBox && numberBox && citeBox.x < numberBox.x, 'the 引 button stands left of the number');
    await cite.focus();
    await page.keyboard.press('Tab');
    assert.ok(await number.evaluate((a) => a === document.activeElement), 'Tab goes from 引 to the number');
  });
});
