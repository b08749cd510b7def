/**
 * Every id in the committed permalink registries (current blocks, their aliases, retired ids) is an
 * element id on its article page in the built site, so every link ever issued resolves.
 *
 * Needs a built site (npm run build).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { useSite } from './support/site.ts';
import type { PermalinkRegistry } from '../../src/content-model/schemas/permalink-registry.ts';

describe('permalink registry', () => {
  const site = useSite();

  test('all issued ids resolve on their article pages', async () => {
    const page = await site().browser.newPage();
    let checked = 0;
    for (const file of readdirSync('content/permalinks').filter((f) => f.endsWith('.json'))) {
      const registry = JSON.parse(readFileSync(`content/permalinks/${file}`, 'utf8')) as PermalinkRegistry;
      const ids = [...registry.blocks.flatMap((b) => [b.id, ...b.aliases]), ...registry.retired.map((r) => r.id)];
      await page.goto(`${site().baseUrl}/articles/${file.replace(/\.json$/u, '')}/`);
      const missing = await page.evaluate((all) => all.filter((id) => !document.getElementById(id)), ids);
      assert.deepEqual(missing, [], file);
      checked += ids.length;
    }
    assert.ok(checked >= 250, `only ${checked} ids checked (8 articles hold 293 blocks)`);
    await page.close();
  });
});
