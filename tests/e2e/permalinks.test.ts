/**
 * Paragraph permalinks: opening `/articles/<slug>/#<id>` for a paragraph far down the longest article
 * scrolls it into the viewport and highlights it (`:target` background and left border differ from
 * an ordinary paragraph); clicking another paragraph's number link sets `location.hash` to its id and
 * moves the highlight there.
 *
 * Needs a built site (npm run build).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { articleLinks, useSite } from './support/site.ts';

interface ParaState {
  top: number;
  bottom: number;
  documentTop: number;
  viewportHeight: number;
  scrollY: number;
  background: string;
  border: string;
  isTarget: boolean;
}

function paraState(page: Page, id: string): Promise<ParaState> {
  return page.evaluate((paraId) => {
    const el = document.getElementById(paraId);
    if (!el) throw new Error(`no element #${paraId}`);
    const rect = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return {
      top: rect.top,
      bottom: rect.bottom,
      documentTop: rect.top + window.scrollY,
      viewportHeight: window.innerHeight,
      scrollY: window.scrollY,
      background: style.backgroundColor,
      border: style.borderInlineStartColor,
      isTarget: el.matches(':target'),
    };
  }, id);
}

/** The article with the most paragraphs, and its paragraph ids. */
async function longestArticle(page: Page, baseUrl: string): Promise<{ url: string; ids: string[] }> {
  let longest = { url: '', ids: [] as string[] };
  for (const url of await articleLinks(page, baseUrl)) {
    await page.goto(url);
    const ids = await page.locator('p.para[id]').evaluateAll((nodes) => nodes.map((p) => p.id));
    if (ids.length > longest.ids.length) longest = { url, ids };
  }
  assert.ok(longest.ids.length >= 2, 'need an article with at least two paragraphs');
  return longest;
}

describe('paragraph permalinks', () => {
  const site = useSite();

  test('a #id URL scrolls to the paragraph and marks it; a number link moves the mark', async () => {
    const page = await site().browser.newPage({ viewport: { width: 1024, height: 700 } });
    const { url, ids } = await longestArticle(page, site().baseUrl);
    const targetId = ids[Math.floor((ids.length - 1) * 0.8)] ?? '';
    const otherId = ids[0] ?? '';

    await page.goto(`${url}#${targetId}`);
    await page.waitForFunction((id) => document.querySelector(':target')?.id === id, targetId);
    const target = await paraState(page, targetId);
    const other = await paraState(page, otherId);
    assert.ok(target.isTarget, `#${targetId} is not :target`);
    assert.ok(
      target.top >= 0 && target.top < target.viewportHeight,
      `#${targetId} starts at ${target.top}px, outside the ${target.viewportHeight}px viewport`,
    );
    if (target.documentTop > target.viewportHeight) assert.ok(target.scrollY > 0, 'the page did not scroll');
    assert.notEqual(target.background, other.background, 'the target paragraph has no highlight background');
    assert.notEqual(target.border, other.border, 'the target paragraph has no marked left border');

    await page.locator(`[id="${otherId}"] > a.para-num`).click();
    await page.waitForFunction((id) => location.hash === `#${id}`, otherId);
    const clicked = await paraState(page, otherId);
    const previous = await paraState(page, targetId);
    assert.ok(clicked.isTarget, `#${otherId} is not :target after clicking its number`);
    assert.equal(clicked.background, target.background, 'the clicked paragraph is not highlighted');
    assert.equal(previous.background, other.background, 'the previous target is still highlighted');
    assert.ok(clicked.top >= 0 && clicked.top < clicked.viewportHeight, 'the clicked paragraph is not in view');
  });
});
