/**
 * Article blocks are rendered lazily (`content-visibility: auto` in src/styles/global.css), which clips
 * each block's painting to its box moved out by `overflow-clip-margin`. These tests check, on the
 * longest article (most paragraphs), at a phone and a desktop width, what a reader would lose if that
 * clip edge were too tight or the lazy layout misplaced a link target:
 * - a `#id` link to a paragraph far down puts that paragraph at the top of the viewport, highlighted,
 *   with its margin number visible (the number's box in view, and the number is what is at its centre);
 * - every paragraph's number and 原文 link, and the 引 button shown on hover, are what is at their
 *   centres once the paragraph is scrolled into view (a clipped element is not hit, elementFromPoint
 *   returns what lies under it); on a wide screen so are the page-mark labels in the right margin;
 * - a note reference far down leads to its note, in view;
 * - in print every block is rendered (`content-visibility: visible`).
 *
 * Needs a built site (npm run build).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { articleLinks, useSite } from './support/site.ts';

/** The article with the most paragraphs, and its paragraph ids. */
async function longestArticle(page: Page, baseUrl: string): Promise<{ url: string; ids: string[] }> {
  let longest = { url: '', ids: [] as string[] };
  for (const url of await articleLinks(page, baseUrl)) {
    await page.goto(url);
    const ids = await page.locator('p.para[id]').evaluateAll((nodes) => nodes.map((p) => p.id));
    if (ids.length > longest.ids.length) longest = { url, ids };
  }
  assert.ok(longest.ids.length >= 20, 'need an article with at least twenty paragraphs');
  return longest;
}

/** Two animation frames: the browser has laid out and painted what scrolled into view. */
function settle(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

const widths = [390, 1280];

describe('article rendering (lazy blocks)', () => {
  const site = useSite();
  let article: { url: string; ids: string[] } | undefined;
  async function longest(page: Page): Promise<{ url: string; ids: string[] }> {
    article ??= await longestArticle(page, site().baseUrl);
    return article;
  }

  for (const width of widths) {
    test(`${width} px: a #id link far down lands on its paragraph, number visible`, async () => {
      const page = await site().browser.newPage({ viewport: { width, height: 800 } });
      const { url, ids } = await longest(page);
      const id = ids[ids.length - 8]!;
      await page.goto('about:blank');
      await page.goto(`${url}#${id}`);
      await page.waitForFunction((target) => document.querySelector(':target')?.id === target, id);
      await settle(page);
      const state = await page.evaluate((target) => {
        const para = document.getElementById(target)!;
        const num = para.querySelector('.para-num')!;
        const box = num.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return {
          top: para.getBoundingClientRect().top,
          num: { left: box.left, right: box.right, top: box.top, bottom: box.bottom },
          hitIsNumber: hit === num || num.contains(hit),
          hit: hit ? `${hit.tagName}.${hit.className}` : null,
        };
      }, id);
      assert.ok(state.top >= 0 && state.top <= 48, `#${id} starts at ${state.top}px, not at the top of the viewport`);
      assert.ok(state.num.left >= 0 && state.num.right <= width && state.num.top >= 0 && state.num.bottom <= 800, `the number of #${id} is outside the viewport: ${JSON.stringify(state.num)}`);
      assert.ok(state.hitIsNumber, `the number of #${id} is covered or clipped: ${state.hit} at its centre`);
      await page.close();
    });

    test(`${width} px: every paragraph's number, 原文 link and 引 button are visible in view`, async () => {
      const page = await site().browser.newPage({ viewport: { width, height: 800 } });
      const { url, ids } = await longest(page);
      await page.goto(url);
      const problems: string[] = [];
      let pageMarks = 0;
      for (const id of ids) {
        await page.evaluate((target) => document.getElementById(target)!.scrollIntoView({ block: 'center' }), id);
        await settle(page);
        // Hover the paragraph's left padding (not its text, where a term's preview popover would open
        // over the margin), so its 引 button shows; Escape closes any preview left open.
        const paraBox = await page.locator(`[id="${id}"]`).boundingBox();
        if (paraBox) await page.mouse.move(paraBox.x + 4, paraBox.y + 12);
        await page.keyboard.press('Escape');
        const found = await page.evaluate(
          ({ target, wide }) => {
            const para = document.getElementById(target)!;
            const out: string[] = [];
            let marks = 0;
            const visibleAt = (el: Element, x: number, y: number): boolean => {
              const hit = document.elementFromPoint(x, y);
              return hit === el || el.contains(hit);
            };
            for (const selector of ['.para-num', '.provenance-link', '.para-cite:not([hidden])']) {
              const el = para.querySelector(`:scope > ${selector}`);
              if (!el) continue;
              const box = el.getBoundingClientRect();
              if (box.top < 0 || box.bottom > innerHeight) continue; // a paragraph taller than the viewport
              // The 原文 link's box reaches into the next paragraph under a one-line paragraph: test its text.
              const y = selector === '.provenance-link' ? box.top + 8 : box.top + box.height / 2;
              if (!visibleAt(el, box.left + box.width / 2, y)) out.push(`#${target} ${selector}`);
            }
            if (wide) {
              // The page-mark label (::after) stands 0.8rem right of the paragraph, level with its mark.
              const right = para.getBoundingClientRect().right;
              for (const mark of para.querySelectorAll(':scope .page-mark')) {
                const box = mark.getBoundingClientRect();
                if (box.top < 0 || box.bottom > innerHeight) continue;
                marks += 1;
                if (!visibleAt(mark, right + 0.8 * 16 + 6, box.top + box.height / 2)) out.push(`#${target} page mark ${mark.id} label`);
              }
            }
            return { out, marks };
          },
          { target: id, wide: width >= 960 },
        );
        problems.push(...found.out);
        pageMarks += found.marks;
      }
      assert.deepEqual(problems, [], 'clipped or covered margin items');
      if (width >= 960) assert.ok(pageMarks > 0, 'no page mark label was checked');
      await page.close();
    });
  }

  test('a note reference far down leads to its note, in view', async () => {
    const page = await site().browser.newPage({ viewport: { width: 390, height: 800 } });
    const { url } = await longest(page);
    await page.goto(url);
    const refId = await page.locator('.note-ref a').last().getAttribute('id');
    const noteId = (await page.locator('.note-ref a').last().getAttribute('href'))!.slice(1);
    await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'center' }), refId!);
    await settle(page);
    await page.locator(`[id="${refId}"]`).click();
    await page.waitForFunction((id) => location.hash === `#${id}`, noteId);
    await settle(page);
    const top = await page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, noteId);
    assert.ok(top >= 0 && top < 800 / 2, `#${noteId} starts at ${top}px after following its reference`);
    await page.close();
  });

  test('print renders every block', async () => {
    const page = await site().browser.newPage();
    const { url } = await longest(page);
    await page.goto(url);
    await page.emulateMedia({ media: 'print' });
    const lazy = await page.evaluate(() =>
      [...document.querySelectorAll('.article-body > *, .article > *')].filter((el) => getComputedStyle(el).contentVisibility !== 'visible').length,
    );
    assert.equal(lazy, 0, 'blocks left lazy in print');
    await page.emulateMedia({ media: 'screen' });
    const screenLazy = await page.evaluate(() => [...document.querySelectorAll('.article-body > .para')].filter((el) => getComputedStyle(el).contentVisibility === 'auto').length);
    assert.ok(screenLazy > 0, 'no paragraph is rendered lazily on screen (the optimisation is gone)');
    await page.close();
  });
});
