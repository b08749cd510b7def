/**
 * The per-paragraph cite dialog, as readers use it: every paragraph of every article has a 引用 button;
 * it opens by keyboard, mouse and touch; Escape closes it and focus returns; copying a paragraph with its
 * citation puts the paragraph's text and the GB/T 7714—2015 entry (written out by hand below from the
 * article's metadata) on the clipboard; each style shows its citation; the chosen style is remembered;
 * the permalink and every citation carry the origin the page is served from (the test server's
 * `http://127.0.0.1:<port>`), not the origin the site was built for (its canonical link's).
 *
 * Needs a built site (npm run build), built for any origin but the test server's.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { articleLinks, useSite } from './support/site.ts';

const chenZeng = '/articles/chen-zeng-central-asian-members-expectations/';

describe('cite dialog', () => {
  const site = useSite();

  test('every paragraph of every article has a visible 引用 button naming its number (front matter: its label)', async () => {
    const page = await site().browser.newPage();
    for (const url of await articleLinks(page, site().baseUrl)) {
      await page.goto(url);
      const problems = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.para')].flatMap((p) => {
          const button = p.querySelector<HTMLButtonElement>(':scope > .para-cite');
          const name = p.dataset['n'] ? `第${p.dataset['n']}段` : p.dataset['label']; // front matter: 摘要, 关键词, 题头
          return button && !button.hidden && name && button.getAttribute('aria-label') === `引用${name}` ? [] : [p.id];
        }),
      );
      assert.deepEqual(problems, [], url);
    }
    await page.close();
  });

  test('keyboard: Enter opens the dialog for that paragraph, Escape closes it and focus returns', async () => {
    const page = await site().browser.newPage();
    await page.goto(`${site().baseUrl}${chenZeng}`);
    const button = page.locator('#pe65sr7 .para-cite');
    await button.focus();
    assert.equal(await button.evaluate((b) => getComputedStyle(b).opacity), '1', 'a focused button is visible');
    await page.keyboard.press('Enter');
    const dialog = page.locator('#cite-dialog');
    await dialog.waitFor({ state: 'visible' });
    assert.match((await page.locator('#cite-title').textContent()) ?? '', /第1段（原刊第91页）/u);
    assert.equal(await page.inputValue('#cite-url'), `${site().baseUrl}${chenZeng}#pe65sr7`);
    await page.locator('#cite-entry').filter({ hasText: '[J/OL]' }).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.ok(await button.evaluate((b) => b === document.activeElement), 'focus returns to the 引用 button');
    await page.close();
  });

  test('copy paragraph with citation: the clipboard holds the text and the hand-written GB/T 7714—2015 entry', async () => {
    const context = await site().browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${site().baseUrl}${chenZeng}`);
    await page.locator('#p0g9c13').hover();
    await page.locator('#p0g9c13 .para-cite').click();
    await page.getByRole('radio', { name: 'GB/T 7714—2015' }).check();
    await page.getByRole('button', { name: '复制段落及引文' }).click();
    await page.locator('#cite-status').filter({ hasText: '段落及引文已复制' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    const entry =
      `[1] 陈亚州, 曾向红. 扩员后中亚成员国对上海合作组织的期待及其应对[J/OL]. 国际展望, 2019(6): 90[${today}]. ` +
      `${site().baseUrl}${chenZeng}#p0g9c13. DOI:10.13851/j.cnki.gjzw.201906005.`;
    assert.ok(copied.startsWith('【内容摘要】自2017年6月以来，'), `no number, page mark or control before the text: ${copied.slice(0, 30)}`);
    assert.ok(copied.endsWith(`\n\n${entry}`), copied.slice(-300));
    assert.doesNotMatch(copied, /引用|原文|p\. 90/u);
    await context.close();
  });

  test('the permalink and every style\'s citation carry the page\'s origin, not the one the site was built for', async () => {
    const context = await site().browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const path = '/articles/yu-hongjun-post-cold-war-order-and-sco/';
    await page.goto(`${site().baseUrl}${path}?q=上合`);
    const pageOrigin = new URL(site().baseUrl).origin;
    const built = new URL((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '');
    assert.equal(built.pathname, path);
    assert.notEqual(built.origin, pageOrigin, 'the test needs a site built for another origin than the test server\'s');
    const permalink = `${pageOrigin}${path}#paot43s`;

    await page.locator('#paot43s').hover();
    await page.locator('#paot43s .para-cite').click();
    assert.equal(await page.inputValue('#cite-url'), permalink, 'the permalink: page origin, no query');
    await page.getByRole('button', { name: '复制链接' }).click();
    await page.locator('#cite-status').filter({ hasText: '链接已复制' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), permalink);
    const radios = page.locator('input[name="cite-style"]');
    const styles = await radios.count();
    assert.equal(styles, 3);
    for (let i = 0; i < styles; i++) {
      await radios.nth(i).check();
      const name = await radios.nth(i).evaluate((r) => r.parentElement?.textContent?.trim());
      // This newspaper article has no DOI, so every style prints the paragraph's URL in its entry.
      await page.locator('#cite-entry').filter({ hasText: permalink }).waitFor({ timeout: 10_000 });
      const shown = `${await page.locator('#cite-citation').textContent()}\n${await page.locator('#cite-entry').textContent()}`;
      assert.ok(!shown.includes(built.origin), `${name}: the build's origin in ${shown}`);
      await page.getByRole('button', { name: '复制段落及引文' }).click();
      await page.locator('#cite-status').filter({ hasText: '段落及引文已复制' }).waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert.ok(copied.includes(permalink) && !copied.includes(built.origin), `${name}: ${copied.slice(-200)}`);
      await page.evaluate(() => { document.getElementById('cite-status')!.textContent = ''; });
    }
    await context.close();
  });

  test('an undated article: GB/T 7714—2015 prints no year, only the access date (no access year as a publication year)', async () => {
    const page = await site().browser.newPage();
    const hanLu = '/articles/han-lu-sco-international-cooperation/';
    await page.goto(`${site().baseUrl}${hanLu}`);
    const first = page.locator('.para').first();
    const id = await first.getAttribute('id');
    const printPage = await first.getAttribute('data-page');
    await first.hover();
    await first.locator('.para-cite').click();
    await page.getByRole('radio', { name: 'GB/T 7714—2015' }).check();
    await page.locator('#cite-entry').filter({ hasText: '[J/OL]' }).waitFor();
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    const entry = `[1] 韩璐. 上海合作组织国际合作的发展历程与前景展望[J/OL]. ${printPage}[${today}]. ${new URL(site().baseUrl).origin}${hanLu}#${id}.`;
    assert.equal(await page.locator('#cite-entry').textContent(), entry);
    await page.close();
  });

  test('touch: a tap opens the dialog; each style shows its entry; the chosen style is remembered', async () => {
    const context = await site().browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site().baseUrl}/articles/yu-hongjun-post-cold-war-order-and-sco/`);
    await page.locator('#paot43s .para-cite').tap();
    await page.locator('#cite-dialog').waitFor({ state: 'visible' });
    await page.getByRole('radio', { name: 'APA 7' }).check();
    // Romanised as APA 7 and CMOS 17 direct, with the editors' translation of the title (content/sources).
    const romanised = 'Lengzhan hou guoji geju chongzu zhong de Shanghe Zuzhi';
    const translation = 'The SCO in the restructuring of the international landscape after the Cold War';
    await page.locator('#cite-citation').filter({ hasText: '(Yu, 2021, para. 3)' }).waitFor();
    await page.locator('#cite-entry').filter({ hasText: `Yu, H. (2021, September). ${romanised} [${translation}]. Jingji Ribao.` }).waitFor();
    await page.getByRole('radio', { name: /Chicago/u }).check();
    await page.locator('#cite-citation').filter({ hasText: `Yu, “${romanised}” 冷战后国际格局重组中的上合组织 [${translation}], para. 3.` }).waitFor();
    await page.getByRole('button', { name: '关闭' }).tap();
    await page.reload();
    await page.locator('#paot43s .para-cite').tap();
    assert.ok(await page.getByRole('radio', { name: /Chicago/u }).isChecked(), 'the last style chosen is preselected');
    await context.close();
  });
});
