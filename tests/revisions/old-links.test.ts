/**
 * Every previously issued paragraph URL still resolves in the BUILT site after a revision of a source.
 *
 * Copies the corpus (sources and permalink registries) to a temporary folder, applies the scripted
 * revision of src/normaliser/permalinks/revise-roundtable.ts (typo fix, insertion, split, merge, deletion), runs the
 * normaliser and `astro build` on it (SCO_CONTENT_DIR), serves the result and opens, in Chromium,
 * `/articles/<slug>/#<id>` for every id the registry had issued before: the target exists, and is the
 * edited paragraph, the split's first part, the merged paragraph, or the notice quoting the deleted text.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { startStaticServer } from '../../tools/harness/server.ts';
import { REVISED_SLUG, reviseRoundtable } from '../../src/normaliser/permalinks/revise-roundtable.ts';
import type { PermalinkRegistry } from '../../src/content-model/schemas/permalink-registry.ts';

const dir = mkdtempSync(join(tmpdir(), 'sco-old-links-'));
let browser: Browser;
let server: Awaited<ReturnType<typeof startStaticServer>>;
const before_ = JSON.parse(readFileSync(`content/permalinks/${REVISED_SLUG}.json`, 'utf8')) as PermalinkRegistry;

before(async () => {
  cpSync('content/sources', join(dir, 'sources'), { recursive: true });
  cpSync('content/permalinks', join(dir, 'permalinks'), { recursive: true });
  reviseRoundtable(dir);
  execFileSync('node', ['scripts/normalise.ts', '--content', dir], { stdio: 'ignore' });
  execFileSync('npx', ['astro', 'build', '--outDir', join(dir, 'dist')], { stdio: 'ignore', env: { ...process.env, SCO_CONTENT_DIR: dir } });
  server = await startStaticServer(join(dir, 'dist'));
  browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('every old paragraph URL lands on its text, an alias of it, or a notice', async () => {
  const page = await browser.newPage();
  const landed: Record<string, string> = {};
  for (const block of before_.blocks) {
    await page.goto(`${server.url}/articles/${REVISED_SLUG}/#${block.id}`);
    const found = await page.evaluate((id) => {
      const target = document.getElementById(id);
      if (!target) return null;
      const block = target.closest('.para, .heading, .retired, figure') as HTMLElement | null;
      return { kind: block?.className.split(' ')[0] ?? '', visible: block ? block.getBoundingClientRect().height > 0 : false, text: (block?.querySelector('.para-text') ?? block)?.textContent ?? '' };
    }, block.id);
    assert.ok(found, `#${block.id} does not resolve`);
    assert.ok(found.visible, `#${block.id} lands on nothing visible`);
    landed[block.text.replace(/^[a-z]+:/u, '').slice(0, 6)] = `${found.kind}:${found.text.replace(/\s+/gu, '')}`;
  }
  assert.match(landed['上合组织诞生']!, /^para:.*进一步的安全合作/u);
  assert.match(landed['创造性提出新']!, /^para:创造性提出新安全观与合作理念。$/u);
  assert.match(landed['贸易规模稳步']!, /^para:.*贸易规模稳步增长.*区域投资提质增效/u);
  assert.match(landed['区域投资提质']!, /^para:.*贸易规模稳步增长.*区域投资提质增效/u);
  assert.match(landed['地方合作释放']!, /^retired:此链接指向的段落已在文本的后续校订中删除.*地方合作释放潜力/u);
  await page.close();
});
