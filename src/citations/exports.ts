/**
 * An article's CSL-JSON item (csl-item.ts) as the three files a reference manager imports: RIS, BibTeX
 * and CSL-JSON, written by Citation.js (`@citation-js/core` with its RIS and BibTeX plugins). Served at
 * `/articles/<slug>/cite.ris|.bib|.json` (downloads.ts).
 *
 * Input: a `CslItem`. Output: the file's text, UTF-8, ending with a newline; the same item always gives
 * the same bytes (no access date, no clock, no randomness).
 *
 * - `toRis`: one record in the tags of the 2001 RIS specification (TY first, ER last, CRLF line ends):
 *   TY, T1, A1 (one per author), Y1 (`YYYY/MM/DD/`), PY, JF, IS, SP, EP, UR, plus DO and LA. Built with
 *   Citation.js's `old` tag set (`format('ris', { spec: 'old' })`), because its default (`mixed`) writes
 *   a newspaper's people only as `reporter`s, so our `author`s vanish from NEWS records. Where that tag
 *   set falls short, the record is completed from Citation.js's `new` (2011) tag set or from the item:
 *   DO and LA are taken from the `new` translation (the old set has no such tags); SP/EP are the first
 *   and last page of `page` (Citation.js splits the string `90-108` into its characters: SP 9, EP 0);
 *   month and day of Y1 get their two digits (`2021/9//` → `2021/09//`); ID is left out (the spec allows
 *   at most 20 letters and digits; Citation.js cuts the slug to `commentary-shanghai-`). Lines are not
 *   wrapped at 70 characters (allowed, not required, and a wrapped URL is read back with a space in it).
 * - `toBibtex`: one `@article` entry keyed by the item's `citation-key` (the slug, hyphens kept), with
 *   UTF-8 values as written (Chinese stays Chinese). Citation.js's `@bibtex` configuration is set once,
 *   when this module loads: `asciiOnly = false` (otherwise every CJK character is dropped),
 *   `useIdAsLabel = true` and `checkLabel = false` (otherwise the key loses its hyphens).
 * - `toCslJson`: a JSON array holding the one item, indented by 2 spaces.
 *
 * Errors: `toBibtex` throws when a title, name, container title or issue contains a LaTeX special
 * character (`\ { } $ & # ^ _ % ~`), since with `asciiOnly = false` Citation.js writes it unescaped and the
 * entry would break when typeset. No article has one today.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
import { nameText, type CslItem } from './csl-item.ts';

const bibtexConfig = plugins.config.get('@bibtex');
bibtexConfig.format.asciiOnly = false;
bibtexConfig.format.useIdAsLabel = true;
bibtexConfig.format.checkLabel = false;

type RisRecord = Record<string, string | string[]>;

/** Citation.js's translation of `item` into one RIS record (tag → values) in the given tag set. */
function risRecord(item: CslItem, spec: 'old' | 'new'): RisRecord {
  const [record] = new Cite([structuredClone(item)]).format('ris', { spec, format: 'object' });
  if (!record) throw new Error(`Citation.js made no RIS record of ${item.id}`);
  return record;
}

/** `2021/9//` → `2021/09//`: RIS dates are `YYYY/MM/DD/other`, month and day two digits. */
function padRisDate(value: string): string {
  return value
    .split('/')
    .map((part, i) => (i === 1 || i === 2) && /^\d$/u.test(part) ? `0${part}` : part)
    .join('/');
}

/** `item` as a RIS file: one record, CRLF line ends (see the module comment for the tags). */
export function toRis(item: CslItem): string {
  const { TY: type, ...tags } = risRecord(item, 'old');
  const current = risRecord(item, 'new');
  delete tags['ID'];
  if (typeof tags['Y1'] === 'string') tags['Y1'] = padRisDate(tags['Y1']);
  if (item.page) {
    const [first, last] = item.page.split('-');
    tags['SP'] = first!;
    if (last === undefined) delete tags['EP'];
    else tags['EP'] = last;
  }
  for (const tag of ['DO', 'LA']) {
    const value = current[tag];
    if (value !== undefined) tags[tag] = value;
  }
  const lines = [`TY  - ${String(type)}`];
  for (const [tag, values] of Object.entries(tags)) {
    for (const value of [values].flat()) lines.push(`${tag}  - ${value}`);
  }
  lines.push('ER  - ');
  return `${lines.join('\r\n')}\r\n`;
}

const latexSpecial = /[\\{}$&#^_%~]/u;

/** `item` as a BibTeX file: one `@article{<citation-key>, …}` entry. Throws on LaTeX special characters. */
export function toBibtex(item: CslItem): string {
  const fields = { title: item.title, 'container-title': item['container-title'], issue: item.issue };
  const names = (item.author ?? []).map((a) => ['author', nameText(a)] as const);
  for (const [field, value] of [...Object.entries(fields), ...names]) {
    if (value !== undefined && latexSpecial.test(value)) {
      throw new Error(`${item.id}: ${field} "${value}" has a LaTeX special character that the BibTeX export would leave unescaped`);
    }
  }
  return `${new Cite([structuredClone(item)]).format('bibtex').trim()}\n`;
}

/** `item` as a CSL-JSON file: `[item]`, as Citation.js reads it back, 2-space indent. */
export function toCslJson(item: CslItem): string {
  const data = new Cite([structuredClone(item)]).format('data', { format: 'object' });
  return `${JSON.stringify(data, null, 2)}\n`;
}
