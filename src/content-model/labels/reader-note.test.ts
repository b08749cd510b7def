/**
 * Readers' notes as text and links (reader-note.ts) and the Chinese names of hints and rules
 * (editorial-vocabulary.ts): raw-line references found and kept verbatim, the normaliser's line lists
 * written for readers, and a Chinese name for every hint and rule the committed reports use.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { sourceReports } from '../reports/read-reports.ts';
import { linesNote, noteParts } from './reader-note.ts';
import { hintLabel, removalLabel } from './editorial-vocabulary.ts';

test('noteParts: raw-line references become parts with their first line, the rest stays text', () => {
  const note = '原文第17行文章编号中的“(2019)06”；第156–158行与第2-3行，第54期不算。';
  const parts = noteParts(note);
  assert.equal(parts.map((p) => p.text).join(''), note);
  assert.deepEqual(
    parts.filter((p) => p.line !== undefined),
    [
      { text: '原文第17行', line: 17 },
      { text: '第156–158行', line: 156 },
      { text: '第2-3行', line: 2 },
    ],
  );
  assert.deepEqual(noteParts('无行号的说明。'), [{ text: '无行号的说明。' }]);
});

test('linesNote: the normaliser\'s line lists for readers', () => {
  assert.equal(linesNote('L3'), '第3行');
  assert.equal(linesNote('L414–L416, L2–L142'), '第414–416行、第2–142行');
  assert.equal(linesNote('L438', true), '原文第438行');
  assert.equal(linesNote('all'), '全文');
  assert.equal(linesNote('all', true), '原文全文');
  assert.throws(() => linesNote('lines 3 to 5'), /cannot read the line list "lines 3 to 5"/u);
});

test('hintLabel and removalLabel: Chinese names, and an unknown name is refused', () => {
  assert.equal(hintLabel('heading level 2'), '二级标题');
  assert.equal(hintLabel('text repair ““911”” → ““9·11””'), '文字修复：““911””改为““9·11””');
  assert.equal(hintLabel('URL mode dots-lost'), '网址修复：空格代表丢失的点号');
  assert.equal(removalLabel('hint: drop L599–L601'), '编辑提示：删除原文第599–601行');
  assert.equal(removalLabel('hint: text repair L155'), '编辑提示：文字修复原文第155行');
  assert.throws(() => hintLabel('new hint'), /no Chinese name for the hint "new hint"/u);
  assert.throws(() => removalLabel('new rule'), /no Chinese name for the rule "new rule"/u);
});

test('every hint and rule of the committed reports has a Chinese name', () => {
  const reports = sourceReports(fileURLToPath(new URL('../../../content/', import.meta.url)));
  assert.equal(reports.length, 5);
  for (const report of reports) {
    for (const hint of report.hints) assert.match(hintLabel(hint.hint), /\p{Script=Han}/u);
    for (const by of Object.keys(report.han.removedBy)) assert.match(removalLabel(by), /\p{Script=Han}/u);
    for (const by of new Set(report.dropped.map((d) => d.by))) assert.match(removalLabel(by), /\p{Script=Han}/u);
  }
});

test('removalLabel: front matter moved to the metadata, and hintLabel: a paragraph start', () => {
  assert.equal(removalLabel('front matter → metadata: 中图分类号'), '文前信息“中图分类号”（移入著录信息）');
  assert.equal(hintLabel('paragraph start'), '另起一段');
});
