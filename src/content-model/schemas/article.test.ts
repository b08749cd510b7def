/** The frontmatter schema accepts every generated article and rejects a bad field, naming it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { articleFrontmatterSchema } from './article.ts';

const dir = new URL('../../../content/articles/', import.meta.url).pathname;
const frontmatterOf = (file: string) => parse(readFileSync(dir + file, 'utf8').split('\n---\n')[0]!.replace(/^---\n/u, '')) as Record<string, unknown>;

test('every generated article passes the schema', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
  assert.equal(files.length, 8);
  for (const file of files) assert.ok(articleFrontmatterSchema.safeParse(frontmatterOf(file)).success, file);
});

test('a bad field is rejected with its path', () => {
  const data = frontmatterOf('commentary-shanghai-spirit.mdx');
  const bad = articleFrontmatterSchema.safeParse({ ...data, sourceKind: 'magazine', date: { value: '2025-9', basis: 'inferred', evidence: 'x', note: '据原文第7行。' } });
  assert.equal(bad.success, false);
  assert.deepEqual(bad.error!.issues.map((i) => i.path.join('.')).sort(), ['date.value', 'sourceKind']);
  const invented = articleFrontmatterSchema.safeParse({ ...data, title: { value: 'x', basis: 'guessed', evidence: 'x' } });
  assert.deepEqual(invented.error!.issues.map((i) => i.path.join('.')), ['title.basis']);
});

test('an inferred value needs a reader\'s note in Chinese, with 原文第N行 instead of L<n>', () => {
  const data = frontmatterOf('commentary-shanghai-spirit.mdx');
  const withDate = (date: Record<string, unknown>) => articleFrontmatterSchema.safeParse({ ...data, date: { value: '2025-09', evidence: 'L7', ...date } });
  assert.deepEqual(withDate({ basis: 'inferred' }).error!.issues.map((i) => i.path.join('.')), ['date.note']);
  assert.ok(withDate({ basis: 'stated' }).success, 'a stated value needs no note');
  assert.ok(withDate({ basis: 'inferred', note: '原文第7行：峰会于2025年8月31日至9月1日举行。' }).success);
  for (const note of ['The summit was held in 2025.', '见L7：峰会于2025年举行。', '见source-texts.md的说明。']) {
    assert.deepEqual(withDate({ basis: 'inferred', note }).error!.issues.map((i) => i.path.join('.')), ['date.note'], note);
  }
});
