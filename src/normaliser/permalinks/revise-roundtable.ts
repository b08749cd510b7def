/**
 * A scripted revision of the zhiku-yuanzhuo-54-tianjin-summit source, for the permalink tests: a typo fix
 * (L17 安合作 → 安全合作), an inserted paragraph (blank L16), a split (L25 after its first sentence, into blank
 * L26), a merge (L47 with L49, which continues at L51) and a deletion (L57). Line numbers do not move, so the
 * manifest's hints still hold; its sha256 is updated, as an editor would.
 *
 * Test support, beside the unit test that uses it (../revisions.test.ts; tests/revisions/old-links.test.ts runs
 * the same revision through a full build), so that nothing outside tests/ imports from tests/.
 *
 * Input: a content folder holding a copy of `sources/`. Output: none (files rewritten in place).
 * Errors: throws (from node:fs) if the copy lacks the source or its manifest.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const REVISED_SLUG = 'roundtable-sco-new-blueprint';
const FILE = 'zhiku-yuanzhuo-54-tianjin-summit';

export function reviseRoundtable(contentDir: string): void {
  const rawPath = join(contentDir, 'sources', `${FILE}.txt`);
  const lines = readFileSync(rawPath, 'utf8').split('\n');
  lines[16] = lines[16]!.replace('安合作', '安全合作');
  lines[15] = '新增的一段：本段在校订中补入，与其他段落都不相同。';
  const at = lines[24]!.indexOf('。') + 1;
  [lines[24], lines[25]] = [lines[24]!.slice(0, at), lines[24]!.slice(at)];
  [lines[46], lines[48]] = [lines[46]! + lines[48]!, ''];
  lines[56] = '';
  const raw = lines.join('\n');
  writeFileSync(rawPath, raw);
  const manifestPath = join(contentDir, 'sources', `${FILE}.yaml`);
  const sha = createHash('sha256').update(raw).digest('hex');
  writeFileSync(manifestPath, readFileSync(manifestPath, 'utf8').replace(/^sha256: .*$/mu, `sha256: ${sha}`));
}
