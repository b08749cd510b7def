/** Unit tests of heading detection by numbering (sun-zhuangzhi-sco-community, chen-zeng-2019-guoji-zhanwang, han-lu-sco-international-cooperation). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headingLevelOf } from './heading-level.ts';

test('levels come from the numbering, not from Markdown # counts (003 L39, L57, L211, L233, L287)', () => {
  assert.deepEqual(headingLevelOf('一、扩员后影响中亚成员国诉求的主要因素'), { level: 2, numbering: '一、', title: '扩员后影响中亚成员国诉求的主要因素' });
  assert.deepEqual(headingLevelOf('（二）阿富汗局势对中亚成员国的影响'), { level: 3, numbering: '（二）', title: '阿富汗局势对中亚成员国的影响' });
  assert.equal(headingLevelOf('（四）期待扩大成员国之间的人文合作与交流')?.level, 3);
  assert.equal(headingLevelOf('三、上海合作组织的应对之策')?.level, 2);
  assert.deepEqual(headingLevelOf('结 束 语'), { level: 2, numbering: '', title: '结束语' });
});

test('PDF headings keep their printed numbering (002 L53, L70; 004 L217)', () => {
  assert.deepEqual(headingLevelOf('一　 打造完善全球和地区治理的重要平台'), { level: 2, numbering: '一\u3000', title: '打造完善全球和地区治理的重要平台' });
  assert.deepEqual(headingLevelOf('(一)积极应对全球化面临的新课题'), { level: 3, numbering: '（一）', title: '积极应对全球化面临的新课题' });
  assert.deepEqual(headingLevelOf('1 联合国及其专门机构'), { level: 4, numbering: '1.', title: '联合国及其专门机构' });
});

test('body lines that begin with a number are not headings (004 L140, 002)', () => {
  assert.equal(headingLevelOf('20 余年来，上海合作组织在扩大国际合作方面取得长足进步。成员国'), null);
  assert.equal(headingLevelOf('17 次会晤，还建立了一些独具特色的合作平台，如教育部长会晤机制框架内成'), null);
  assert.equal(headingLevelOf('一系列新的目标与任务。'), null);
});

test('a numbered line ending a sentence and then a note marker is not a heading', () => {
  assert.equal(headingLevelOf('（一）期待加强成员国之间的政治互信。①'), null);
  assert.deepEqual(headingLevelOf('（一）期待加强成员国之间的政治对话与政治互信①'), { level: 3, numbering: '（一）', title: '期待加强成员国之间的政治对话与政治互信①' });
});
