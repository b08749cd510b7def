/**
 * Drafts of the same text as extractions differ: a manifest drafted from a transformed raw text must
 * publish the same blocks as the one drafted from the original. Transformations: CRLF line ends and a
 * BOM (chen-zeng-2019-guoji-zhanwang, zhiku-yuanzhuo-54-tianjin-summit), and the official-document
 * fixture's body paragraphs cut into lines of 12 characters (never right after 。？！), as a narrow page
 * would wrap them. Where a wrap cannot keep the blocks — zhiku-yuanzhuo-54-tianjin-summit's one-line
 * paragraphs cut at 30 characters read as a column, where a paragraph whose last line happens to be
 * full cannot be told from one that goes on — every block that comes out differently must hold a line
 * the review view flags (review/uncertain.ts), so the editor is pointed to it. Not covered yet: page
 * numbers moved to the top of the page.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readSource } from '../read-source.ts';
import { normaliseSource } from '../normalise-source.ts';
import { manifestSchema } from '../../content-model/schemas/manifest.ts';
import { draftManifest, type SourceKind } from './draft-manifest.ts';
import { stripAnchors } from '../inline/anchors.ts';
import { uncertainPlaces } from '../review/uncertain.ts';

const SOURCES = new URL('../../../content/sources/', import.meta.url).pathname;
const FIXTURES = new URL('../../../tests/fixtures/official-document/', import.meta.url).pathname;

/** The draft of `bytes`, TODOs resolved without touching the text, normalised: its blocks as `kind:text`. */
function published(bytes: Buffer, kind: SourceKind): string[] {
  return normalisedDraft(bytes, kind).blocks.map((b) => b.key);
}

/** The normalised draft of `bytes`: its blocks (`key` = `kind:text`, raw `lines`) and the review view's flagged lines. */
function normalisedDraft(bytes: Buffer, kind: SourceKind) {
  const { lines, sha256 } = readSource(bytes, 'x.txt');
  const draft = draftManifest({ lines, sha256, receivedAs: 'x.txt', kind, slug: 'x' });
  const manifest = structuredClone(draft.manifest) as Record<string, any>;
  delete manifest['todo'];
  manifest['description'] = 'transformed';
  const article = manifest['articles'][0];
  article.segmentsReason = 'The whole file, for the test.';
  article.bibliography.genre = kind === 'official-document' ? 'declaration' : 'commentary';
  delete article.bibliography.issuer;
  if (String(article.bibliography.title.value).startsWith('TODO')) {
    article.bibliography.title = { value: '（标题）', basis: 'stated', evidence: 'L1' };
    article.roles = article.roles.filter((r: { role: string }) => r.role !== 'title');
  }
  const parsed = manifestSchema.parse(manifest);
  const normalised = normaliseSource(bytes, parsed, 'x.yaml', 0);
  return {
    blocks: normalised.articles.flatMap((a) => a.blocks.map((b) => ({ key: `${b.kind}:${stripAnchors(b.text)}`, lines: b.lines }))),
    flagged: new Set(uncertainPlaces(lines, parsed, normalised).map((p) => p.line)),
  };
}

const crlfBom = (bytes: Buffer) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(bytes.toString('utf8').replace(/\n/gu, '\r\n'))]);

/** Each line from `from` (1-based) on longer than `width` characters cut into lines of `width`, a break never after 。？！. */
function rewrap(bytes: Buffer, width: number, from = 1): Buffer {
  const out: string[] = [];
  for (const [i, line] of bytes.toString('utf8').split('\n').entries()) {
    if (i + 1 < from) {
      out.push(line);
      continue;
    }
    const chars = [...line];
    let start = 0;
    while (chars.length - start > width) {
      let end = start + width;
      while (end < chars.length && /[。？！?!”）]/u.test(chars[end - 1]!)) end += 1;
      if (end >= chars.length) break;
      out.push(chars.slice(start, end).join(''));
      start = end;
    }
    out.push(chars.slice(start).join(''));
  }
  return Buffer.from(out.join('\n'));
}

for (const [file, kind] of [['chen-zeng-2019-guoji-zhanwang.txt', 'journal'], ['zhiku-yuanzhuo-54-tianjin-summit.txt', 'roundtable']] as const) {
  test(`${file}: CRLF line ends and a BOM change no published block`, () => {
    const bytes = readFileSync(SOURCES + file);
    assert.deepEqual(published(crlfBom(bytes), kind), published(bytes, kind));
  });
}

test('the official-document fixture with its body wrapped at 12 characters publishes the same blocks', () => {
  const bytes = readFileSync(FIXTURES + 'example-declaration.txt');
  const wrapped = rewrap(bytes, 12, 5);
  assert.ok(wrapped.toString('utf8').split('\n').length > bytes.toString('utf8').split('\n').length + 5, 'the rewrap made more lines');
  assert.deepEqual(published(wrapped, 'official-document'), published(bytes, 'official-document'));
});

test('zhiku-yuanzhuo-54-tianjin-summit wrapped at 30 characters: every block that comes out differently is flagged for review', () => {
  const bytes = readFileSync(SOURCES + 'zhiku-yuanzhuo-54-tianjin-summit.txt');
  const original = new Set(published(bytes, 'roundtable'));
  const wrapped = normalisedDraft(rewrap(bytes, 30), 'roundtable');
  const different = wrapped.blocks.filter((b) => !original.has(b.key));
  assert.ok(wrapped.blocks.length - different.length > wrapped.blocks.length / 2, 'most blocks survive the wrap');
  const unflagged = different.filter((b) => !b.lines.some((no) => wrapped.flagged.has(no)));
  assert.deepEqual(unflagged.map((b) => b.key.slice(0, 40)), []);
});
