/**
 * The manifest draft (draft-manifest.ts) on the official-document fixture and on real sources: what the
 * text states is filled in with its line, everything else is a TODO the loader refuses, each named with
 * its line; resolving the TODOs the way README's "Adding a document" says gives a manifest that loads.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { readSource } from '../read-source.ts';
import { loadManifest } from '../load-manifest.ts';
import { NormaliseError } from '../shared/normalise-error.ts';
import { draftManifest, manifestYaml, proposeSlug } from './draft-manifest.ts';

const FIXTURES = new URL('../../../tests/fixtures/official-document/', import.meta.url).pathname;
const SOURCES = new URL('../../../content/sources/', import.meta.url).pathname;

function draftOf(dir: string, file: string, kind?: 'official-document' | 'journal', slug?: string) {
  const { lines, sha256 } = readSource(readFileSync(dir + file), file);
  return draftManifest({ lines, sha256, receivedAs: file, kind, slug });
}

test('an official document: title, dateline (date and place of adoption) and their role hints filled in with their lines', () => {
  const draft = draftOf(FIXTURES, 'example-declaration.txt', 'official-document', 'example-declaration');
  const article = (draft.manifest['articles'] as Record<string, any>[])[0]!;
  assert.deepEqual(article['bibliography'].title, { value: '示例组织成员国元首理事会示例宣言', basis: 'stated', evidence: 'L1' });
  assert.deepEqual(article['bibliography'].date, { value: '2026-01-10', basis: 'stated', evidence: 'L3' });
  assert.deepEqual(article['bibliography'].place, { value: '示例市', basis: 'stated', evidence: 'L3' });
  assert.deepEqual(article['roles'].map((r: { role: string; lines: number[] }) => [r.role, r.lines]), [['title', [1, 1]], ['front-matter', [3, 3]]]);
  assert.equal(draft.manifest['layout'], 'official-document');
  assert.equal(draft.manifest['sha256'], '0a6d892c56f604eff3f399214147adb3b4a9874be06963ce2a9de039eadf06b4');
});

test('the draft does not load until every TODO is resolved; each is named with its line', () => {
  const draft = draftOf(FIXTURES, 'example-declaration.txt', 'official-document', 'example-declaration');
  const yaml = manifestYaml(draft);
  assert.throws(
    () => loadManifest(yaml, 'example-declaration.yaml'),
    (error: unknown) => {
      assert.ok(error instanceof NormaliseError);
      assert.match(error.message, /^example-declaration\.yaml:\d+: description: unresolved TODO/u);
      assert.match(error.message, /\nexample-declaration\.yaml:\d+: articles\.0\.bibliography\.genre: TODO the genre/u);
      // every TODO is listed, each with its line (the todo list repeats them)
      for (const [i, todo] of draft.todos.entries()) assert.ok(error.message.includes(`: todo.${i}: ${todo}`), todo);
      return true;
    },
  );
});

test('resolved as README says (values chosen, todo list deleted), the draft loads', () => {
  const draft = draftOf(FIXTURES, 'example-declaration.txt', 'official-document', 'example-declaration');
  const manifest = parse(manifestYaml(draft)) as Record<string, any>;
  const article = manifest['articles'][0];
  manifest['description'] = 'A declaration written for the tests, one paragraph per line.';
  article.bibliography.genre = 'declaration';
  article.bibliography.issuer = { value: '示例组织成员国元首理事会', basis: 'stated', evidence: 'L1' };
  article.segmentsReason = 'The file holds one document, from its title (L1) to its last paragraph.';
  delete manifest['todo'];
  const loaded = loadManifest(stringify(manifest), 'example-declaration.yaml');
  assert.equal(loaded.articles[0]!.bibliography.genre, 'declaration');
});

test('a real journal article: its DOI stated with its line; the byline and the 文章编号 line named in TODOs, not filled in', () => {
  const draft = draftOf(SOURCES, 'chen-zeng-2019-guoji-zhanwang.txt', 'journal');
  const bibliography = (draft.manifest['articles'] as Record<string, any>[])[0]!['bibliography'];
  assert.deepEqual(bibliography.doi, { value: '10.13851/j.cnki.gjzw.201906005', basis: 'stated', evidence: 'L19' });
  assert.equal(bibliography.title.value, '扩员后中亚成员国对上海合作组织的期待及其应对');
  assert.deepEqual(bibliography.authors, []);
  assert.equal(bibliography.venue, undefined);
  assert.ok(draft.todos.some((t) => t.startsWith('TODO authors: L5 "陈亚州 曾向红" may be the byline')), draft.todos.join('\n'));
  assert.ok(draft.todos.some((t) => t.startsWith('TODO venue, issue, date and pages: L17 ')), draft.todos.join('\n'));
});

test('a title over two lines is flagged, not guessed (han-lu-sco-international-cooperation L1–L2)', () => {
  const draft = draftOf(SOURCES, 'han-lu-sco-international-cooperation.txt', 'journal');
  assert.ok(draft.todos.some((t) => /L1 "上海合作组织国际合作的" is read as the title; it may continue on L2 "发展历程与前景展望"/u.test(t)), draft.todos.join('\n'));
});

test('slugs from the title’s pinyin, at most six syllables', () => {
  assert.equal(proposeSlug('示例组织成员国元首理事会示例宣言'), 'shi-li-zu-zhi-cheng-yuan');
  assert.equal(proposeSlug('SCO 20 年'), 'sco-20-nian');
  assert.equal(proposeSlug(undefined), 'source');
});
