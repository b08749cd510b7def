/** Unit tests of the layouts, on raw line runs from the sources (after the character maps). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { columnsLayout } from './columns.ts';
import { linePerParagraphLayout } from './line-per-paragraph.ts';
import { pdfJournalLayout } from './pdf-journal.ts';
import { markdownLayout } from './markdown.ts';
import type { SourceLine } from '../shared/types.ts';

/** Number lines from `first`, as in the raw file. */
const numbered = (first: number, texts: string[]): SourceLine[] => texts.map((text, i) => ({ no: first + i, text }));
const shape = (blocks: { kind: string; lines: SourceLine[] }[]) => blocks.map((b) => `${b.kind}:${b.lines.map((l) => l.no).join(',')}`);

test('columns: a short line ending a sentence ends the paragraph; a short unpunctuated line is a sub-heading (000 L136–L172)', () => {
  const lines = numbered(136, [
    '相成为支撑，充分发挥各成员国的积极性和主动性，共同努', '', '力，为维护世界和平与稳定，发出“上合声音”、贡献“上合智', '', '慧”、提供“上合方案”。', '',
    '值上海合作组织成员国元首理事会第二', '', '十一次会议召开之际，经济日报记者就上合', '', '组织取得的成就、面临的机遇与挑战等问题，', '', '专访了中国社科院上海合作组织研究中心执', '',
    '行主任、《上海合作组织 20 年：成就、挑战与', '', '前景》专著作者李进峰。', '',
    '20 年成就瞩目', '', '记者：在“上海精神”指引下，上合组织历', '', '经国际风云变幻考验，在各合作领域都取得',
  ]);
  assert.deepEqual(shape(columnsLayout(lines).blocks), ['paragraph:136,138,140', 'paragraph:142,144,146,148,150,152', 'heading:154', 'paragraph:156,158']);
});

test('columns: a full-width first line of 12 characters is not a heading (000 L62–L66)', () => {
  const lines = numbered(58, ['是维护本地区安全和稳定的关键', '力量，同时也成为维护世界和平', '与稳定的重要因素之一。', '上合组织是一个脱胎于冷战', '思维的全新的区域组织。上合组', '织成员国倡导“结伴、不结盟，不', '针对第三国原则”，坚持“互信、互']);
  assert.deepEqual(shape(columnsLayout(lines).blocks), ['paragraph:58,59,60', 'paragraph:61,62,63,64']);
});

test('line per paragraph: a line that does not end a sentence continues (001 L27→L29)', () => {
  const lines = numbered(25, ['创造性提出新安全观与合作理念。', '', '持续完善地区安全机制。成员国安', '', '全执法部门间的合作、配合、交流常态化机制不断完善。']);
  assert.deepEqual(shape(linePerParagraphLayout(lines).blocks), ['paragraph:25', 'paragraph:27,29']);
});

test('pdf journal: footnote block at a page break leaves the sentence whole (002 L84–L91)', () => {
  const lines = numbered(84, [
    '主张顺应世界和时代的发展潮流，反对霸权主义和单边主义。', '',
    '在推动全球治理和国际合作的进程中，要看到“冷战”后全球化进程面临的',
    ' ① 《携手打造更加紧密的上合组织命运共同体》，《人民日报》2020 年 11 月 12',
    '日，第 1 版。',
    ' 新课题。 全球化本来是美国推出的一个概念，企图以此构造一个崭新的世界秩', '',
    '序。 从 16 世纪初“地理大发现”以来，世界都是由欧美国家来主导，而且主要通过',
  ]);
  const { blocks } = pdfJournalLayout(lines);
  assert.deepEqual(shape(blocks), ['paragraph:84', 'note:87,88', 'paragraph:86,89,91']);
});

test('pdf journal: a page-number line is dropped and opens the notes; headings stand alone (002 L145–L152)', () => {
  const lines = numbered(145, [
    '上合组织是全球化的支持者，', '', '—3—', ' ① 张蕴岭:《国际治理向何处去》，《世界知识》2019 年第 1 期。', ' 员国都是新兴市场国家。', '', '(二)借助上合组织推动完善地区治理体系', '', '当今世界，完善全球治理体系的呼声越来越高。',
  ]);
  const result = pdfJournalLayout(lines);
  assert.deepEqual(result.dropped, [{ no: 147, by: 'page-number line' }]);
  assert.deepEqual(result.pageEnds, [{ atLine: 147, printed: '3' }]);
  assert.deepEqual(shape(result.blocks), ['note:148', 'paragraph:145,149', 'heading:151', 'paragraph:153']);
  assert.equal(result.blocks[2]!.numbering, '（二）');
});

test('markdown: notes after ---, the body resumes mid-word, a marker-less first note line continues the last note (003 L59–L69, L137–L145)', () => {
  const lines = numbered(59, ['在地区层面，阿富汗局势始终是影响中亚成员国对上合组织利益诉求变', '', '---', '', '① 第一条注释。', '', '② 第二条注释，https://www.inform.kz/en/tokayev-sco-key-', '', '---', '', 'task-is-to-strengthen', '', '化的重要因素。']);
  const result = markdownLayout(lines, new Set());
  assert.deepEqual(shape(result.blocks), ['note:63', 'note:65,69', 'paragraph:59,71']);
  assert.deepEqual(result.dropped.map((d) => d.no), [61, 67]);
});

test('pdf journal: a one-sentence front-matter field ends at its sentence, the abstract does not (004 L18–L30)', () => {
  const lines = numbered(18, [
    '伴关系网将是该组织未来发展的要务之一。', '【关 键 词】 　 上海合作组织　 国际组织　 国际合作　 合作进展　 推进', '', '因素', '',
    '【基金项目】 　 国家社会科学基金重大项目“上海合作组织命运共同体', '', '构建研究”(项目编号:2019ZDA130)。', '【作者简介】 　 韩璐，中国国际问题研究院欧亚研究所副所长、副研究员。', '',
    '作为一个摒弃“冷战”思维的新型国际组织，加强国际合作始终是上海合', '', '作组织发展的重要组成部分。 上海合作组织国际合作不仅表现在成员国就',
  ]);
  assert.deepEqual(shape(pdfJournalLayout(lines).blocks), ['paragraph:18', 'paragraph:19,21', 'paragraph:23,25', 'paragraph:26', 'paragraph:28,30']);
});

test('markdown: a line ending a sentence and then a note marker ends its paragraph (chen-zeng-2019-guoji-zhanwang L173→L175, L251→L253)', () => {
  // After stripMarkdownInline, `…发展方案。<sup>③</sup>` reads `…发展方案。③`; the next raw line is the next paragraph.
  const lines = numbered(173, ['第一，……中亚地区旅游枢纽发展方案。③', '', '哈萨克斯坦认为，在上合组织内实施基础设施领域的重大项目具有重要意义。']);
  assert.deepEqual(shape(markdownLayout(lines, new Set()).blocks), ['paragraph:173', 'paragraph:175']);
  const closing = numbered(251, ['总之，……形势下上合组织的政治建设。②', '', '第二，在打造安危共担的典范方面，需深化上合组织安全合作。']);
  assert.deepEqual(shape(markdownLayout(closing, new Set()).blocks), ['paragraph:251', 'paragraph:253']);
});

test('columns: a letter-spaced first line does not narrow the column, so the paragraph before it ends (jingji-ribao-2021-sco-20 L463–L477)', () => {
  const lines = numbered(463, [
    '增长 1.8%。', '', '土 库 曼 斯 坦 2021 年 上 半 年 GDP 同 比 增 长', '', '6.1%，实体经济部门产量增长 5.2%，零售行业销售', '',
    '额增长 17.5%，对外贸易额增长 3.5%。', '', '塔 吉 克 斯 坦 2021 年 一 季 度 GDP 同 比 增 长', '', '7.5%，上半年 GDP 同比增长 8.7%，达到 399 亿索莫', '',
    '尼（约合 35 亿美元）。', '', '吉尔吉斯斯坦经济深受疫情与地缘冲突影响，', '', '但复苏迹象悄然显现。1 月至 6 月，吉 GDP 为 2707',
  ]);
  assert.deepEqual(shape(columnsLayout(lines).blocks), ['paragraph:463', 'paragraph:465,467,469', 'paragraph:471,473,475', 'paragraph:477,479']);
});
