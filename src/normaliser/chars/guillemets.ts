/**
 * Turn «» used as book-title marks into 《》.
 *
 * Artifact (sun-zhuangzhi-sco-community L26, han-lu-sco-international-cooperation L47):
 * `国家社会科学基金重大项目«上海合作组织命运共同体构建研究»`. None of the five sources uses «» as quotation marks (no Russian passage
 * contains them), so the map is plain.
 *
 * Input: one line. Output: the mapped line. Never throws.
 */
export function mapGuillemets(text: string): string {
  return text.replaceAll('«', '《').replaceAll('»', '》');
}
