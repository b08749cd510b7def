/**
 * The article's CSL-JSON item as each citation style (styles.ts) is given it: the Chinese record for
 * GB/T 7714—2015, and a romanised record for the English-language styles, whose manuals want Chinese
 * names and titles in Hanyu Pinyin (romanise.ts) with an English translation of the title where one is
 * known (the frontmatter's `titleTranslation`; absent stays absent).
 *
 * `citationItems(data, slug, url)` → `{ 'gb-t-7714-2015': item, chicago: item, apa: item }`:
 * - GB/T 7714—2015: `cslItem` unchanged (Chinese, names as `literal`s).
 * - Chicago (CMOS 17: chapter 11 on romanised Chinese titles, chapter 14 on translated titles, 8.14 on
 *   Chinese names): the Chinese values stay
 *   the primary ones and the romanisation rides along as citeproc-js's multilingual data (`multi`): the
 *   title's transliteration (tag `zh-Latn-pinyin`) and English translation (tag `en`), the periodical's
 *   transliteration, and each author as `{ family: '陈', given: '亚州' }` with a transliterated
 *   `{ family: 'Chen', given: 'Yazhou' }`. With the language preferences set by `configureLanguages`
 *   (format-citation.ts), citeproc-js prints `“Kuoyuan hou …” 扩员后… [Expectations …]`: the romanised
 *   title in the style's quotation marks, the characters after it and the translation in brackets after
 *   them, the periodical `Guoji zhanwang 国际展望`, and the names `Chen Yazhou` uninverted, without a comma
 *   (a Chinese name keeps its order). The translation is wrapped in `<span class="nocase">` so the style's
 *   title case leaves its sentence case alone.
 * - APA 7 (§9.38 non-English titles, §9.8 names): romanised values as the
 *   primary ones: authors `{ family: 'Chen', given: 'Yazhou' }` (the style writes `Chen, Y.`), the title
 *   romanised in sentence case followed by ` [translation]`, the periodical romanised with each word
 *   capitalised, and an issue without a volume written `(6)`, since the official style would otherwise
 *   print a lone issue where the volume goes; an official document's issuing body romanised as a title,
 *   each word capitalised.
 *
 * Errors: none.
 */
import type { ArticleFrontmatter } from '../content-model/schemas/article.ts';
import { cslItem, type CslItem, type CslName } from './csl-item.ts';
import { romaniseName, romaniseTitle, surnameLength } from './romanise.ts';
import type { CitationStyleKey } from './styles.ts';

/** The language tags of the multilingual data (BCP 47: Chinese in Latin script, the Pinyin variant; English). */
export const transliterationTag = 'zh-Latn-pinyin';
export const translationTag = 'en';

/** `陈亚州` → `{ family: '陈', given: '亚州' }` (a two-character surname stays whole: `欧阳修` → 欧阳 + 修). */
function splitName(name: string): { family: string; given: string } {
  const chars = [...name];
  const length = surnameLength(name);
  return { family: chars.slice(0, length).join(''), given: chars.slice(length).join('') };
}

export function citationItems(data: ArticleFrontmatter, slug: string, url: string): Record<CitationStyleKey, CslItem> {
  const base = cslItem(data, slug, url);
  const people = data.authors.filter((a) => a.role !== 'interviewee').map((a) => a.name.value);
  // Everyone the record names (the interviewee too, whom the subtitle names), as romanised words.
  const names = Object.fromEntries(data.authors.map((a) => {
    const { family, given } = romaniseName(a.name.value);
    return [a.name.value, `${family} ${given}`];
  }));
  const title = romaniseTitle(base.title, names);
  const translation = data.titleTranslation?.value;
  const container = base['container-title'];

  const chicago: CslItem = { ...base, multi: { main: 'zh-CN', _keys: { title: { [transliterationTag]: title } } } };
  if (translation !== undefined) chicago.multi!._keys.title![translationTag] = `<span class="nocase">${translation}</span>`;
  if (container !== undefined) chicago.multi!._keys['container-title'] = { [transliterationTag]: romaniseTitle(container, names) };
  if (people.length > 0) {
    chicago.author = people.map((name): CslName => ({ ...splitName(name), multi: { _key: { [transliterationTag]: romaniseName(name) } } }));
  }

  const { language: _language, ...unmarked } = base;
  const apa: CslItem = { ...unmarked, title: translation === undefined ? title : `${title} [${translation}]` };
  if (container !== undefined) apa['container-title'] = romaniseTitle(container, names, 'title');
  if (people.length > 0) apa.author = people.map((name) => romaniseName(name));
  // An official document's issuing body (csl-item.ts), romanised like a title: APA's record is romanised throughout.
  else if (data.issuer) apa.author = [{ literal: romaniseTitle(data.issuer.value, names, 'title') }];
  if (base.issue !== undefined) apa.issue = `(${base.issue})`;

  return { 'gb-t-7714-2015': base, chicago, apa };
}
