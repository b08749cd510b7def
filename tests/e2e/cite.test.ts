/**
 * The per-paragraph cite dialog, as readers use it: every paragraph of every article has a 引用 button;
 * it opens by keyboard, mouse and touch; Escape closes it and focus returns; copying a paragraph with its
 * citation puts the paragraph's text and the GB/T 7714—2015 entry (written out by hand below from the
 * article's metadata) on the clipboard; each style shows its citation; the chosen style is remembered.
 *
 * Needs a built site (npm run build); the site URL is the default http://localhost:4321 (SCO_SITE_URL unset).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { articleLinks, useSite } from './support/site.ts';

const chenZeng = '/articles/chen-zeng-central-asian-members-expectations/';

describe('cite dialog', () => {
  const site = useSite();

  test('every paragraph of every article has a visible 引用 button naming its number', async () => {
    const page = await site().browser.newPage();
    for (const url of await articleLinks(page, site().baseUrl)) {
      await page.goto(url);
      const problems = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.para')].flatMap((p) => {
          const button = p.querySelector<HTMLButtonElement>(':scope > .para-cite');
          return button && !button.hidden && button.getAttribute('aria-label') === `引用第${p.dataset['n']}段` ? [] : [p.id];
        }),
      );
      assert.deepEqual(problems, [], url);
    }
    await page.close();
  });

  test('keyboard: Enter opens the dialog for that paragraph, Escape closes it and focus returns', async () => {
    const page = await site().browser.newPage();
    await page.goto(`${site().baseUrl}${chenZeng}`);
    const button = page.locator('#p211d12 .para-cite');
    await button.focus();
    assert.equal(await button.evaluate((b) => getComputedStyle(b).opacity), '1', 'a focused button is visible');
    await page.keyboard.press('Enter');
    const dialog = page.locator('#cite-dialog');
    await dialog.waitFor({ state: 'visible' });
    assert.match((await page.locator('#cite-title').textContent()) ?? '', /第2段（原刊第90页）/u);
    assert.equal(await page.inputValue('#cite-url'), `http://localhost:4321${chenZeng}#p211d12`);
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
      `http://localhost:4321${chenZeng}#p0g9c13. DOI:10.13851/j.cnki.gjzw.201906005.`;
    assert.ok(copied.startsWith('【内容摘要】自2017年6月以来，'), `no number, page mark or control before the text: ${copied.slice(0, 30)}`);
    assert.ok(copied.endsWith(`\n\n${entry}`), copied.slice(-300));
    assert.doesNotMatch(copied, /引用|原文|p\. 90/u);
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
    const entry = `[1] 韩璐. 上海合作组织国际合作的发展历程与前景展望[J/OL]. ${printPage}[${today}]. http://localhost:4321${hanLu}#${id}.`;
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
