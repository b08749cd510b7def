/**
 * The glossary and the timeline as a reader uses them in the built site: following a term from an
 * article to its glossary page and back through the concordance; the term preview on keyboard focus;
 * following every paragraph link of the timeline to a paragraph that links back to the event; filtering
 * both lists, with the filter kept in the URL; the cross-links under an article, their long lists folded;
 * walking a long concordance page by page.
 *
 * Needs a built site (npm run build).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { articleLinks, useSite } from './support/site.ts';

describe('glossary and timeline', () => {
  const site = useSite();

  test('a term in an article previews on focus, leads to its glossary page, and the concordance leads back', async () => {
    const page = await site().browser.newPage();
    const article = '/articles/yu-hongjun-post-cold-war-order-and-sco/';
    await page.goto(`${site().baseUrl}${article}`);
    const link = page.locator('#paf7t1i a.term', { hasText: '上海精神' });
    await link.focus();
    const tip = page.locator('#link-popover');
    assert.equal(await tip.isVisible(), true);
    assert.match((await tip.textContent()) ?? '', /^上海精神 shàng hǎi jīng shén：/);
    assert.equal(await link.getAttribute('aria-describedby'), 'link-popover');
    await page.keyboard.press('Escape');
    assert.equal(await tip.isVisible(), false);

    await link.click();
    await page.waitForURL(/\/glossary\/[^/]+\/$/);
    assert.equal(await page.locator('h1').textContent(), '上海精神');
    // concordance lines carry the occurrence as ?q= (so the page marks it): /articles/<slug>/?q=…#paf7t1i
    const back = page.locator(`.kwic a[href^="${article}?q="][href$="#paf7t1i"]`);
    assert.equal(await back.count(), 1, 'the concordance lists the paragraph the reader came from');
    await back.click();
    await page.waitForURL((url) => url.pathname === article && url.hash === '#paf7t1i');
    assert.equal(await page.locator('#paf7t1i').evaluate((p) => p.matches(':target')), true);
    await page.locator('#paf7t1i mark.query-hit').first().waitFor();
    await page.close();
  });

  test('auto-links stay out of headings and notes, and link each term once per paragraph', async () => {
    const page = await site().browser.newPage();
    let links = 0;
    for (const url of await articleLinks(page, site().baseUrl)) {
      await page.goto(url);
      const report = await page.evaluate(() => {
        const misplaced = [...document.querySelectorAll('a.term')].filter((a) => a.closest('h1, h2, h3, h4, .note, a a, .para-num')).length;
        let repeated = 0;
        for (const block of document.querySelectorAll('.para-text, td')) {
          const hrefs = [...block.querySelectorAll('a.term')].map((a) => a.getAttribute('href'));
          repeated += hrefs.length - new Set(hrefs).size;
        }
        return { misplaced, repeated, count: document.querySelectorAll('a.term').length };
      });
      assert.equal(report.misplaced, 0, url);
      assert.equal(report.repeated, 0, url);
      links += report.count;
    }
    assert.ok(links > 200, `expected glossary links across the articles, found ${links}`);
    await page.close();
  });

  test('every paragraph link of the timeline lands on a block that links back to the event', async () => {
    const page = await site().browser.newPage();
    await page.goto(`${site().baseUrl}/timeline/`);
    const refs = await page.locator('li.event').evaluateAll((events) =>
      events.flatMap((event) => [...event.querySelectorAll<HTMLAnchorElement>('.event__sources a')].map((a) => ({ event: event.id, href: a.getAttribute('href')! }))),
    );
    assert.ok(refs.length >= 100, `${refs.length} paragraph links`);
    const byArticle = Map.groupBy(refs, (r) => r.href.split('#')[0]!);
    for (const [article, links] of byArticle) {
      await page.goto(`${site().baseUrl}${article}`);
      const missing = await page.evaluate(
        (list) =>
          list
            .filter(({ event, href }) => {
              const block = document.getElementById(href.split('#')[1]!);
              return !block?.querySelector(`a.event-marker[href="/timeline/#${event}"]`);
            })
            .map((r) => `${r.href} ↛ ${r.event}`),
        links,
      );
      assert.deepEqual(missing, [], article);
    }

    // Follow one such link as a reader does: click it, arrive at the highlighted paragraph.
    await page.goto(`${site().baseUrl}/timeline/`);
    const first = page.locator('li.event .event__sources a').first();
    const href = (await first.getAttribute('href'))!;
    await first.click();
    await page.waitForURL(`**${href}`);
    assert.equal(await page.locator(`[id="${href.split('#')[1]}"]`).evaluate((e) => e.matches(':target')), true);
    await page.close();
  });

  test('the timeline filters by tag and by article, and the URL keeps the filter', async () => {
    const page = await site().browser.newPage();
    await page.goto(`${site().baseUrl}/timeline/`);
    const total = await page.locator('li.event').count();
    await page.selectOption('select[name="tag"]', 'summit');
    assert.match(page.url(), /\?tag=summit$/);
    const tags = await page.locator('li.event:not([hidden])').evaluateAll((events) => events.map((e) => (e as HTMLElement).dataset['tags']));
    assert.ok(tags.length > 0 && tags.length < total);
    assert.ok(tags.every((t) => t!.split(' ').includes('summit')));

    await page.goto(`${site().baseUrl}/timeline/?article=lai-yi-central-asia-expects-summit-results`);
    const shown = await page.locator('li.event:not([hidden])').evaluateAll((events) => events.map((e) => (e as HTMLElement).dataset['articles']));
    assert.ok(shown.length > 0 && shown.length < total);
    assert.ok(shown.every((a) => a!.split(' ').includes('lai-yi-central-asia-expects-summit-results')));
    assert.equal(await page.locator('#timeline-status').textContent(), `显示 ${shown.length} / ${total} 件`);
    for (const dt of await page.locator('li.event time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')))) {
      assert.match(dt!, /^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
    await page.close();
  });

  test('the glossary filters by typed pinyin, English or Chinese and by kind', async () => {
    const page = await site().browser.newPage();
    await page.goto(`${site().baseUrl}/glossary/`);
    const total = await page.locator('.term-item').count();
    assert.ok(total >= 60, `${total} entries`);
    for (const query of ['shanghai jingshen', 'shànghǎi jīngshén', '上海精神']) {
      await page.fill('#glossary-q', query);
      assert.deepEqual(await page.locator('.term-item:not([hidden]) a').allTextContents(), ['上海精神'], query);
    }
    await page.fill('#glossary-q', 'Shanghai Spirit');
    assert.deepEqual(await page.locator('.term-item:not([hidden]) a').allTextContents(), ['上海精神']);
    assert.match(page.url(), /\?q=Shanghai\+Spirit$/);
    // folded as search folds: traditional characters and full width find the same term
    await page.fill('#glossary-q', '命運共同體');
    const shownTraditional = await page.locator('.term-item:not([hidden]) a').allTextContents();
    await page.fill('#glossary-q', '命运共同体');
    assert.deepEqual(shownTraditional, await page.locator('.term-item:not([hidden]) a').allTextContents(), '命運共同體 finds what 命运共同体 finds');
    assert.ok(shownTraditional.length > 0, '命运共同体 names some term');
    await page.fill('#glossary-q', 'ＳＨＡＮＧＨＡＩ ＳＰＩＲＩＴ');
    assert.deepEqual(await page.locator('.term-item:not([hidden]) a').allTextContents(), ['上海精神'], 'full width');
    await page.fill('#glossary-q', '');
    await page.check('input[name="kind"][value="document"]');
    const kinds = await page.locator('.term-item:not([hidden])').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset['kind']));
    assert.ok(kinds.length > 0 && kinds.every((k) => k === 'document'));
    assert.equal(await page.locator('section.kind[data-kind="concept"]').isHidden(), true);
    await page.close();
  });

  test('an article lists its terms with counts equal to the concordance, its events, and related articles', async () => {
    const page = await site().browser.newPage();
    const article = '/articles/yu-hongjun-post-cold-war-order-and-sco/';
    await page.goto(`${site().baseUrl}${article}`);
    const term = page.locator('.connections__terms li').filter({ hasText: '上海精神' });
    const count = Number(await term.locator('.count').textContent());
    assert.ok((await page.locator('.connections__events li').count()) >= 3);
    assert.ok((await page.locator('.connections__related li').count()) >= 1);
    await term.locator('a').click();
    await page.waitForURL(/\/glossary\//);
    const row = page.locator('table.counts tr', { has: page.locator(`a[href="#in-yu-hongjun-post-cold-war-order-and-sco"]`) });
    assert.equal(Number(await row.locator('td').textContent()), count);
    assert.equal(await page.locator(`.kwic a[href^="${article}?q="]`).count(), count);
    await page.close();
  });
  test('a long concordance is paged: 下一页 and 上一页 walk it, and each page says which occurrences of the exact total it holds', async () => {
    const page = await site().browser.newPage();
    const term = '/glossary/shanghai-cooperation-organisation/';
    await page.goto(`${site().baseUrl}${term}`);
    const total = Number(/共 (\d+) 处/.exec((await page.locator('#concordance-title').textContent()) ?? '')?.[1]);
    const pages = Math.ceil(total / 100);
    assert.ok(pages > 2, `${total} occurrences`);
    assert.equal(await page.locator('.kwic li').count(), 100);
    assert.equal(await page.locator('.pager__where').first().textContent(), `第 1 页，共 ${pages} 页`);
    await page.locator('.pager a[rel="next"]').first().click();
    await page.waitForURL(`**${term}concordance/2/`);
    assert.equal(await page.locator('.concordance__range').textContent(), `第 2 页，共 ${pages} 页：第 101–200 处，共 ${total} 处。`);
    assert.equal(await page.locator('.pager [aria-current="page"]').first().textContent(), '第 2 页');
    assert.equal(await page.locator('.kwic li').count(), 100);
    await page.locator('.pager a', { hasText: `第 ${pages} 页` }).first().click();
    await page.waitForURL(`**${term}concordance/${pages}/`);
    assert.equal(await page.locator('.kwic li').count(), total - (pages - 1) * 100);
    assert.equal(await page.locator('.pager a[rel="next"]').count(), 0);
    await page.locator('.pager a[rel="prev"]').first().click();
    await page.waitForURL(`**${term}concordance/${pages - 1}/`);
    await page.close();
  });

  test("an article's long lists show their first items and fold the rest into a disclosure", async () => {
    const page = await site().browser.newPage();
    await page.goto(`${site().baseUrl}/articles/han-lu-sco-international-cooperation/`);
    for (const [list, shown] of [['.connections__events', 10], ['.connections__terms', 20]] as const) {
      const section = page.locator('.connections section').filter({ has: page.locator(list) });
      const summary = section.locator('details > summary');
      const [, rest, all] = /其余 (\d+) \S+（共 (\d+) /.exec((await summary.textContent()) ?? '') ?? [];
      assert.equal(Number(all) - Number(rest), shown, list);
      assert.equal(await section.locator(`${list} li:visible`).count(), shown, list);
      await summary.focus();
      await page.keyboard.press('Enter');
      assert.equal(await section.locator(`${list} li:visible`).count(), Number(all), list);
    }
    const timeline = page.locator('.connections details a[href^="/timeline/?article="]');
    await timeline.click();
    await page.waitForURL('**/timeline/?article=han-lu-sco-international-cooperation');
    const shown = await page.locator('li.event:not([hidden])').count();
    assert.ok(shown > 10, `${shown} events`);
    await page.close();
  });
});
