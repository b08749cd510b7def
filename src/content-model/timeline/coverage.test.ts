/** Unit tests of timeline coverage on a small corpus of real blocks (yu-hongjun-post-cold-war-order-and-sco ¶1–¶3,
 * sun-zhuangzhi-sco-community-of-shared-future note 1). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timelineCoverage } from './coverage.ts';
import type { CorpusArticle } from '../corpus/read-corpus.ts';

const corpus: CorpusArticle[] = [
  {
    slug: 'yu',
    title: '冷战后国际格局重组中的上合组织',
    blocks: [
      { article: 'yu', anchor: 'p1', kind: 'paragraph', n: 1, text: '上世纪90年代初苏联解体，原苏联15个加盟共和国分别独立。' },
      { article: 'yu', anchor: 'p2', kind: 'paragraph', n: 2, text: '1996年，……建立了“上海五国”机制。2001年6月，……宣告上海合作组织成立。' },
      { article: 'yu', anchor: 'p3', kind: 'paragraph', n: 3, text: '20年来，上合组织经受了……考验。2017年印度和巴基斯坦加入上合组织后……' },
      { article: 'yu', anchor: 'p4', kind: 'paragraph', n: 4, text: '上合组织是一个脱胎于冷战思维的全新的区域组织。' },
      { article: 'yu', anchor: 'note-1', kind: 'note', n: 1, text: '《携手打造更加紧密的上合组织命运共同体》，《人民日报》2020年11月12日，第1版。' },
    ],
  },
];

test('dated blocks are those with an event date; coverage is the share an event cites', () => {
  const c = timelineCoverage(corpus, ['yu#p2', 'yu#p3'], [{ ref: 'yu#p1', reason: '年代泛指' }]);
  assert.deepEqual(c.dated.map((d) => [d.ref, d.expressions]), [
    ['yu#p1', ['上世纪90年代初']],
    ['yu#p2', ['1996年', '2001年6月']],
    ['yu#p3', ['2017年']],
  ]);
  assert.deepEqual(c.covered.map((d) => d.ref), ['yu#p2', 'yu#p3']);
  assert.deepEqual(c.ignored.map((d) => d.ref), ['yu#p1']);
  assert.deepEqual(c.unexplained, []);
  assert.deepEqual(c.stale, []);
  assert.equal(c.ratio, 2 / 3);
});

test('an uncovered block without a reason is unexplained; an ignore entry for a cited or undated block is stale', () => {
  const c = timelineCoverage(corpus, ['yu#p2'], [{ ref: 'yu#p2', reason: 'x' }, { ref: 'yu#p4', reason: 'y' }]);
  assert.deepEqual(c.unexplained.map((d) => d.ref), ['yu#p1', 'yu#p3']);
  assert.deepEqual(c.stale.map((s) => s.ref), ['yu#p2', 'yu#p4']);
  assert.equal(c.ratio, 1 / 3);
});
