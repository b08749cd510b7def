/**
 * What each paragraph of an official document is called when it is cited: its clause label, from the
 * numbering the document prints (the official-document layout keeps part headings and numbered clauses
 * as blocks of their own: layouts/official-document.ts).
 *
 * Artifact: a declaration is cited by part and paragraph (`天津宣言 第三部分第5段`), a charter by article
 * (`宪章 第五条`), never by a running paragraph number or a print page, which a web page does not have.
 * Rules, in document order:
 * - a part opens at a heading or at a paragraph beginning `一、` (→ `第一部分`), or at a heading
 *   `第一章` / `第一部分` (→ as printed); a sub-part at a heading `（一）` (→ `第一部分（一）`); the
 *   paragraph count restarts at each;
 * - a paragraph beginning `第五条` is `第五条`; the unnumbered paragraphs after it are its further
 *   paragraphs, `第五条第2款`, `第五条第3款`, and those beginning `（一）` its items, `第五条第（一）项`
 *   (until the next article or part);
 * - any other paragraph is `<part><sub-part>第k段`, k counting the paragraphs of its part (the paragraph
 *   that opens a part with `一、` is its 第1段); before the first part of a document that has parts,
 *   `序言第k段`; in a document without parts or articles, `第k段`.
 * Numbered points (`3．`) and sub-items (`（二）` inside a paragraph) are counted as paragraphs, not
 * given labels of their own.
 *
 * Input: the article's blocks in reading order, `{ kind, text, n }` (text without inline anchors; n = 0
 *   for unnumbered blocks). Output: one label per block, `undefined` for anything but a numbered
 *   paragraph. Never throws.
 * Example (tests/fixtures/official-document/): `一、政治合作` (heading), `成员国重申…。`,
 *   `成员国支持…。` → [undefined, '第一部分第1段', '第一部分第2段'].
 */
import { ARTICLE_NUMBER, CHAPTER_NUMBER, PART_NUMBER, SUBPART_NUMBER } from '../shared/clause-numbers.ts';

export interface ClauseInput {
  kind: string;
  text: string;
  n: number;
}

/** `一、` → `第一部分`; `第一章　` → `第一章`; `（一）` → `（一）`. */
function partLabel(numbering: string): string {
  const t = numbering.trim();
  if (t.endsWith('、')) return `第${t.slice(0, -1)}部分`;
  return t.replace(/\(/gu, '（').replace(/\)/gu, '）');
}

export function clauseLabels(blocks: readonly ClauseInput[]): (string | undefined)[] {
  const opens = (b: ClauseInput) => PART_NUMBER.test(b.text.trim()) || CHAPTER_NUMBER.test(b.text.trim());
  const hasParts = blocks.some(opens);
  let part: string | undefined;
  let sub: string | undefined;
  let count = 0;
  let article: { label: string; paragraphs: number } | undefined;
  /** A part (or, with `subpart`, a sub-part of the current part) begins: its paragraphs are counted afresh. */
  const open = (label: string, subpart = false) => {
    if (subpart) sub = label;
    else [part, sub] = [label, undefined];
    count = 0;
    article = undefined;
  };
  return blocks.map((block) => {
    const text = block.text.trim();
    if (block.kind === 'heading') {
      const chapter = CHAPTER_NUMBER.exec(text) ?? PART_NUMBER.exec(text);
      const subpart = SUBPART_NUMBER.exec(text);
      if (chapter) open(partLabel(chapter[1]!));
      else if (subpart) open(partLabel(subpart[1]!), true);
      return undefined;
    }
    if (block.kind !== 'paragraph' || block.n === 0) return undefined;
    const articleNumber = ARTICLE_NUMBER.exec(text);
    if (articleNumber) {
      article = { label: articleNumber[1]!, paragraphs: 1 };
      return article.label;
    }
    const opening = PART_NUMBER.exec(text);
    if (opening) open(partLabel(opening[1]!));
    const item = SUBPART_NUMBER.exec(text);
    if (article && item) return `${article.label}第${partLabel(item[1]!)}项`;
    if (article) {
      article.paragraphs += 1;
      return `${article.label}第${article.paragraphs}款`;
    }
    count += 1;
    const prefix = part !== undefined || sub !== undefined ? `${part ?? ''}${sub ?? ''}` : hasParts ? '序言' : '';
    return `${prefix}第${count}段`;
  });
}
