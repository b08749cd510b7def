/** Unit tests of the front-matter stage, on blocks as the layouts make them from the real sources. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { separateFrontMatter } from './front-matter.ts';
import type { Block } from '../shared/types.ts';

const para = (lines: number[], text: string, extra: Partial<Block> = {}): Block => ({ kind: 'paragraph', lines, text, ...extra });

test('record fields become metadata, abstract and keywords stay unnumbered, the body is untouched (chen-zeng-2019-guoji-zhanwang L7–L25)', () => {
  const blocks = [
    para([7], '【内容摘要】自2017年6月以来，……将该组织打造成国际合作的典范。', { page: 90, pageStart: 90 }),
    para([9], '【关键词】上海合作组织 利益诉求 互联互通 命运共同体'),
    para([11], '【作者简介】陈亚州，兰州大学马克思主义学院、兰州大学中亚研究所博士研究生（兰州 邮编：730000）'),
    para([13], '【中图分类号】D813.4'),
    para([15], '【文献标识码】A'),
    para([17], '【文章编号】1006-1568-(2019)06-0090-19'),
    para([19], '【DOI编号】10.13851/j.cnki.gjzw.201906005'),
    para([23], '本文系国家社科基金“一带一路”专项项目……的资助。', { role: 'title-note' }),
    para([25], '2018年6月，在青岛举行的上海合作组织……'),
  ];
  const { blocks: kept, frontMatter, dropped } = separateFrontMatter(blocks);
  assert.deepEqual(kept.map((b) => [b.lines[0], b.role]), [[7, 'abstract'], [9, 'keywords'], [25, undefined]]);
  assert.equal(kept[0]!.pageStart, 90);
  assert.deepEqual(frontMatter.keywords, { value: ['上海合作组织', '利益诉求', '互联互通', '命运共同体'], basis: 'stated', evidence: 'L9 【关键词】' });
  assert.deepEqual(frontMatter.classification, { value: 'D813.4', basis: 'stated', evidence: 'L13 【中图分类号】' });
  assert.deepEqual(frontMatter.documentCode, { value: 'A', basis: 'stated', evidence: 'L15 【文献标识码】' });
  assert.deepEqual(frontMatter.articleNumber, { value: '1006-1568-(2019)06-0090-19', basis: 'stated', evidence: 'L17 【文章编号】' });
  assert.deepEqual(frontMatter.doi, { value: '10.13851/j.cnki.gjzw.201906005', basis: 'stated', evidence: 'L19 【DOI编号】' });
  assert.equal(frontMatter.titleNote?.evidence, 'L23 题注（*）');
  assert.match(frontMatter.authorNote!.value, /^陈亚州，兰州大学/u);
  assert.deepEqual(dropped, [
    { no: 11, by: 'front matter → metadata: 作者简介' },
    { no: 13, by: 'front matter → metadata: 中图分类号' },
    { no: 15, by: 'front matter → metadata: 文献标识码' },
    { no: 17, by: 'front matter → metadata: 文章编号' },
    { no: 19, by: 'front matter → metadata: DOI编号' },
    { no: 23, by: 'front matter → metadata: 题注' },
  ]);
});

test('letter-spaced labels and ideographic-space keyword lists (sun-zhuangzhi-sco-community L22–L31)', () => {
  const { blocks, frontMatter } = separateFrontMatter([
    para([22, 24], '【关键词】上海合作组织　命运共同体　“上海精神”　全球和地区治理'),
    para([26, 28], '【基金项目】国家社会科学基金重大项目“上海合作组织命运共同体构建研究”（项目编号：2019ZDA130）。'),
    para([29, 31], '【作者简介】孙壮志，中国社会科学院俄罗斯东欧中亚研究所所长、研究员。'),
  ]);
  assert.deepEqual(frontMatter.keywords?.value, ['上海合作组织', '命运共同体', '“上海精神”', '全球和地区治理']);
  assert.equal(frontMatter.funding?.evidence, 'L26, L28 【基金项目】');
  assert.equal(blocks.length, 1);
});

test('a removed field carries its page mark to the next block; a label printed twice, or an unknown one, is handled', () => {
  const { blocks } = separateFrontMatter([para([13], '【中图分类号】D813.4', { page: 90, pageStart: 90 }), para([25], '正文。')]);
  assert.deepEqual([blocks[0]!.pageStart, blocks[0]!.page], [90, 90]);
  assert.throws(() => separateFrontMatter([para([13], '【中图分类号】D813.4'), para([14], '【中图分类号】D815')]), /【中图分类号】 is printed twice \(L13 【中图分类号】; L14 【中图分类号】\)/u);
  // A bracketed label that is no front-matter field (a quoted document title in brackets) stays body text.
  const body = separateFrontMatter([para([30], '【新华社】据报道，……')]);
  assert.equal(body.blocks[0]!.role, undefined);
});
