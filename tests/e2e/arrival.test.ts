/**
 * Arriving with a query but no block (`/articles/<slug>/?q=上海精神`): every occurrence in the article is
 * marked, a bar counts them, 下一处 / 上一处 step through them (the one shown carries
 * `aria-current` and is in view), 关闭 removes the marks; the page stays free of axe violations with the
 * bar shown. A link with a block (`?q=…#id`) still marks that block only. A concordance line of a
 * glossary term leads to its paragraph with the term marked inside it.
 *
 * Needs a built site (npm run build).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { useSite } from './support/site.ts';

const article = '/articles/han-lu-sco-international-cooperation/';
const query = '上海精神';

describe('arrival with a query', () => {
  const site = useSite();

  test('?q= alone: every occurrence marked, counted, and stepped through', async () => {
    // AxeBuilder needs a page of a context of its own
    const context = await site().browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site().baseUrl}${article}?q=${encodeURIComponent(query)}`);
    const bar = page.locator('#query-bar');
    await bar.waitFor({ state: 'visible' });
    const marks = page.locator('.article-body mark.query-hit');
    const count = await marks.count();
    const expected = await page.evaluate((q) => {
      const blocks = [...document.querySelectorAll('.article-body :is(.para-text, .note__text, h2.heading, h3.heading, h4.heading, tr)')];
      return blocks.reduce((n, b) => n + (b.textContent ?? '').split(q).length - 1, 0);
    }, query);
    assert.ok(count >= 3, `${count} marks`);
    assert.equal(count, expected, 'every occurrence marked');
    assert.deepEqual([...new Set(await marks.allTextContents())], [query]);
    assert.equal(await page.locator('#query-bar-count').textContent(), `“${query}”：本文共 ${count} 处`);
    await page.getByRole('button', { name: '下一处' }).click();
    await page.getByRole('button', { name: '下一处' }).click();
    assert.equal(await marks.nth(1).getAttribute('aria-current'), 'true');
    assert.equal(await page.locator('.article-body mark[aria-current]').count(), 1);
    assert.ok(await marks.nth(1).isVisible());
    const box = await marks.nth(1).boundingBox();
    assert.ok(box && box.y > 0 && box.y < 900, 'the current occurrence is in view');
    await page.getByRole('button', { name: '上一处' }).click();
    await page.getByRole('button', { name: '上一处' }).click();
    assert.equal(await marks.nth(count - 1).getAttribute('aria-current'), 'true', '上一处 wraps round to the last');
    assert.equal(await page.locator('#query-bar-count').textContent(), `“${query}”：本文共 ${count} 处，第 ${count} 处`);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
    await page.getByRole('button', { name: '关闭' }).click();
    assert.equal(await marks.count(), 0);
    assert.equal(await bar.isHidden(), true);
    await context.close();
  });

  test('?q= with a block marks that block only, without the bar', async () => {
    const page = await site().browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site().baseUrl}${article}`);
    const id = await page.locator('p.para', { hasText: query }).first().getAttribute('id');
    await page.goto(`${site().baseUrl}${article}?q=${encodeURIComponent(query)}#${id}`);
    await page.locator(`[id="${id}"] mark.query-hit`).first().waitFor();
    assert.equal(await page.locator(`.article-body mark.query-hit`).count(), await page.locator(`[id="${id}"] mark.query-hit`).count());
    assert.equal(await page.locator('#query-bar').isHidden(), true);
  });

  test('a concordance line leads to its paragraph with the term marked inside it', async () => {
    const page = await site().browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site().baseUrl}/glossary/shanghai-spirit/`);
    const line = page.locator('.kwic li').first();
    const term = (await line.locator('mark').textContent())!;
    await line.locator('a.kwic__where').click();
    await page.waitForURL(/\/articles\/[^/]+\/\?q=.+#p[a-z0-9]+$/u);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await page.locator(`[id="${id}"] mark.query-hit`).first().waitFor();
    assert.ok((await page.locator(`[id="${id}"] mark.query-hit`).allTextContents()).every((t) => t === term), term);
    assert.equal(await page.locator(`[id="${id}"]`).evaluate((p) => p.matches(':target')), true);
  });
});
