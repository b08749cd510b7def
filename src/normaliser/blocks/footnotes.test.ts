/** Unit tests of footnote attachment, on line runs shaped like sun-zhuangzhi-sco-community and han-lu-sco-international-cooperation (after the character maps). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attachFootnotes } from './footnotes.ts';
import { splitAnchors } from '../inline/anchors.ts';
import type { RawBlock } from '../shared/layout.ts';

const para = (...lines: [number, string][]): RawBlock => ({ kind: 'paragraph', lines: lines.map(([no, text]) => ({ no, text })) });
const note = (...lines: [number, string][]): RawBlock => ({ kind: 'note', lines: lines.map(([no, text]) => ({ no, text })) });
const refs = (block: RawBlock) => block.lines.flatMap((l) => splitAnchors(l.text).filter((p) => typeof p !== 'string'));

test('(a) marker and body on one line; numbering restarts per page and is renumbered per article (002 L44, L87, L123, L148)', () => {
  const body = [para([44, '丰富了人类命运共同体的深刻内涵①。']), para([123, '地区外传入的①。'])];
  const notes = [note([87, ' ① 《携手打造更加紧密的上合组织命运共同体》，《人民日报》2020 年 11 月 12'], [88, '日，第 1 版。']), note([148, ' ① 张蕴岭:《国际治理向何处去》'])];
  const { body: out, notes: numbered } = attachFootnotes(body, notes, [{ atLine: 87, printed: null }, { atLine: 147, printed: '3' }]);
  assert.deepEqual(numbered.map((n) => [n.n, n.status, n.lines.map((l) => l.no)]), [[1, 'paired', [87, 88]], [2, 'paired', [148]]]);
  assert.equal(numbered[0]!.lines[0]!.text, '《携手打造更加紧密的上合组织命运共同体》，《人民日报》2020 年 11 月 12');
  assert.deepEqual(refs(out[0]!), [{ kind: 'note', n: 1, missing: false }]);
  assert.deepEqual(refs(out[1]!), [{ kind: 'note', n: 2, missing: false }]);
});

test('(b) marker-only lines, then bodies without markers (002 L311–L319)', () => {
  const body = [para([300, '便利化起步①，更好的保障②。'])];
  const notes = [note([313, '①']), note([315, '②']), note([317, '《习近平出席上合组织成员国元首理事会会议》'], [319, '2020 年 11 月 11 日。']), note([320, '中俄贸易 2001 年刚过百亿美元。'])];
  const { notes: numbered } = attachFootnotes(body, notes, [{ atLine: 311, printed: '6' }]);
  assert.deepEqual(numbered.map((n) => [n.n, n.status, n.lines.map((l) => l.no)]), [[1, 'paired', [313, 317, 319]], [2, 'paired', [315, 320]]]);
});

test('(c) bodies without markers take the page numbers in order; unmatched ones are flagged, never dropped (004 L80–L94)', () => {
  const body = [para([60, '《上海合作组织成立宣言》①…《宪章》②…③']), para([80, '基础性原则④。']), para([84, '临时方案》⑤，对邀请他国'])];
  const notes = [note([86, ' 《上海合作组织成立宣言》，http']), note([87, '《上海合作组织宪章》，http']), note([88, '同①。']), note([89, '同②。']), note([90, '该方案实际上是…'])];
  const { notes: numbered } = attachFootnotes(body, notes, [{ atLine: 86, printed: null }]);
  assert.deepEqual(numbered.map((n) => [n.n, n.status, n.lines[0]!.no]), [[1, 'paired', 86], [2, 'paired', 87], [3, 'paired', 88], [4, 'paired', 89], [5, 'paired', 90]]);
});

test('a marker without a body and a body without a marker are both kept, flagged (002 L621)', () => {
  const body = [para([621, '合作委员会①。'])];
  const ends = [{ atLine: 650, printed: null }, { atLine: 690, printed: null }];
  const { body: out, notes } = attachFootnotes(body, [note([700, ' 《无人引用的注》'])], ends);
  assert.deepEqual(notes.map((n) => [n.n, n.status]), [[1, 'missing-body'], [2, 'no-marker']]);
  assert.deepEqual(refs(out[0]!), [{ kind: 'note', n: 1, missing: true }]);
});

test('a repeated number on a page without a visible end starts an unseen page (002 L621, L706)', () => {
  const body = [para([621, '甲①。']), para([706, '乙①。'])];
  const { notes } = attachFootnotes(body, [], [{ atLine: 547, printed: '01' }]);
  assert.deepEqual(notes.map((n) => [n.n, n.status]), [[1, 'missing-body'], [2, 'missing-body']]);
});

test('a hinted note number pairs against the orphan marker line (004 L798–L803)', () => {
  const body = [para([757, '国际社会赞誉”①。']), para([790, '决策机制②。'])];
  const notes = [note([798, ' ②']), { ...note([800, '江忆恩、李韬:《简论国际机制对国家行为的影响》']), marker: 1 }, { ...note([803, '《上海合作组织宪章》']), marker: 2 }];
  const { notes: numbered } = attachFootnotes(body, notes, [{ atLine: 798, printed: null }]);
  assert.deepEqual(numbered.map((n) => [n.n, n.status, n.lines.map((l) => l.no)]), [[1, 'paired', [800]], [2, 'paired', [798, 803]]]);
});
