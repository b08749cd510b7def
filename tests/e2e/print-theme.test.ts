/**
 * Dark mode and print, in the browser:
 * - with nothing stored, the page shows the system's scheme (light and dark), follows it when it changes,
 *   and the toggle's `aria-pressed` says which is shown;
 * - the scheme is on `<html data-theme>` before `<body>` is parsed (recorded by a MutationObserver
 *   installed before any page script), both from the system and from a stored choice, so the first paint
 *   has the right colours;
 * - the toggle (pressed with the keyboard) switches the scheme, and the choice persists across a reload
 *   and on other pages; pressing it back to the system's scheme forgets the choice;
 * - in print emulation, on an article with the dark scheme chosen, a popover shown: the skip link,
 *   header, navigation, search forms, every button, the popover and the toggle are not displayed; the
 *   paragraphs with their numbers, the page marks, the footnotes and the citation line are; the citation
 *   line names the article's title and canonical URL (read from the page's h1 and `<link rel=canonical>`);
 *   the page prints dark on white and every displayed link has at least 4.5:1 contrast on white. On
 *   screen the citation line is not displayed.
 *
 * Needs a built site (npm run build).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { contrastRatio as contrast } from './support/contrast.ts';
import { useSite } from './support/site.ts';

const article = '/articles/chen-zeng-central-asian-members-expectations/';

/** The page's scheme as shown: `data-theme`, the toggle's state, the stored choice, the background's brightness (0–255). */
function shown(page: Page) {
  return page.evaluate(() => {
    const [r, g, b] = (getComputedStyle(document.documentElement).backgroundColor.match(/\d+/g) ?? []).map(Number);
    return {
      theme: document.documentElement.dataset['theme'],
      pressed: document.querySelector('.theme-toggle')?.getAttribute('aria-pressed'),
      stored: localStorage.getItem('sco-theme'),
      brightness: ((r ?? 0) + (g ?? 0) + (b ?? 0)) / 3,
    };
  });
}

/** Press the theme toggle with the keyboard (focus it by tabbing from the search button). */
async function pressToggle(page: Page): Promise<void> {
  const toggle = page.locator('.theme-toggle');
  await page.locator('.site-search button').focus();
  await page.keyboard.press('Tab');
  assert.ok(await toggle.evaluate((b) => b === document.activeElement), 'Tab from the search button reaches the toggle');
  const before = await toggle.getAttribute('aria-pressed');
  await page.keyboard.press('Enter');
  assert.notEqual(await toggle.getAttribute('aria-pressed'), before, 'Enter toggles aria-pressed');
}

/** Record, in every page of `context`, `data-theme` at the moment `<body>` is inserted by the parser. */
async function recordThemeAtBody(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { themeAtBody?: string | null };
    const observer = new MutationObserver(() => {
      if (document.body && !('themeAtBody' in w)) {
        w.themeAtBody = document.documentElement.getAttribute('data-theme');
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

const themeAtBody = (page: Page) => page.evaluate(() => (window as unknown as { themeAtBody?: string | null }).themeAtBody);

describe('dark mode', () => {
  const site = useSite();

  test('with nothing stored the system scheme is shown, before <body> is parsed, and followed when it changes', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await site().browser.newContext({ colorScheme: scheme });
      await recordThemeAtBody(context);
      const page = await context.newPage();
      await page.goto(`${site().baseUrl}/`);
      assert.equal(await themeAtBody(page), scheme, `${scheme} system: data-theme when <body> was inserted`);
      const state = await shown(page);
      assert.deepEqual({ theme: state.theme, pressed: state.pressed, stored: state.stored }, { theme: scheme, pressed: String(scheme === 'dark'), stored: null });
      assert.ok(scheme === 'dark' ? state.brightness < 60 : state.brightness > 230, `${scheme} system: background brightness ${state.brightness}`);
      const other = scheme === 'dark' ? 'light' : 'dark';
      await page.emulateMedia({ colorScheme: other });
      await page.waitForFunction((s) => document.documentElement.dataset['theme'] === s, other);
      assert.equal((await shown(page)).pressed, String(other === 'dark'), 'the toggle follows the system change');
      await context.close();
    }
  });

  test('the toggle’s choice persists across a reload and on other pages, and is applied before <body>', async () => {
    const context = await site().browser.newContext({ colorScheme: 'light' });
    await recordThemeAtBody(context);
    const page = await context.newPage();
    await page.goto(`${site().baseUrl}/`);
    await pressToggle(page);
    let state = await shown(page);
    assert.deepEqual({ theme: state.theme, pressed: state.pressed, stored: state.stored }, { theme: 'dark', pressed: 'true', stored: 'dark' });
    assert.ok(state.brightness < 60, `dark background after pressing (${state.brightness})`);

    await page.reload();
    assert.equal(await themeAtBody(page), 'dark', 'after a reload the stored choice is on <html> before <body>');
    assert.equal((await shown(page)).pressed, 'true');
    for (const path of [article, '/glossary/', '/timeline/', '/search/?q=上海精神']) {
      await page.goto(`${site().baseUrl}${path}`);
      assert.equal(await themeAtBody(page), 'dark', `${path}: data-theme before <body>`);
      state = await shown(page);
      assert.ok(state.theme === 'dark' && state.pressed === 'true' && state.brightness < 60, `${path}: ${JSON.stringify(state)}`);
    }
    // The system changing does not override a stored choice.
    const frames = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.emulateMedia({ colorScheme: 'dark' });
    await frames();
    await page.emulateMedia({ colorScheme: 'light' });
    await frames();
    assert.equal((await shown(page)).theme, 'dark', 'a stored choice wins over the system');

    // Back to light, the system's own scheme: the choice is forgotten and the page follows the system again.
    await pressToggle(page);
    state = await shown(page);
    assert.deepEqual({ theme: state.theme, pressed: state.pressed, stored: state.stored }, { theme: 'light', pressed: 'false', stored: null });
    await page.goto(`${site().baseUrl}/glossary/`);
    assert.equal(await themeAtBody(page), 'light');
    await context.close();

    // A dark system: choosing light is remembered.
    const darkContext = await site().browser.newContext({ colorScheme: 'dark' });
    await recordThemeAtBody(darkContext);
    const darkPage = await darkContext.newPage();
    await darkPage.goto(`${site().baseUrl}/timeline/`);
    await pressToggle(darkPage);
    await darkPage.reload();
    assert.equal(await themeAtBody(darkPage), 'light');
    state = await shown(darkPage);
    assert.ok(state.theme === 'light' && state.stored === 'light' && state.brightness > 230, JSON.stringify(state));
    await darkContext.close();
  });
});

describe('print', () => {
  const site = useSite();

  test('an article prints its text, page marks, footnotes and citation line, without header, navigation, search, buttons or popovers', async () => {
    const context = await site().browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${site().baseUrl}${article}`);
    const citation = page.locator('.print-citation');
    assert.equal(await citation.count(), 1, 'the article has one citation line');
    assert.equal(await citation.isVisible(), false, 'on screen the citation line is not displayed');
    await page.locator('.note-ref a').first().focus();
    await page.locator('#link-popover').waitFor({ state: 'visible' });

    await page.emulateMedia({ media: 'print' });
    const hidden = ['.skip-link', '.site-header', 'nav', 'form[role="search"]', '.theme-toggle', 'button', '#link-popover', '#cite-dialog', '.provenance-link'];
    for (const selector of hidden) {
      const shownCount = await page.locator(selector).evaluateAll((els) => els.filter((e) => e.checkVisibility()).length);
      assert.equal(shownCount, 0, `print: ${selector} is displayed`);
    }
    const visibleCount = (selector: string) => page.locator(selector).evaluateAll((els) => els.filter((e) => e.checkVisibility()).length);
    for (const selector of ['h1', '.para', '.para-num', '.page-mark', '.notes__list .note', '.note-ref a', '.print-citation']) {
      const all = await page.locator(selector).count();
      assert.ok(all > 0, `${article} has ${selector}`);
      assert.equal(await visibleCount(selector), all, `print: every ${selector} is displayed`);
    }
    const pageLabel = await page.locator('.page-mark').first().evaluate((e) => getComputedStyle(e, '::after').content);
    assert.match(pageLabel, /p\. /u, 'the page mark prints its label');

    const title = ((await page.locator('h1').textContent()) ?? '').trim();
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    const line = (await citation.textContent()) ?? '';
    assert.ok(title && line.includes(title), `citation line “${line}” names the title “${title}”`);
    assert.ok(canonical && line.includes(canonical), `citation line names the canonical URL ${canonical}`);

    const colours = await page.evaluate(() => ({
      bg: getComputedStyle(document.documentElement).backgroundColor,
      text: getComputedStyle(document.querySelector('.para-text')!).color,
      links: [...document.querySelectorAll('a')].filter((a) => a.checkVisibility() && a.getClientRects().length > 0).map((a) => ({ href: a.getAttribute('href'), color: getComputedStyle(a).color })),
    }));
    assert.equal(colours.bg, 'rgb(255, 255, 255)', 'print background is white even with the dark scheme');
    assert.ok(contrast(colours.text, 'rgb(255, 255, 255)') >= 7, `print text ${colours.text} on white`);
    assert.ok(colours.links.length > 0);
    const faint = colours.links.filter((l) => contrast(l.color, 'rgb(255, 255, 255)') < 4.5);
    assert.deepEqual(faint, [], 'printed links below 4.5:1 on white');
    await context.close();
  });
});
