/** Unit tests of the line stages, on raw snippets of the sources. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageNumberOf } from './page-number.ts';
import { splitPageFooter } from './page-footer.ts';
import { halveBoldDoubling } from './bold-doubling.ts';
import { findWordCloudLines } from './word-cloud.ts';
import { stripMarkdownInline } from './markdown-inline.ts';

test('page-number lines, digits as printed (002 L147, L547; 004 L247)', () => {
  assert.equal(pageNumberOf('—3—'), '3');
  assert.equal(pageNumberOf('—01—'), '01');
  assert.equal(pageNumberOf(' —65— '), '65');
  assert.equal(pageNumberOf('——访中国社科院上合组织研究中心执行主任李进峰'), null);
  assert.equal(pageNumberOf('2009年12月18日第64/183号决议'), null);
});

test('page footer is cut off the last line (000 L591)', () => {
  assert.deepEqual(splitPageFooter('霸权霸凌行径。本版编辑 周明阳 美 编 夏 祎'), { text: '霸权霸凌行径。', footer: '本版编辑 周明阳 美 编 夏 祎' });
  assert.deepEqual(splitPageFooter('以联合国为核心的国际体系，维护以国际法为基础'), { text: '以联合国为核心的国际体系，维护以国际法为基础', footer: null });
});

test('bold-doubled caption lines are halved (000 L593, L595, L597)', () => {
  assert.equal(
    halveBoldDoubling('图图①① 上海合作组织第二届媒体论坛于上海合作组织第二届媒体论坛于 20192019 年年 55 月月 2424 日在吉尔吉斯斯坦首都比什凯日在吉尔吉斯斯坦首都比什凯').text,
    '图① 上海合作组织第二届媒体论坛于 2019 年 5 月 24 日在吉尔吉斯斯坦首都比什凯',
  );
  assert.equal(
    halveBoldDoubling('克举行克举行。。与会人士围绕与会人士围绕““媒体在发展上合组织合作中的作用媒体在发展上合组织合作中的作用””这一主题深入交流这一主题深入交流。。').text,
    '克举行。与会人士围绕“媒体在发展上合组织合作中的作用”这一主题深入交流。',
  );
  assert.equal(halveBoldDoubling('图图②② 吉尔吉斯斯坦首都比什凯克街景吉尔吉斯斯坦首都比什凯克街景。。 本报记者本报记者 陈学慧陈学慧摄摄').text, '图② 吉尔吉斯斯坦首都比什凯克街景。 本报记者 陈学慧摄');
});

test('real reduplications are never halved', () => {
  const line = '年年有余，常常看看，上合组织年年举行峰会。';
  assert.deepEqual(halveBoldDoubling(line), { text: line, halved: false });
  assert.deepEqual(halveBoldDoubling('①①'), { text: '①①', halved: false });
});

test('word cloud: five or more short unpunctuated lines (001 L101–L125)', () => {
  const words = ['弘扬', '上海', '贡献', '上合', '组织', '发展'];
  const lines = [
    { no: 101, text: '合作机制完备。在法律基础方面，已形成涵盖不同层次、' },
    { no: 102, text: '' },
    ...words.flatMap((w, i) => [{ no: 103 + 2 * i, text: w }, { no: 104 + 2 * i, text: '' }]),
  ];
  assert.deepEqual(findWordCloudLines(lines), [103, 105, 107, 109, 111, 113]);
  assert.deepEqual(findWordCloudLines(lines.slice(0, 8)), [], 'three words are not a cloud');
  assert.deepEqual(findWordCloudLines([{ no: 21, text: '安全合作内涵持续丰富' }]), []);
});

test('Markdown inline syntax is undone (003 L3, L7, L31, L35, L57)', () => {
  assert.deepEqual(stripMarkdownInline('# 扩员后中亚成员国对上海合作组织的期待及其应对\\*'), { text: '扩员后中亚成员国对上海合作组织的期待及其应对', heading: true });
  assert.deepEqual(stripMarkdownInline('## （二）阿富汗局势对中亚成员国的影响'), { text: '（二）阿富汗局势对中亚成员国的影响', heading: true });
  assert.equal(stripMarkdownInline('**【内容摘要】** 自2017年6月以来').text, '【内容摘要】 自2017年6月以来');
  assert.equal(stripMarkdownInline('产生了重要影响。<sup>①</sup>而在扩员后').text, '产生了重要影响。①而在扩员后');
  assert.equal(
    stripMarkdownInline('外交部网站, [https://www.fmprc.gov.cn/web/gjhdq\\\\_676201/](https://www.fmprc.gov.cn/web/gjhdq_676201/)').text,
    '外交部网站, https://www.fmprc.gov.cn/web/gjhdq_676201/',
  );
  assert.equal(stripMarkdownInline('<https://www.inform.kz/en/tokayev-sco-key->').text, 'https://www.inform.kz/en/tokayev-sco-key-');
  assert.equal(stripMarkdownInline('*China Daily*, May 15').text, 'China Daily, May 15');
  assert.equal(stripMarkdownInline('\\* 本文系国家社科基金').text, '* 本文系国家社科基金');
});
