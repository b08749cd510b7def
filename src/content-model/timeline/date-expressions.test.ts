/** Unit tests of finding event dates in published blocks (real snippets; source named on each). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateExpressions } from './date-expressions.ts';

const found = (text: string, kind: Parameters<typeof dateExpressions>[1] = 'paragraph') =>
  dateExpressions(text, kind).map((d) => d.text);

test('years, months and days with 年月日 (002, 于洪君 ¶2)', () => {
  assert.deepEqual(found('1996年，在“五国两方”……建立了“上海五国”机制。2001年6月，乌兹别克斯坦以平等成员国身份加入'), ['1996年', '2001年6月']);
  assert.deepEqual(found('2001年6月15日，上海合作组织成立'), ['2001年6月15日']);
});

test('dotted dates of table 1 in 004, one or two per cell', () => {
  assert.deepEqual(found('2005.4.12', 'cell'), ['2005.4.12']);
  assert.deepEqual(found('2007.10.5，2018.5', 'cell'), ['2007.10.5', '2018.5']);
});

test('decades and relative dates, but not durations (002, 001)', () => {
  assert.deepEqual(found('上世纪90年代初苏联解体'), ['上世纪90年代初']);
  assert.deepEqual(found('今年是上海合作组织成立20周年'), ['今年']);
  assert.deepEqual(found('20年前，上合组织在上海成立'), ['20年前']);
  assert.deepEqual(found('20年来，上合组织经受了……考验'), []);
});

test('in a reference note, publication dates are not event dates (000 note 1, 002 note 3, 003 notes 1 and 6)', () => {
  assert.deepEqual(found('《习近平在上海合作组织成员国元首理事会第十八次会议上的讲话》，外交部网站，2018年6月10日，https://www.fmprc.gov.cn/web/t1567432.shtml。', 'note'), []);
  assert.deepEqual(found('曾向红、李孝天：《中亚成员国对上海合作组织发展的影响》，《新疆师范大学学报（哲学社会科学版）》2017年第2期，第116—132页。', 'note'), []);
  assert.deepEqual(found('《携手打造更加紧密的上合组织命运共同体》，《人民日报》2020年11月12日，第1版。', 'note'), []);
  assert.deepEqual(found('《习近平出席上合组织成员国元首理事会会议并发表重要讲话》，《人民日报（海外版）》2020年11月11日。', 'note'), []);
  assert.deepEqual(found('“Tokayev: SCO Key Task Is to Strengthen Confidence, Dialogue,” Kazinform International News Agency, June 14, 2019, https://www.inform.kz/en/a3538027.', 'note'), []);
  assert.deepEqual(found('《2018年吉尔吉斯斯坦GDP同比增长3.5%》，国家发展和改革委员会网站，http://wzs.ndrc.gov.cn/jwtz/gbzl/201901/t20190131_927241.html。', 'note'), []);
});

test('in a reference note, a date outside the citation proper still counts (004 note 6)', () => {
  assert.deepEqual(found('《上海合作组织成员国元首宣言》（2002年），http://chn.sectsco.org/documents/', 'note'), ['2002年']);
});

test('a prose note is read like a paragraph (004 note 28)', () => {
  assert.deepEqual(found('2020年，习近平主席在上海合作组织莫斯科峰会上提出要构建“四个共同体”', 'note'), ['2020年']);
});

test('the same words in a paragraph are not treated as a reference', () => {
  assert.deepEqual(found('外交部网站，2018年6月10日，https://www.fmprc.gov.cn/'), ['2018年6月10日']);
});
