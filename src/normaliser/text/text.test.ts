/** Unit tests of the text stages, on snippets of the sources after the character maps. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinLines } from './join-lines.ts';
import { removeSpuriousSpaces } from './spaces.ts';
import { toChinesePunctuation } from './ascii-punctuation.ts';
import { normaliseText } from './normalise-text.ts';

test('lines join without a space in Chinese, with one between Latin or Cyrillic words (000 L4–6, 004 L437–438)', () => {
  assert.equal(joinLines(['原苏联 15 个加盟共和国分别独', '立 。 中 亚 地 区']), '原苏联 15 个加盟共和国分别独立 。 中 亚 地 区');
  assert.equal(joinLines(['…принял участие во', 'встрече…']), '…принял участие во встрече…');
  assert.equal(joinLines([' 上海合作组织国际合作的', '发展历程与前景展望']), '上海合作组织国际合作的发展历程与前景展望');
  assert.equal(joinLines(['c_1124625213', '843']), 'c_1124625213843');
});

test('justification and padding spaces go (000 L6, L28, L465; 002 passim)', () => {
  assert.equal(removeSpuriousSpaces('立 。 中 亚 地 区 5 个 加 盟 共 和 国'), '立。中亚地区5个加盟共和国');
  assert.equal(removeSpuriousSpaces('上 ，建 立 了“ 上 海 五 国 ”机 制 。'), '上，建立了“上海五国”机制。');
  assert.equal(removeSpuriousSpaces('土 库 曼 斯 坦 2021 年 上 半 年 GDP 同 比 增 长'), '土库曼斯坦2021年上半年GDP同比增长');
  assert.equal(removeSpuriousSpaces('哈萨克斯坦 1月至 7月国内生产总值（GDP）增长'), '哈萨克斯坦1月至7月国内生产总值（GDP）增长');
});

test('digit groups and operators (002 L298, L322; 004 L863, L241)', () => {
  assert.equal(removeSpuriousSpaces('2011 年达到 1 134 亿美元'), '2011年达到1134亿美元');
  assert.equal(removeSpuriousSpaces('2 000亿美元，6 000 万美元'), '2000亿美元，6000万美元');
  assert.equal(removeSpuriousSpaces('“X + 1”模式'), '“X+1”模式');
  assert.equal(removeSpuriousSpaces('第 64 / 183 号决议'), '第64/183号决议');
  assert.equal(removeSpuriousSpaces('2005 4 12 独联体'), '2005 4 12独联体', 'a date that lost its dots is not a digit group');
});

test('spaces between Latin or Cyrillic words stay', () => {
  assert.equal(removeSpuriousSpaces('Partnership,” European Commission, May 15, 2019'), 'Partnership,” European Commission, May 15, 2019');
  assert.equal(removeSpuriousSpaces('Циндао. http://www'), 'Циндао. http://www');
});

test('ideographic-space separators between keywords become one U+3000 (002 L22)', () => {
  assert.equal(removeSpuriousSpaces('【关 键 词】 　 上海合作组织　 命运共同体　 “上海精神” 　 全球和地区治理'), '【关键词】上海合作组织　命运共同体　“上海精神”　全球和地区治理');
});

test('003 keeps its real Han–Han spaces, drops Han–digit ones', () => {
  const text = '题为《弘扬“上海精神” 构建命运共同体》的讲话，自 2017 年以来';
  assert.equal(removeSpuriousSpaces(text, { keepHanHanSpaces: true }), '题为《弘扬“上海精神” 构建命运共同体》的讲话，自2017年以来');
  assert.equal(removeSpuriousSpaces('陈亚州 曾向红', { keepHanHanSpaces: true }), '陈亚州 曾向红');
});

test('ASCII punctuation in Chinese becomes full-width (001 L3, L7, L13, L15; 003 L71)', () => {
  assert.equal(toChinesePunctuation('8月31日至9月1日,2025年上海合作组织峰会在天津举行。'), '8月31日至9月1日，2025年上海合作组织峰会在天津举行。');
  assert.equal(toChinesePunctuation('如何全面理解安全合作的内涵?'), '如何全面理解安全合作的内涵？');
  assert.equal(toChinesePunctuation('许涛(中国现代国际关系研究院研究员):上海合作组织'), '许涛（中国现代国际关系研究院研究员）：上海合作组织');
  assert.equal(toChinesePunctuation('智库圆桌(第54期·总343期)'), '智库圆桌（第54期·总343期）');
  assert.equal(toChinesePunctuation('马扎里沙里夫(Mazar-e-Sharif)'), '马扎里沙里夫（Mazar-e-Sharif）');
});

test('ASCII punctuation stays in URLs, metadata and Latin passages', () => {
  assert.equal(toChinesePunctuation('【文章编号】1006-1568-(2019)06-0090-19'), '【文章编号】1006-1568-(2019)06-0090-19');
  assert.equal(toChinesePunctuation('外交部网站,https://www.fmprc.gov.cn/web/a,b/'), '外交部网站，https://www.fmprc.gov.cn/web/a,b/');
  assert.equal(toChinesePunctuation('“EU-Central Asia Partnership,” European Commission, May 15, 2019.'), '“EU-Central Asia Partnership,” European Commission, May 15, 2019.');
});

test('the text stages in order (002 L86 + L89 around a note)', () => {
  assert.equal(normaliseText(['在推动全球治理和国际合作的进程中，要看到“冷战”后全球化进程面临的', ' 新课题。 全球化本来是美国推出的一个概念'], {}), '在推动全球治理和国际合作的进程中，要看到“冷战”后全球化进程面临的新课题。全球化本来是美国推出的一个概念');
});

test('URLs: every space is typesetting in 002 (L264), spaces stand for lost dots in 004 (L86, L250–L251)', async () => {
  const { repairUrls } = await import('./urls.ts');
  assert.equal(repairUrls('新华网，http: / / www. xinhuanet. com/politics/leaders/2019 - 06/14/c_11246252 13. htm，2019年', 'spaces-are-typesetting'), '新华网，http://www.xinhuanet.com/politics/leaders/2019-06/14/c_1124625213.htm，2019年');
  assert.equal(repairUrls('《上海合作组织成立宣言》，http: / / chn sectsco org / documents /', 'dots-lost'), '《上海合作组织成立宣言》，http://chn.sectsco.org/documents/');
  assert.equal(repairUrls('https: / / www mfa gov cn/web/ziliao _674904/1179 _6749 09/202107/t20210715 _9180843 shtml', 'dots-lost'), 'https://www.mfa.gov.cn/web/ziliao_674904/1179_674909/202107/t20210715_9180843.shtml');
  assert.equal(repairUrls('Циндао. http://www.sco.org', 'spaces-are-typesetting'), 'Циндао. http://www.sco.org');
});

test('a decimal split by the PDF around its dot glyph is one number again (sun-zhuangzhi-sco-community L347, L322)', async () => {
  const { mapCharacters } = await import('../chars/index.ts');
  // Raw: full-width digits, the font's dot glyph as the private-use U+1001B0, and the PDF's spaces.
  const l347 = mapCharacters('累计达 ２００ 亿美元ꎬ中亚有 １\u{1001B0} ７ 万多家俄资企业ꎮ');
  assert.equal(normaliseText([l347], {}), '累计达200亿美元，中亚有1.7万多家俄资企业。');
  const l322 = mapCharacters('中哈贸易 ２００１ 年仅有 ８\u{1001B0} ３ 亿美元ꎬ');
  assert.equal(normaliseText([l322], {}), '中哈贸易2001年仅有8.3亿美元，');
  assert.equal(removeSpuriousSpaces('增长 2 .7%'), '增长2.7%');
  // A list number before a word keeps its space; a Cyrillic initial before a page number too.
  assert.equal(removeSpuriousSpaces('1. Introduction'), '1. Introduction');
  assert.equal(removeSpuriousSpaces('С. 151'), 'С. 151');
});
