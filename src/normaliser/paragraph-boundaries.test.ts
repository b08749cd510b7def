/**
 * Paragraph boundaries as a tested property: where each citable unit begins and ends, not only that its
 * text is present.
 *
 * - Every article's outline (report/paragraph-outline.ts: number, permalink id, raw lines, print page,
 *   first characters of every block) equals the reviewed fixture in tests/fixtures/paragraphs/. A change
 *   in paragraphing fails here until `npm run outlines` is run and its diff reviewed and committed.
 * - The Markdown source (chen-zeng-2019-guoji-zhanwang: one paragraph per raw line) publishes each body
 *   line as exactly one paragraph, except the continuations across a page's note block named below, each
 *   of which ends mid-sentence before the `---` and resumes after the notes.
 * - The boundaries the units-and-citations issue found merged stand as paragraphs of their own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCollection } from './build-collection.ts';
import type { NormalisedArticle } from './normalise-source.ts';
import { paragraphOutline } from './report/paragraph-outline.ts';
import { stripAnchors } from './inline/anchors.ts';
import { endsSentence } from './layouts/line-shape.ts';
import { contentDir } from '../content-model/files/content-dir.ts';

const articles = new Map<string, NormalisedArticle>();
buildCollection(join(contentDir, 'sources'), () => {}, (article) => articles.set(article.slug, article));
const fixtures = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'paragraphs');

test('every article has a reviewed paragraph outline, and the normaliser still produces it', () => {
  assert.equal(articles.size, 8);
  for (const [slug, article] of articles) {
    const expected = readFileSync(join(fixtures, `${slug}.txt`), 'utf8');
    assert.equal(paragraphOutline(article.blocks), expected, `${slug}: paragraphing changed; run \`npm run outlines\` and review the diff`);
  }
});

/**
 * chen-zeng-2019-guoji-zhanwang: the body lines that continue after a page's note block. The first line of
 * each pair ends mid-sentence (often mid-word) just before `---`; the second resumes after the notes.
 */
const MARKDOWN_CONTINUATIONS: readonly (readonly [number, number])[] = [
  [27, 35], [45, 53], [59, 69], [71, 81], [85, 93], [99, 107], [111, 125], [141, 153], [159, 171],
  [175, 189], [191, 209], [215, 229], [235, 247], [253, 263], [267, 273], [277, 285],
];

test('Markdown source: one paragraph per raw line, page-break continuations aside (each named)', () => {
  const raw = readFileSync(join(contentDir, 'sources', 'chen-zeng-2019-guoji-zhanwang.txt'), 'utf8').split(/\r?\n/u);
  const article = articles.get('chen-zeng-central-asian-members-expectations')!;
  const seen: (readonly [number, number])[] = [];
  for (const block of article.blocks.filter((b) => b.kind === 'paragraph')) {
    if (block.lines.length === 1) continue;
    assert.equal(block.lines.length, 2, `¶${block.n} (L${block.lines.join(',')}) joins more than one continuation`);
    const [first, second] = block.lines as [number, number];
    const pair = MARKDOWN_CONTINUATIONS.find(([a, b]) => a === first && b === second);
    assert.ok(pair, `¶${block.n} joins L${first} and L${second}, which is not a named page-break continuation`);
    assert.equal(endsSentence(raw[first - 1]!.replace(/<sup>([^<]*)<\/sup>/gu, '$1')), false, `L${first} ends a sentence, so it cannot continue`);
    assert.ok(raw.slice(first, second - 1).some((l) => /^-{3,}$/u.test(l.trim())), `no note block (---) between L${first} and L${second}`);
    seen.push(pair);
  }
  assert.deepEqual(seen, MARKDOWN_CONTINUATIONS, 'every named continuation is still published as one paragraph');
});

test('the boundaries found merged stand as paragraphs of their own', () => {
  const starts = (slug: string) => articles.get(slug)!.blocks.filter((b) => b.kind === 'paragraph').map((b) => stripAnchors(b.text));
  const chen = starts('chen-zeng-central-asian-members-expectations');
  for (const opening of ['从成立至今，上合组织成员国在凝聚共同价值', '世界主要行为体在中亚地区的竞争与合作', '哈萨克斯坦认为，', '第二，提升上合组织多边经济合作成效', '另一方面，加强与上合组织成员国间的公共外交', '第二，在打造安危共担的典范方面']) {
    assert.equal(chen.filter((p) => p.startsWith(opening)).length, 1, `陈亚州/曾向红: a paragraph begins 「${opening}」`);
  }
  const li = starts('li-jinfeng-interview-sco-community');
  for (const field of ['在政治合作方面', '在安全合作方面', '在区域经济合作方面', '在人文合作方面']) {
    assert.equal(li.filter((p) => p.startsWith(field)).length, 1, `李进峰访谈: a paragraph begins 「${field}」`);
  }
  const lai = starts('lai-yi-central-asia-expects-summit-results');
  for (const road of ['最“美”抗疫之路', '最“实”合作之路', '最“顺”沟通之路']) {
    assert.equal(lai.filter((p) => p.startsWith(road)).length, 1, `赖毅: a paragraph begins 「${road}」`);
  }
  for (const country of ['土库曼斯坦2021年上半年', '塔吉克斯坦2021年一季度', '吉尔吉斯斯坦经济', '哈萨克斯坦1月至7月', '乌兹别克斯坦2021年上半年']) {
    assert.equal(lai.filter((p) => p.startsWith(country)).length, 1, `赖毅: a paragraph begins 「${country}」`);
  }
});
