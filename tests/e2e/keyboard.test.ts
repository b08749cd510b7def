/**
 * The reader's main path with the keyboard only (page.keyboard; no clicks, no programmatic focus):
 * from the home page Tab to the header search box, type a query, Enter; on the results page Tab to a
 * result and move between results with the arrow keys; Enter opens the article at the paragraph; there
 * Tab to a footnote reference (its popover opens, showing the note's number and words, nothing else)
 * and Escape closes it; Shift+Tab back to the paragraph's 引 button, Enter opens the cite dialog, Tab
 * moves inside it, Escape closes it and focus returns to the button, and the dialog's 关闭 button closes
 * it too; Tab on to a glossary term (its preview opens) and Enter follows it to the glossary page.
 *
 * At every step: the focused element shows a focus indicator (a computed outline or box-shadow), is not
 * transparent or hidden, and lies in the viewport; every Tab moves focus to another element (never
 * trapped, never lost to <body>). The query is chosen, before the keyboard part, from a paragraph of an
 * article with footnotes that holds both a note reference and a glossary term: twelve characters of its
 * own text, so the search must lead back to that paragraph.
 *
 * Needs a built site (npm run build).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { useSite } from './support/site.ts';

const article = '/articles/chen-zeng-central-asian-members-expectations/';

/** What the focused element is, and whether its focus can be seen. */
interface FocusState {
  key: string;
  label: string;
  visible: boolean;
  why: string;
}

/** Describe `document.activeElement`: an identity for "did focus move", and the visibility checks. */
function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return { key: 'body', label: 'body', visible: false, why: 'focus is on <body>' };
    const all = [...document.querySelectorAll('*')];
    const label = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 20)}”`;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none';
    let opacity = 1;
    for (let node: Element | null = el; node; node = node.parentElement) opacity *= Number(getComputedStyle(node).opacity);
    const box = el.getBoundingClientRect();
    const inViewport = box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
    const problems = [
      !(outline || shadow) && 'no outline or box-shadow',
      style.visibility === 'hidden' && 'visibility: hidden',
      opacity < 0.5 && `opacity ${opacity}`,
      !inViewport && `outside the viewport (${Math.round(box.left)},${Math.round(box.top)} ${Math.round(box.width)}×${Math.round(box.height)})`,
    ].filter(Boolean);
    return { key: `${all.indexOf(el)}`, label, visible: problems.length === 0, why: problems.join(', ') };
  });
}

/** Assert the focused element's focus is visible; returns its state. */
async function assertFocusVisible(page: Page, step: string): Promise<FocusState> {
  const state = await focusState(page);
  assert.ok(state.visible, `${step}: focus on ${state.label} is not visible (${state.why})`);
  return state;
}

/** Press `key` (Tab or Shift+Tab): focus must move to another element, visibly. */
async function move(page: Page, key: 'Tab' | 'Shift+Tab', step: string): Promise<FocusState> {
  const before = await focusState(page);
  await page.keyboard.press(key);
  const after = await assertFocusVisible(page, `${step} (${key})`);
  assert.notEqual(after.key, before.key, `${step}: ${key} left focus on ${before.label}`);
  return after;
}

/** Press `key` until the focused element matches `selector`; every step is checked. At most `limit` presses. */
async function moveUntil(page: Page, key: 'Tab' | 'Shift+Tab', selector: string, limit: number, step: string): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await move(page, key, `${step}, press ${presses}`);
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return presses;
  }
  assert.fail(`${step}: ${selector} not reached in ${limit} presses of ${key}`);
}

describe('keyboard only', () => {
  const site = useSite();

  test('search, results, article, footnote popover, cite dialog and glossary link: focus always visible, never trapped', async () => {
    const context = await site().browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const base = site().baseUrl;

    // Set-up (not part of the keyboard path): a paragraph with a note reference followed by a glossary
    // term, and a query made of twelve characters of its own text.
    await page.goto(`${base}${article}`);
    const chosen = await page.evaluate(() => {
      for (const p of document.querySelectorAll<HTMLElement>('.para')) {
        const ref = p.querySelector('.note-ref a');
        const term = [...p.querySelectorAll('a.term')].find((t) => ref && ref.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING);
        if (!ref || !term) continue;
        const runs = [...p.querySelector('.para-text')!.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '');
        const run = runs.sort((a, b) => b.length - a.length)[0] ?? '';
        if (run.length < 16) continue;
        const start = Math.floor((run.length - 12) / 2);
        return { id: p.id, query: run.slice(start, start + 12) };
      }
      return undefined;
    });
    assert.ok(chosen, `${article}: no paragraph with a note reference and a later glossary term`);

    // Home page: Tab to the header search box.
    await page.goto(`${base}/`);
    await moveUntil(page, 'Tab', '#site-search-q', 10, 'home → search box');
    await page.keyboard.type(chosen.query);
    await Promise.all([page.waitForURL(/\/search\/\?q=/u), page.keyboard.press('Enter')]);
    await page.locator('#search-results[aria-busy="false"]').waitFor();

    // Results: Tab to the first result, arrows between results, Enter on the chosen paragraph's.
    const hits = page.locator('.hit__link');
    const hitCount = await hits.count();
    assert.ok(hitCount >= 1, `no result for “${chosen.query}”`);
    await moveUntil(page, 'Tab', '.hit__link', 40, 'results → first result');
    assert.ok(await hits.first().evaluate((a) => a === document.activeElement), 'Tab reaches the first result first');
    if (hitCount > 1) {
      await page.keyboard.press('ArrowDown');
      assert.ok(await hits.nth(1).evaluate((a) => a === document.activeElement), 'ArrowDown moves to the second result');
      await assertFocusVisible(page, 'ArrowDown');
      await page.keyboard.press('ArrowUp');
      assert.ok(await hits.first().evaluate((a) => a === document.activeElement), 'ArrowUp moves back');
    }
    for (let i = 0; !(await page.evaluate((id) => (document.activeElement as HTMLAnchorElement).hash === `#${id}`, chosen.id)); i++) {
      assert.ok(i < hitCount, `no result links to #${chosen.id}`);
      await page.keyboard.press('ArrowDown');
      await assertFocusVisible(page, 'ArrowDown to the chosen result');
    }
    await Promise.all([page.waitForURL(new RegExp(`${article}\\?q=.*#${chosen.id}$`, 'u')), page.keyboard.press('Enter')]);

    // Article: Tab from the paragraph (the fragment is the starting point) to its note reference.
    const paragraph = `#${chosen.id}`;
    await moveUntil(page, 'Tab', `${paragraph} .note-ref a`, 15, 'article → note reference');
    const popover = page.locator('#link-popover');
    await popover.waitFor({ state: 'visible' });
    const noteRef = page.locator(`${paragraph} .note-ref a`).first();
    assert.equal(await noteRef.getAttribute('aria-describedby'), 'link-popover', 'the popover describes the focused reference');
    const note = await noteRef.evaluate((a) => {
      const item = document.getElementById(`note-${(a as HTMLElement).dataset['note']}`)!;
      const words = [...item.querySelectorAll('.note__text, .note__flag')].map((e) => e.textContent).join(' ');
      return `${(a as HTMLElement).dataset['note']}. ${words.replace(/\s+/g, ' ').trim()}`;
    });
    assert.equal((await popover.textContent())?.trim(), note, 'the popover shows the note’s number and words');
    await page.keyboard.press('Escape');
    await popover.waitFor({ state: 'hidden' });
    assert.ok(await noteRef.evaluate((a) => a === document.activeElement), 'Escape closes the popover; focus stays on the reference');
    await assertFocusVisible(page, 'after Escape on the note reference');

    // Back to the paragraph's 引 button; Enter opens the cite dialog; Escape closes it, focus returns.
    await moveUntil(page, 'Shift+Tab', `${paragraph} .para-cite`, 15, 'note reference → 引 button');
    const dialog = page.locator('#cite-dialog');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'visible' });
    assert.ok(await dialog.evaluate((d) => d.contains(document.activeElement)), 'focus moves into the dialog');
    await assertFocusVisible(page, 'cite dialog opened');
    await move(page, 'Tab', 'inside the cite dialog');
    assert.ok(await dialog.evaluate((d) => d.contains(document.activeElement)), 'Tab stays inside the modal dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.ok(await page.locator(`${paragraph} .para-cite`).evaluate((b) => b === document.activeElement), 'Escape returns focus to the 引 button');
    await assertFocusVisible(page, 'after closing the dialog with Escape');

    // Again, closed with its 关闭 button (reached by Tab) this time.
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'visible' });
    await moveUntil(page, 'Tab', '#cite-dialog form[method="dialog"] button', 20, 'cite dialog → 关闭');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    assert.ok(await page.locator(`${paragraph} .para-cite`).evaluate((b) => b === document.activeElement), '关闭 returns focus to the 引 button');

    // On to the paragraph's glossary term after the note reference; Enter follows it.
    await moveUntil(page, 'Tab', `${paragraph} .note-ref a`, 15, '引 button → note reference');
    await moveUntil(page, 'Tab', `${paragraph} a.term`, 15, 'note reference → glossary term');
    await popover.waitFor({ state: 'visible' });
    const term = await page.evaluate(() => {
      const a = document.activeElement as HTMLAnchorElement;
      return { href: a.href, preview: a.dataset['preview'] ?? '' };
    });
    assert.equal((await popover.textContent())?.trim(), term.preview.trim(), 'the preview shows the term');
    await Promise.all([page.waitForURL(term.href), page.keyboard.press('Enter')]);
    const heading = (await page.locator('h1').textContent()) ?? '';
    assert.ok(heading.trim().length > 0 && term.preview.startsWith(heading.trim()), `glossary page h1 “${heading}” names the term of “${term.preview}”`);
    await moveUntil(page, 'Tab', 'a, button, input, select', 3, 'glossary page');

    await context.close();
  });
});
