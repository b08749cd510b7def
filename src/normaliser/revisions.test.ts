/**
 * Permalinks survive re-normalisation of a corrected source: on a copy of the real sources and
 * registries, zhiku-yuanzhuo-54-tianjin-summit gets the revision of ./revise-roundtable.ts (typo
 * fix, insertion, split, merge, deletion). Every previously issued id must still land on the right text in
 * the regenerated MDX: as the same block's id, as an alias on the split or merged block, or as a
 * `<Retired>` notice quoting the deleted text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCollection } from './build-collection.ts';
import type { PermalinkRegistry } from '../content-model/schemas/permalink-registry.ts';
import { REVISED_SLUG as SLUG, reviseRoundtable } from './permalinks/revise-roundtable.ts';

const CONTENT = new URL('../../content/', import.meta.url).pathname;

/** The MDX element that carries `id` (as id or alias), or the Retired notice, or null. */
function landing(mdx: string, id: string): { kind: 'block' | 'alias' | 'retired'; text: string } | null {
  const line = mdx.split('\n').find((l) => l.includes(`id="${id}"`) || new RegExp(`aliases="[^"]*\\b${id}\\b`, 'u').test(l));
  if (!line) return null;
  const text = line.replace(/<[^>]+>/gu, '').replace(/\\(.)/gu, '$1');
  if (line.startsWith('<Retired')) return { kind: 'retired', text };
  return { kind: line.includes(`id="${id}"`) ? 'block' : 'alias', text };
}

test('old links land on the right text after a typo fix, an insertion, a split, a merge and a deletion', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sco-revision-'));
  try {
    cpSync(join(CONTENT, 'sources'), join(dir, 'sources'), { recursive: true });
    cpSync(join(CONTENT, 'permalinks'), join(dir, 'permalinks'), { recursive: true });
    const before = JSON.parse(readFileSync(join(CONTENT, 'permalinks', `${SLUG}.json`), 'utf8')) as PermalinkRegistry;
    const oldText = (start: string) => before.blocks.find((b) => b.text.startsWith(`paragraph:${start}`))!;
    const [typo, split, mergeA, mergeB, deleted, untouched] = ['上合组织诞生于', '创造性提出', '贸易规模', '区域投资', '地方合作', '今年是中国人民'].map(oldText);

    reviseRoundtable(dir);

    const mdx = buildCollection(join(dir, 'sources')).get(`articles/${SLUG}.mdx`)!;
    assert.deepEqual(landing(mdx, typo!.id)?.kind, 'block');
    assert.match(landing(mdx, typo!.id)!.text, /进一步的安全合作/u);
    assert.deepEqual(landing(mdx, split!.id)?.kind, 'alias');
    assert.match(landing(mdx, split!.id)!.text, /^创造性提出新安全观与合作理念。$/u);
    for (const merged of [mergeA!, mergeB!]) {
      assert.equal(landing(mdx, merged.id)?.kind, 'alias');
      assert.match(landing(mdx, merged.id)!.text, /贸易规模稳步增长.*区域投资提质增效/u);
    }
    assert.equal(landing(mdx, deleted!.id)?.kind, 'retired');
    assert.match(landing(mdx, deleted!.id)!.text, /^地方合作释放潜力/u);
    assert.equal(landing(mdx, untouched!.id)?.kind, 'block');
    assert.match(mdx, /新增的一段：本段在校订中补入/u);
    for (const block of before.blocks) assert.notEqual(landing(mdx, block.id), null, `${block.id} no longer resolves`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
