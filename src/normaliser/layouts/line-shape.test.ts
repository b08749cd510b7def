/** Unit tests of the line-shape facts, on raw lines from the sources (after the character maps). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { endsSentence, isLetterSpaced, localColumnWidth, visualWidth } from './line-shape.ts';

test('endsSentence: note markers after the closing punctuation do not hide the sentence end', () => {
  assert.equal(endsSentence('…中亚地区旅游枢纽发展方案。③'), true); // chen-zeng-2019-guoji-zhanwang L173
  assert.equal(endsSentence('…仍是上合组织的关键任务。”④'), true); // L127: quote, then marker
  assert.equal(endsSentence('…形势下上合组织的政治建设。② '), true); // L251, trailing space
  assert.equal(endsSentence('…中亚成员国的主要诉求发生了变化。①②'), true); // two markers
  assert.equal(endsSentence('…的自然灾害负面后果①'), false); // han-lu L592: a marker ends no sentence by itself
  assert.equal(endsSentence('…利益诉求变'), false); // L59, mid-word
  assert.equal(endsSentence('（兰州 邮编：730000）'), true); // a signature's closing bracket
});

test('isLetterSpaced: justification spaces between Han characters, not word spaces (jingji-ribao-2021-sco-20 L465, L439)', () => {
  assert.equal(isLetterSpaced('土 库 曼 斯 坦 2021 年 上 半 年 GDP 同 比 增 长'), true);
  assert.equal(isLetterSpaced('哈萨克斯坦 1月至 7月国内生产总值（GDP）增长'), false);
  assert.equal(isLetterSpaced('上海合作组织 利益诉求 互联互通 命运共同体'), true);
});

test('localColumnWidth: letter-spaced lines are left out of the median (jingji-ribao-2021-sco-20 L465–L475)', () => {
  const lines = [
    '土 库 曼 斯 坦 2021 年 上 半 年 GDP 同 比 增 长', '6.1%，实体经济部门产量增长 5.2%，零售行业销售', '额增长 17.5%，对外贸易额增长 3.5%。',
    '塔 吉 克 斯 坦 2021 年 一 季 度 GDP 同 比 增 长', '7.5%，上半年 GDP 同比增长 8.7%，达到 399 亿索莫', '尼（约合 35 亿美元）。',
    '吉尔吉斯斯坦经济深受疫情与地缘冲突影响，',
  ].map((text, i) => ({ no: 465 + 2 * i, text }));
  assert.equal(visualWidth(lines[2]!.text), 16.5);
  assert.equal(localColumnWidth(lines, 2), 20); // median of 22, 16.5, 21, 10, 20 (the two letter-spaced lines left out)
});
