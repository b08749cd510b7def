/**
 * A first draft of a new source's manifest (content-model/schemas/manifest.ts), made from its raw text
 * alone, for `npm run source:add`: what can be read off the text is filled in with its evidence line;
 * everything a person must decide or confirm is a `TODO…` string, which the manifest loader refuses
 * (load-manifest.ts: `unresolved TODO`, each with its line) until the editor has resolved it. Nothing is
 * guessed into a value: a candidate the text suggests but does not settle (a byline, a date in the
 * text) is named in a TODO, never written as a fact.
 *
 * Filled in from the text:
 * - `sha256`, `receivedAs`, `file` (`<slug>.txt`), the layout with its evidence (detect-layout.ts);
 * - the title: the first text line when it is short and ends no sentence (`#` marks removed), `stated`
 *   with its line, and a `title` role hint on that line (its text must equal the value: the normaliser
 *   checks it);
 * - a subtitle: the next line when it begins with a dash (`——访…`), `stated`, with its role hint;
 * - a DOI printed in the text (`10.13851/j.cnki.gjzw.201906005`), `stated` with its line;
 * - for an official document, a dateline under the title, `（2026年1月10日　示例市）`: the date of
 *   adoption and the place, `stated` with the line, and a `front-matter` role hint on it;
 * - one article over all text lines (`segments`), the source kind when the editor gave it.
 * Left as TODO: the description; the genre (with the choices the kind allows); the source kind when not
 * given; the authors (the candidate byline line is named); the venue, issue and pages (a 文章编号 or
 * ISSN line is named); the segments' reason (and whether the file holds several texts); the issuing
 * body of an official document; the layout when detect-layout.ts was not certain; the slug.
 *
 * Input: `{ lines, sha256, receivedAs, kind?, slug? }` (lines from read-source.ts).
 * Output: `{ slug, layout, manifest, todos }` — `manifest` a plain object in the manifest's field order,
 *   `todos` the TODO strings in it; `manifestYaml(draft)` the YAML text to write (the layout's evidence
 *   as comments above `layout`). Never throws.
 */
import { pinyin } from 'pinyin-pro';
import { Document, isMap, isScalar } from 'yaml';
import type { SourceLine } from '../shared/types.ts';
import { endsSentence, visualWidth } from '../layouts/line-shape.ts';
import { mapCharacters } from '../chars/index.ts';
import { normaliseText } from '../text/normalise-text.ts';
import { detectLayout, type DetectedLayout } from './detect-layout.ts';
import { documentGenres, writingGenres, sourceKindSchema } from '../../content-model/schemas/claim.ts';

export type SourceKind = (typeof sourceKindSchema.options)[number];

export interface DraftInput {
  lines: readonly SourceLine[];
  sha256: string;
  receivedAs: string;
  kind?: SourceKind | undefined;
  slug?: string | undefined;
}

export interface Draft {
  slug: string;
  layout: DetectedLayout;
  manifest: Record<string, unknown>;
  todos: string[];
}

/** The longest a title line may be, in em: a longer first line is body text. */
const TITLE_MAX_WIDTH = 40;
const DOI = /\b(10\.\d{4,9}\/[^\s，。；、）)\]]+)/u;
const DATELINE = /^[（(]\s*(\d{4})年(\d{1,2})月(\d{1,2})日[\s\u3000，,、]*([^）)]*?)\s*[）)]$/u;
const DATE_IN_TEXT = /\d{4}年\d{1,2}月(?:\d{1,2}日)?/u;

/**
 * A slug proposed from the title: its pinyin without tones, at most six syllables (`示例组织成员国元首理事会示例宣言`
 * → `shi-li-zu-zhi-cheng-yuan`), Latin words lower-cased; `source` when the title gives nothing.
 */
export function proposeSlug(title: string | undefined): string {
  if (title === undefined) return 'source';
  const words = pinyin(title, { toneType: 'none', nonZh: 'consecutive', type: 'array', v: true })
    .flatMap((token) => token.toLowerCase().split(/[^a-z0-9]+/u))
    .filter((w) => w.length > 0)
    .slice(0, 6);
  return words.length === 0 ? 'source' : words.join('-');
}

const two = (n: string) => n.padStart(2, '0');

export function draftManifest(input: DraftInput): Draft {
  const { lines, kind } = input;
  const todos: string[] = [];
  const todo = (text: string) => {
    const value = `TODO ${text}`;
    todos.push(value);
    return value;
  };
  const layout = detectLayout(lines, kind);
  const text = lines.filter((l) => l.text.trim() !== '');
  const first = text[0];
  const second = text[1];
  const bibliography: Record<string, unknown> = {};
  const roles: Record<string, unknown>[] = [];

  // `# 扩员后…应对\*` (chen-zeng-2019-guoji-zhanwang L3): the Markdown heading marks and the escaped note mark
  // are not the title; the value is the title as it will be published (character maps and text stages:
  // `智库圆桌(第54期·总343期)` → `智库圆桌（第54期·总343期）`), which the normaliser checks the title hint against.
  const rawTitle = first?.text.replace(/^#{1,6}\s+/u, '').replace(/\\?\*+$/u, '').trim();
  const titleText = rawTitle === undefined ? undefined : normaliseText([mapCharacters(rawTitle)], {});
  // `【内容提要】…` (sun-zhuangzhi-sco-community L1) labels front matter: no title.
  const hasTitle =
    first !== undefined && titleText !== undefined && titleText !== '' && !/^【/u.test(titleText) && visualWidth(titleText) <= TITLE_MAX_WIDTH && !endsSentence(titleText);
  if (hasTitle) {
    bibliography['title'] = { value: titleText, basis: 'stated', evidence: `L${first.no}` };
    roles.push({ role: 'title', lines: [first.no, first.no], reason: 'The title, on the first line of the text.', note: '标题，在原文第一行。' });
    const continued = second && visualWidth(second.text) <= 20 && !endsSentence(second.text) && !/\s/u.test(second.text.trim()) && !/^[—-]/u.test(second.text.trim());
    todos.push(
      `TODO the title: L${first.no} "${titleText}" is read as the title${continued ? `; it may continue on L${second.no} "${second.text.trim()}" (then give both lines to the title hint and the value)` : ''}; a column label or running header above it is no title`,
    );
  } else {
    bibliography['title'] = { value: todo('the title: the first line is not a title (too long, or it ends a sentence); write the title and add a title role hint on its lines'), basis: 'stated', evidence: todo('the title’s line(s), e.g. L3') };
  }
  let next = hasTitle ? second : first;
  if (hasTitle && second && /^[—-]{1,2}/u.test(second.text.trim()) && visualWidth(second.text) <= TITLE_MAX_WIDTH) {
    bibliography['subtitle'] = { value: second.text.trim(), basis: 'stated', evidence: `L${second.no}` };
    roles.push({ role: 'subtitle', lines: [second.no, second.no], reason: 'The subtitle, under the title, opening with a dash.', note: '副标题，位于标题之下，以破折号开头。' });
    next = text[2];
  }

  bibliography['authors'] = [];
  const dateline = kind === 'official-document' && next ? DATELINE.exec(next.text.trim()) : null;
  if (dateline && next) {
    const [, year, month, day, place] = dateline;
    bibliography['date'] = { value: `${year}-${two(month!)}-${two(day!)}`, basis: 'stated', evidence: `L${next.no}` };
    if (place) bibliography['place'] = { value: place, basis: 'stated', evidence: `L${next.no}` };
    roles.push({ role: 'front-matter', lines: [next.no, next.no], reason: 'The dateline: date and place of adoption, printed under the title.', note: '标题下所印的通过日期和地点。' });
  } else if (kind !== 'official-document') {
    const byline = next && visualWidth(next.text) <= 20 && !endsSentence(next.text) && /\p{Script=Han}/u.test(next.text) ? next : undefined;
    todos.push(
      byline
        ? `TODO authors: L${byline.no} "${byline.text.trim()}" may be the byline; list each person (name, role, affiliation, each stated with its line) and add a byline role hint on it, or leave the list empty if the text names nobody`
        : 'TODO authors: no byline found near the title; list each person the text names as author, reporter or interviewee, with their lines',
    );
  }

  if (kind === undefined) bibliography['sourceKind'] = todo(`the source kind: one of ${sourceKindSchema.options.join(', ')}`);
  else bibliography['sourceKind'] = kind;
  const genres = kind === 'official-document' ? documentGenres : kind === undefined ? [...writingGenres, ...documentGenres] : writingGenres;
  bibliography['genre'] = todo(`the genre: one of ${genres.join(', ')}`);
  if (kind === 'official-document') {
    bibliography['issuer'] = { value: todo('the issuing body as the text names it (e.g. in the title or the first paragraph)'), basis: 'stated', evidence: todo('the line that names the issuing body, e.g. L1') };
    if (!dateline) todos.push('TODO the date and place of adoption: no dateline （YYYY年M月D日 地点） under the title; give them with their lines, or leave them out');
  }

  const doiLine = lines.find((l) => DOI.test(l.text));
  if (doiLine) bibliography['doi'] = { value: DOI.exec(doiLine.text)![1], basis: 'stated', evidence: `L${doiLine.no}` };
  const record = lines.find((l) => /文章编号|ISSN|CN\s*\d{2}-\d{4}/u.test(l.text));
  if (kind !== 'official-document') {
    todos.push(
      record
        ? `TODO venue, issue, date and pages: L${record.no} "${record.text.trim().slice(0, 60)}" records them; state what it prints, infer only what it implies (basis inferred, with a note for readers), leave out the rest`
        : 'TODO venue, issue, date and pages: give each the text states or implies, with its lines; leave out what it does not',
    );
    const dated = text.slice(0, 20).find((l) => DATE_IN_TEXT.test(l.text));
    if (dated && !bibliography['date']) todos.push(`TODO date: L${dated.no} mentions ${DATE_IN_TEXT.exec(dated.text)![0]}; is it the publication date?`);
  }

  const slug = input.slug ?? proposeSlug(hasTitle ? titleText : undefined);
  if (input.slug === undefined) todos.push(`TODO the slug "${slug}" was made from the title's pinyin: keep it or choose a shorter, readable one (lowercase words joined by hyphens; rename the .txt and this file's "file" with it)`);
  const span = text.length === 0 ? [1, 1] : [text[0]!.no, text.at(-1)!.no];
  const article = {
    slug,
    bibliography,
    segments: [span],
    segmentsReason: todo(`the file is read as one text, L${span[0]}–L${span[1]}: if it holds several texts, give each its own article and segments; if its lines are out of reading order, reorder them; then say why in a sentence`),
    roles,
  };
  if (!layout.certain) todos.push(`TODO the layout "${layout.layout}" was detected without a strong signal (see the comments above it): confirm or change it`);
  const manifest: Record<string, unknown> = {
    file: `${slug}.txt`,
    receivedAs: input.receivedAs,
    sha256: input.sha256,
    description: todo('describe the source in a sentence or two: what it is, where it comes from, how it was extracted and its artifacts'),
    layout: layout.layout,
    articles: [article],
    todo: todos,
  };
  return { slug, layout, manifest, todos };
}

/**
 * The draft as YAML: a header comment, the layout's evidence as comments above `layout`, block style
 * with flow style for line ranges (`[3, 3]`) as the committed manifests write them.
 */
export function manifestYaml(draft: Draft): string {
  const doc = new Document(draft.manifest);
  doc.commentBefore =
    ` Drafted by \`npm run source:add\`. Resolve every TODO (the \`todo\` list repeats them), delete the list,\n` +
    ` then \`npm run normalise -- --report\` and check the published text (README, "Adding a document").`;
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.value === 'layout') {
        pair.key.commentBefore = [' Layout detected from the text (src/normaliser/draft/detect-layout.ts):', ...draft.layout.evidence.map((e) => ` - ${e}`)].join('\n');
      }
    }
  }
  // Line ranges and segments in flow style, as the committed manifests write them.
  const flowRanges = (node: unknown): void => {
    if (node && typeof node === 'object' && 'items' in node) {
      const items = (node as { items: unknown[]; flow?: boolean }).items;
      const pairs = items.every((i) => isScalar(i) && typeof i.value === 'number');
      if (pairs && items.length === 2) (node as { flow?: boolean }).flow = true;
      for (const item of items) {
        flowRanges(item);
        if (item && typeof item === 'object' && 'value' in item) flowRanges((item as { value: unknown }).value);
      }
    }
  };
  flowRanges(doc.contents);
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
