/**
 * Footnotes, print pages and the table, as a reader meets them in the built site: every reference leads
 * to its note and back; the popover shows the note on keyboard focus and closes on Escape; page marks
 * are links that do not enter the paragraph's text; the 004 table is a real table.
 *
 * Needs a built site (npm run build).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { articleLinks, useSite } from './support/site.ts';

describe('footnotes, print pages and tables', () => {
  const site = useSite();

  test('every note reference leads to an existing note, and every paired note back to its reference', async () => {
    const page = await site().browser.newPage();
    let refs = 0;
    for (const url of await articleLinks(page, site().baseUrl)) {
      await page.goto(url);
      const broken = await page.evaluate(() => {
        const problems: string[] = [];
        for (const a of document.querySelectorAll<HTMLAnchorElement>('.note-ref a')) {
          if (!document.getElementById(a.hash.slice(1))?.matches('li.note')) problems.push(`ref ${a.id} → ${a.hash}`);
        }
        for (const back of document.querySelectorAll<HTMLAnchorElement>('.note__back')) {
          if (!document.getElementById(back.hash.slice(1))?.closest('.note-ref')) problems.push(`note back → ${back.hash}`);
        }
        return { problems, refs: document.querySelectorAll('.note-ref a').length };
      });
      assert.deepEqual(broken.problems, [], url);
      refs += broken.refs;
    }
    assert.ok(refs >= 100, `expected the 002–004 notes to be referenced, found ${refs} references`);
    await page.close();
  });

  test('the popover shows a note on keyboard focus and hides on Escape', async () => {
    const page = await site().browser.newPage();
    await page.goto(`${site().baseUrl}/articles/sun-zhuangzhi-sco-community-of-shared-future/`);
    await page.focus('#ref-1');
    const tip = page.locator('#link-popover');
    await tip.waitFor({ state: 'visible' });
    const noteText = (await page.locator('#note-1 .note__text').textContent()) ?? '';
    assert.ok(noteText.length > 5);
    assert.ok(((await tip.textContent()) ?? '').includes(noteText.trim().slice(0, 10)));
    assert.equal(await page.getAttribute('#ref-1', 'aria-describedby'), 'link-popover');
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'hidden' });
    await page.close();
  });

  test('page marks are links to themselves, outside the paragraph text', async () => {
    const page = await site().browser.newPage();
    await page.goto(`${site().baseUrl}/articles/han-lu-sco-international-cooperation/`);
    const marks = await page.locator('a.page-mark').evaluateAll((links) =>
      links.map((a) => ({ id: a.id, href: a.getAttribute('href'), text: a.textContent, label: getComputedStyle(a, '::after').content })),
    );
    assert.ok(marks.length >= 15, `expected pages 52–69 marked, found ${marks.length}`);
    for (const mark of marks) {
      assert.equal(mark.href, `#${mark.id}`);
      assert.equal(mark.text, '');
      assert.match(mark.label, /p\. /u);
    }
    await page.close();
  });

  test('the table of 004 is a table with caption, column headers and every row', async () => {
    const page = await site().browser.newPage();
    await page.goto(`${site().baseUrl}/articles/han-lu-sco-international-cooperation/`);
    const table = await page.locator('figure.table-wrap table').evaluate((t: HTMLTableElement) => ({
      caption: t.caption?.textContent ?? '',
      headers: [...t.querySelectorAll('th[scope="col"]')].map((th) => th.textContent),
      rows: t.querySelectorAll('td:first-child').length,
      firstDate: t.querySelector('td')?.textContent,
    }));
    assert.match(table.caption, /上海合作组织与国际组织合作情况一览表/u);
    // The source's four columns, then the site's column of timeline markers (Row.astro).
    assert.deepEqual(table.headers, ['时间', '国际组织', '合作协议', '合作领域', '大事记']);
    assert.equal(table.rows, 13); // 13 dated rows in L466–L620
    assert.equal(table.firstDate, '2005.4.12');
    await page.close();
  });
});
