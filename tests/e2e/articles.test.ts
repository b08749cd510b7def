/**
 * Every article listed on the home page opens, has one non-empty h1, and renders at least one
 * `p.para[id]`; each paragraph has a visible number link to `#<its id>`, numbered 1, 2, 3… in order,
 * and its id occurs once on the page.
 *
 * Needs a built site (npm run build). Fails naming the article URL and the offending paragraph.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { articleLinks, useSite } from './support/site.ts';

describe('article pages', () => {
  const site = useSite();

  test('every listed article has an h1 and numbered, self-linking paragraphs (front matter labelled, not numbered)', async () => {
    const page = await site().browser.newPage();
    const links = await articleLinks(page, site().baseUrl);
    assert.ok(links.length > 0, 'the home page lists no article');
    for (const url of links) {
      const response = await page.goto(url);
      assert.equal(response?.status(), 200, `${url} does not open`);
      assert.match(new URL(page.url()).pathname, /^\/articles\/[^/]+\/$/, `${url} is not an article page`);
      const headings = await page.locator('h1').allTextContents();
      assert.equal(headings.length, 1, `${url} should have exactly one h1`);
      assert.ok(headings[0]?.trim(), `${url} has an empty h1`);

      const paragraphs = await page.locator('p.para').evaluateAll((nodes) =>
        nodes.map((p) => {
          const link = p.querySelector(':scope > a.para-num');
          const box = link?.getBoundingClientRect();
          return {
            id: p.id,
            href: link?.getAttribute('href') ?? null,
            number: link?.textContent ?? '',
            label: p.getAttribute('data-label'),
            visible: link !== null && link.checkVisibility() && box !== undefined && box.width > 0 && box.left >= 0,
            idCount: document.querySelectorAll(`[id="${CSS.escape(p.id)}"]`).length,
          };
        }),
      );
      assert.ok(paragraphs.length >= 1, `${url} has no p.para`);
      let n = 0;
      paragraphs.forEach((p, i) => {
        const where = `${url} paragraph ${i + 1} (id "${p.id}")`;
        assert.ok(p.id, `${where} has no id`);
        assert.equal(p.idCount, 1, `${where}: id is not unique on the page`);
        assert.equal(p.href, `#${p.id}`, `${where}: number link does not point to #${p.id}`);
        assert.ok(p.visible, `${where}: number link is not visible`);
        // Front matter (摘要, 关键词, 题头) is labelled, not numbered, and only before the body; the body counts from 1.
        if (p.label !== null) {
          assert.equal(n, 0, `${where}: front matter (${p.label}) after the body's first paragraph`);
          assert.equal(p.number, p.label, `${where}: margin shows ${p.number}, not its label ${p.label}`);
        } else assert.equal(p.number, String(++n), `${where}: expected number ${n}`);
      });
    }
  });
});
