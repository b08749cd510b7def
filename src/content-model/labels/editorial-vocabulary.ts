/**
 * Chinese names, for readers, of what the normaliser reports in its own (English) vocabulary: the hints
 * applied to a source or article (`hint` of the frontmatter's editorialNotes and of the reports) and the
 * rules or hints that removed characters (the keys of a report's `han.removedBy`). Shown on the article
 * pages (编辑说明) and on /about/sources/.
 *
 * `hintLabel(hint)`: `heading level 2` → `二级标题`, `text repair “a” → “b”` → `文字修复：“a”改为“b”`…
 * `removalLabel(by)`: `page-number line` → `页码行`, `hint: drop L9` → `编辑提示：删除原文第9行`,
 * `front matter → metadata: 中图分类号` → `文前信息“中图分类号”（移入著录信息）`…
 * Pure. Errors: both throw on a name they do not know, naming it, so that a new rule or hint fails the
 * build until it has a Chinese name instead of reaching readers in English.
 */
import { linesNote } from './reader-note.ts';

const roleLabels: Record<string, string> = {
  'reading order': '阅读顺序',
  title: '标题（移入著录信息）',
  subtitle: '副标题（移入著录信息）',
  byline: '署名（移入著录信息）',
  question: '提问',
  signature: '文末署名',
  caption: '图注',
  'front-matter': '栏目信息',
  drop: '删除',
  note: '归入注释',
  table: '重建表格',
  'table-source': '表格资料来源',
  'note start': '另起一条注释',
  'paragraph start': '另起一段',
  'keep Han–Han spaces': '保留汉字之间的空格',
  'URL mode spaces-are-typesetting': '网址修复：空格系排版所致',
  'URL mode dots-lost': '网址修复：空格代表丢失的点号',
};

const levelNames = ['', '', '二', '三', '四'];

export function hintLabel(hint: string): string {
  const label = roleLabels[hint];
  if (label !== undefined) return label;
  const heading = /^heading level ([2-4])$/u.exec(hint);
  if (heading) return `${levelNames[Number(heading[1])]}级标题`;
  const repair = /^text repair “(.*)” → “(.*)”$/su.exec(hint);
  if (repair) return `文字修复：“${repair[1]}”改为“${repair[2]}”`;
  throw new Error(`hintLabel: no Chinese name for the hint "${hint}" (src/content-model/labels/editorial-vocabulary.ts)`);
}

const removalLabels: Record<string, string> = {
  'page-number line': '页码行',
  'footnote separator ---': '脚注分隔线',
  'page footer cut': '版面页脚（编辑署名）',
  'bold doubling halved': '粗体重影（重复提取的字）',
  'word cloud': '词云',
  'metadata: title': '标题（移入著录信息）',
  'metadata: subtitle': '副标题（移入著录信息）',
  'metadata: byline': '署名（移入著录信息）',
  'table continuation label': '续表标记',
  'table header repeated on a continuation page': '续表中重复的表头',
};

export function removalLabel(by: string): string {
  const label = removalLabels[by];
  if (label !== undefined) return label;
  const hint = /^hint: (drop|text repair) (L\d+(?:–L\d+)?)$/u.exec(by);
  if (hint) return `编辑提示：${hint[1] === 'drop' ? '删除' : '文字修复'}${linesNote(hint[2]!, true)}`;
  const frontMatter = /^front matter → metadata: (.+)$/u.exec(by);
  if (frontMatter) return `文前信息“${frontMatter[1]}”（移入著录信息）`;
  throw new Error(`removalLabel: no Chinese name for the rule "${by}" (src/content-model/labels/editorial-vocabulary.ts)`);
}
