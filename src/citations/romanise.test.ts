/**
 * Hanyu Pinyin romanisation (romanise.ts), expected strings typed from 《汉语拼音正词法基本规则》 (GB/T
 * 16159—2012): surname and given name written apart, each capitalised, the given name one word; a
 * two-character surname one word; words joined, proper nouns capitalised; 隔音符号 before a, o, e; and
 * sentence case for titles (CMOS 17, APA 7 §9.38).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { romaniseName, romaniseTitle } from './romanise.ts';

test('names: surname first, given name one word; surname readings; two-character surnames', () => {
  assert.deepEqual(romaniseName('陈亚州'), { family: 'Chen', given: 'Yazhou' });
  assert.deepEqual(romaniseName('曾向红'), { family: 'Zeng', given: 'Xianghong' }, '曾 as a surname is Zeng, not Ceng');
  assert.deepEqual(romaniseName('单田芳'), { family: 'Shan', given: 'Tianfang' }, '单 as a surname is Shan');
  assert.deepEqual(romaniseName('韩璐'), { family: 'Han', given: 'Lu' });
  assert.deepEqual(romaniseName('欧阳修'), { family: 'Ouyang', given: 'Xiu' });
  assert.deepEqual(romaniseName('司马光'), { family: 'Sima', given: 'Guang' });
  assert.deepEqual(romaniseName('吕安'), { family: 'Lü', given: 'An' });
  assert.deepEqual(romaniseName('马欧'), { family: 'Ma', given: 'Ou' }, 'a two-character name is surname + given name');
});

test('titles: words joined, proper nouns capitalised, sentence case, subtitle capitalised after the colon', () => {
  assert.equal(romaniseTitle('扩员后中亚成员国对上海合作组织的期待及其应对'), 'Kuoyuan hou Zhongya chengyuanguo dui Shanghai Hezuo Zuzhi de qidai jiqi yingdui');
  assert.equal(romaniseTitle('冷战后国际格局重组中的上合组织'), 'Lengzhan hou guoji geju chongzu zhong de Shanghe Zuzhi', '重组 is chongzu');
  assert.equal(romaniseTitle('上海合作组织命运共同体：时代内涵与路径选择'), 'Shanghai Hezuo Zuzhi mingyun gongtongti: Shidai neihan yu lujing xuanze');
  assert.equal(romaniseTitle('中亚五国期待上合峰会取得务实成果'), 'Zhongya wu guo qidai Shanghe fenghui qude wushi chengguo');
  assert.equal(
    romaniseTitle('携手打造上合组织命运共同体：访中国社科院上合组织研究中心执行主任李进峰', { 李进峰: 'Li Jinfeng' }),
    'Xieshou dazao Shanghe Zuzhi mingyun gongtongti: Fang Zhongguo Shekeyuan Shanghe Zuzhi Yanjiu Zhongxin zhixing zhuren Li Jinfeng',
  );
  assert.equal(romaniseTitle('［弘扬“上海精神”］'), '[Hongyang “Shanghai jingshen”]');
});

test('periodical names: sentence case, or every word capitalised', () => {
  assert.equal(romaniseTitle('国际展望'), 'Guoji zhanwang');
  assert.equal(romaniseTitle('国际展望', {}, 'title'), 'Guoji Zhanwang');
  assert.equal(romaniseTitle('经济日报', {}, 'title'), 'Jingji Ribao');
  assert.equal(romaniseTitle('智库圆桌'), 'Zhiku yuanzhuo');
});

test('隔音符号, Latin letters and digits kept', () => {
  assert.equal(romaniseTitle('西安'), "Xi'an");
  assert.equal(romaniseTitle('G20峰会'), 'G20 fenghui');
});
