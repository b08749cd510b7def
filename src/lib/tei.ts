/**
 * An article as TEI P5 XML (`/articles/<slug>/tei.xml`, written by scripts/export-data.ts), in the subset
 * of TEI that content-model/schemas/tei-subset.rnc defines and tests/site/tei.test.ts validates every file against
 * with jing.
 *
 * - `teiHeader`: `titleStmt` (title, the people with their roles, the editors as `respStmt
 *   xml:id="editors"`), `publicationStmt` (the knowledge base, the article's URL, the licence of the
 *   editors' work), `sourceDesc` with one `bibl` of the source as printed (title, people, journal or
 *   newspaper, issue, date, pages, DOI, an official document's issuing body and place) and the raw text
 *   it was normalised from (`ref` to `/articles/<slug>/source/`). A value the text does not state but
 *   implies carries `cert="medium" resp="#editors"`, with its evidence for readers in a following
 *   `note type="inference"`; absent values are absent.
 * - `text`: front matter (abstract, keywords) in `front`; the body in `div`s, one per heading (`head`);
 *   each paragraph a `p` with `n` (its number, or an official document's clause label) and `xml:id` (its
 *   permalink id); print page starts `pb n`; note references `ref type="noteAnchor" target="#note-n"`;
 *   glossary terms `term ref` (the glossary page); tables `table` with `head`, `row role="label"` and
 *   `row xml:id`; the footnotes in `back` as `note place="foot" n xml:id="note-n"`.
 *
 * Input: the slug, the validated frontmatter, the body tree (markdown/article-body.ts), the site origin.
 * Output: the XML text (UTF-8, with its declaration). Errors: `TeiError` for a component the TEI subset
 * has no place for (a new MDX component must be mapped here first).
 */
import { x } from 'xastscript';
import { toXml } from 'xast-util-to-xml';
import type { Element, ElementContent } from 'xast';
import type { ArticleFrontmatter } from '../content-model/schemas/article.ts';
import type { Claim } from '../content-model/schemas/claim.ts';
import { roleLabels } from '../content-model/labels/bibliography.ts';
import type { BodyNode } from '../markdown/article-body.ts';
import { articlePath, articleSourcePath, glossaryTermPath } from '../routes.ts';
import { siteName } from './site.ts';

export class TeiError extends Error {
  override name = 'TeiError';
}

const teiNamespace = 'http://www.tei-c.org/ns/1.0';

/** The claim's value as an element: `cert`/`resp` and a following reader's note when it is inferred. */
function claimed(name: string, claim: Claim<unknown>, attributes: Record<string, string>, text: string): Element[] {
  if (claim.basis !== 'inferred') return [x(name, attributes, text)];
  return [x(name, { ...attributes, cert: 'medium', resp: '#editors' }, text), x('note', { type: 'inference' }, claim.note ?? '')];
}

function header(slug: string, data: ArticleFrontmatter, site: URL): Element {
  // titleStmt holds names only (TEI allows no note there); their evidence is in sourceDesc's bibl.
  const people: Element[] = data.authors.map((a) =>
    a.role === 'author' ? x('author', a.name.value) : x('respStmt', [x('resp', roleLabels[a.role]), x('name', a.name.value)]),
  );
  if (people.length === 0 && data.issuer) people.push(x('author', [x('orgName', data.issuer.value)]));
  const title = data.subtitle ? `${data.title.value}${data.subtitle.value}` : data.title.value;
  const bibl: Element[] = [...claimed('title', data.title, { level: 'a' }, data.title.value)];
  if (data.subtitle) bibl.push(...claimed('title', data.subtitle, { level: 'a', type: 'sub' }, data.subtitle.value));
  for (const a of data.authors) {
    if (a.role === 'author') bibl.push(...claimed('author', a.name, {}, a.name.value));
    else bibl.push(x('respStmt', [x('resp', roleLabels[a.role]), ...claimed('name', a.name, {}, a.name.value)]));
    if (a.affiliation) bibl.push(...claimed('orgName', a.affiliation, { role: 'affiliation' }, a.affiliation.value));
  }
  if (data.issuer) bibl.push(...claimed('orgName', data.issuer, { role: 'issuer' }, data.issuer.value));
  if (data.venue) bibl.push(...claimed('title', data.venue, { level: 'j' }, data.venue.value));
  if (data.issue) bibl.push(...claimed('biblScope', data.issue, { unit: 'issue' }, data.issue.value));
  if (data.place) bibl.push(...claimed('placeName', data.place, {}, data.place.value));
  if (data.date) bibl.push(...claimed('date', data.date, { when: data.date.value }, data.date.value));
  if (data.pages) bibl.push(...claimed('biblScope', data.pages, { unit: 'page', from: String(data.pages.value.first), to: String(data.pages.value.last) }, `${data.pages.value.first}–${data.pages.value.last}`));
  if (data.doi) bibl.push(...claimed('idno', data.doi, { type: 'DOI' }, data.doi.value));
  bibl.push(x('ref', { type: 'rawSource', target: new URL(articleSourcePath(slug), site).href }, '原始文本'));
  return x('teiHeader', [
    x('fileDesc', [
      x('titleStmt', [
        x('title', title),
        ...people,
        x('respStmt', { 'xml:id': 'editors' }, [x('resp', '整理、校订与著录'), x('orgName', siteName)]),
      ]),
      x('publicationStmt', [
        x('publisher', siteName),
        x('idno', { type: 'URI' }, new URL(articlePath(slug), site).href),
        x('availability', [x('licence', { target: 'https://creativecommons.org/licenses/by/4.0/' }, '本库编写的著录与标注以 CC BY 4.0 许可提供；正文著作权归原作者及原刊所有。')]),
      ]),
      x('sourceDesc', [x('bibl', bibl)]),
    ]),
  ]);
}

type Out = ElementContent;

/** The TEI of a run of body nodes inside a paragraph-like element. */
function inline(nodes: readonly BodyNode[], file: string): Out[] {
  return nodes.flatMap((node): Out[] => {
    if (node.type === 'text') return [{ type: 'text', value: node.value }];
    if (node.type === 'element') {
      const rend = { em: 'italic', strong: 'bold', code: 'code' }[node.tagName as 'em' | 'strong' | 'code'];
      if (node.tagName === 'br') return [x('lb')];
      if (node.tagName === 'a') return [x('ref', { target: node.attributes['href'] ?? '' }, inline(node.children, file))];
      return rend ? [x('hi', { rend }, inline(node.children, file))] : inline(node.children, file);
    }
    switch (node.name) {
      case 'PageMark':
        return [x('pb', { n: String(node.props['page']) })];
      case 'NoteRef': {
        const n = String(node.props['n']);
        return node.props['missing'] === true ? [x('ref', { type: 'noteAnchor', n }, n)] : [x('ref', { type: 'noteAnchor', n, target: `#note-${n}` }, n)];
      }
      case 'Term':
        return [x('term', { ref: glossaryTermPath(String(node.props['slug'])) }, inline(node.children, file))];
      default:
        throw new TeiError(`${file}:${node.line}: <${node.name}> has no place inside a TEI paragraph`);
    }
  });
}

function paragraph(node: Extract<BodyNode, { type: 'component' }>, file: string): Element {
  const { id, n, clause, role } = node.props;
  const attributes: Record<string, string> = { 'xml:id': String(id) };
  if (clause !== undefined) attributes['n'] = String(clause);
  else if (n !== undefined) attributes['n'] = String(n);
  if (role !== undefined) attributes['rend'] = String(role);
  return x('p', attributes, inline(node.children, file));
}

function table(node: Extract<BodyNode, { type: 'component' }>, file: string): Element {
  const out: Element[] = [];
  const visit = (nodes: readonly BodyNode[]) => {
    for (const child of nodes) {
      if (child.type !== 'component') continue;
      if (child.name === 'TableCaption') out.push(x('head', inline(child.children, file)));
      else if (child.name === 'TableHead' || child.name === 'TableBody') visit(child.children);
      else if (child.name === 'Row') {
        const cells = child.children.filter((c): c is Extract<BodyNode, { type: 'component' }> => c.type === 'component' && c.name === 'Cell');
        const attributes: Record<string, string> = child.props['header'] === true ? { role: 'label' } : {};
        if (child.props['id'] !== undefined) attributes['xml:id'] = String(child.props['id']);
        out.push(x('row', attributes, cells.map((c) => x('cell', inline(c.children, file)))));
      }
    }
  };
  visit(node.children);
  return x('table', { 'xml:id': String(node.props['id']) }, out);
}

export function articleTei(slug: string, data: ArticleFrontmatter, body: readonly BodyNode[], site: URL): string {
  const file = `content/articles/${slug}.mdx`;
  const front: Element[] = [];
  const divs: Element[] = [];
  let current: Out[] = [];
  const notes: Element[] = [];
  const flush = () => {
    if (current.length > 0) divs.push(x('div', current));
    current = [];
  };
  for (const node of body) {
    if (node.type !== 'component') continue; // the newlines between blocks
    switch (node.name) {
      case 'Para':
        if (node.props['n'] === undefined && (node.props['role'] === 'abstract' || node.props['role'] === 'keywords' || node.props['role'] === 'front-matter')) front.push(paragraph(node, file));
        else current.push(paragraph(node, file));
        break;
      case 'Heading':
        flush();
        current.push(x('head', { 'xml:id': String(node.props['id']) }, inline(node.children, file)));
        break;
      case 'Table':
        current.push(table(node, file));
        break;
      case 'Notes':
        for (const note of node.children) {
          if (note.type !== 'component' || note.name !== 'Note') continue;
          const n = String(note.props['n']);
          notes.push(x('note', { place: 'foot', n, 'xml:id': `note-${n}` }, inline(note.children, file)));
        }
        break;
      case 'Retired':
        break; // old permalink ids of text that is gone: nothing of the text itself
      default:
        throw new TeiError(`${file}:${node.line}: <${node.name}> has no place in the TEI body`);
    }
  }
  flush();
  const text: Element[] = [];
  if (front.length > 0) text.push(x('front', [x('div', { type: 'frontMatter' }, front)]));
  text.push(x('body', divs.length > 0 ? divs : [x('div', [x('p')])]));
  if (notes.length > 0) text.push(x('back', [x('div', { type: 'notes' }, notes)]));
  const tei = x('TEI', { xmlns: teiNamespace, 'xml:lang': 'zh-CN' }, [header(slug, data, site), x('text', text)]);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${toXml(tei)}\n`;
}
