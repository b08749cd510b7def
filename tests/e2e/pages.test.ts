/**
 * Every built page (each dist/**.html outside dist/pagefind) declares `<html lang="zh-CN">` and has the
 * header search form (`role="search"`, action /search/, labelled `q` input); no page, including a
 * search with results, requests a font file.
 *
 * Needs a built site (npm run build).
 */
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { distDir, fontRequests, useSite } from './support/site.ts';

/** URL paths of the built HTML pages: `a/b/index.html` → `/a/b/`, `404.html` → `/404.html`. */
async function builtPages(): Promise<string[]> {
  const files = await readdir(distDir, { recursive: true });
  return files
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
    .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`)
    .sort();
}

describe('every page', () => {
  const site = useSite();

  test('is Simplified Chinese, has the search form, and loads no font file', async () => {
    const context = await site().browser.newContext();
    const fonts = fontRequests(context);
    const page = await context.newPage();
    const paths = await builtPages();
    assert.ok(paths.includes('/') && paths.some((p) => p.startsWith('/articles/')), `unexpected pages: ${paths}`);
    for (const path of [...paths, '/search/?q=上海精神']) {
      await page.goto(`${site().baseUrl}${path}`, { waitUntil: 'networkidle' });
      const lang = await page.evaluate(() => document.documentElement.getAttribute('lang'));
      assert.equal(lang, 'zh-CN', `${path}: html lang`);
      const search = await page.evaluate(() => {
        const input = document.querySelector<HTMLInputElement>(
          'form[role="search"][action="/search/"] input[name="q"][type="search"]',
        );
        return { present: input !== null, labelled: (input?.labels?.length ?? 0) > 0 };
      });
      assert.ok(search.present && search.labelled, `${path}: no labelled search form`);
    }
    assert.deepEqual(fonts, [], 'font files were requested');
    await context.close();
  });
});
