/**
 * An official document from raw text to the published corpus: the two test fixtures
 * (tests/fixtures/official-document/, a declaration and a charter written for the tests) normalised with
 * their manifests, written as MDX and read back as the site reads it (content-model/corpus/read-corpus.ts):
 * every paragraph keeps its text and carries its clause label; every Han character is accounted for;
 * the frontmatter holds the issuing body, place and date of adoption as the manifest states them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadManifest } from './load-manifest.ts';
import { normaliseSource } from './normalise-source.ts';
import { writeArticle } from './mdx/write-article.ts';
import { readArticleBlocks } from '../content-model/corpus/read-corpus.ts';
import { articleFrontmatterSchema } from '../content-model/schemas/article.ts';
import { manifestSchema } from '../content-model/schemas/manifest.ts';

const FIXTURES = new URL('../../tests/fixtures/official-document/', import.meta.url).pathname;

function publish(name: string) {
  const manifest = loadManifest(readFileSync(FIXTURES + `${name}.yaml`, 'utf8'), `${name}.yaml`);
  const { articles, report } = normaliseSource(readFileSync(FIXTURES + manifest.file), manifest, `${name}.yaml`, 90);
  const article = articles[0]!;
  const mdx = writeArticle(article.frontmatter, article.blocks);
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  return { article, report, blocks: readArticleBlocks(article.slug, body) };
}

const paragraphs = (blocks: ReturnType<typeof publish>['blocks']) =>
  blocks.filter((b) => b.kind === 'paragraph').map((b) => [b.clause, b.text]);

test('the declaration: preamble, parts, a part opened by its numbered paragraph, sub-parts, a wrapped line joined', () => {
  const { blocks, report, article } = publish('example-declaration');
  assert.deepEqual(paragraphs(blocks), [
    [undefined, '（2026年1月10日　示例市）'],
    ['序言第1段', '示例组织成员国元首理事会于2026年1月10日在示例市举行会议。成员国元首总结了本组织的合作成果，声明如下：'],
    ['第一部分第1段', '成员国重申恪守本组织宪章的宗旨和原则，尊重彼此自主选择的发展道路。'],
    ['第一部分第2段', '成员国支持通过对话协商和平解决分歧，反对在国际关系中使用武力或以武力相威胁。'],
    ['第二部分第1段', '二、成员国认为，经济合作是本组织发展的重要基础。成员国将继续推进贸易和投资便利化。'],
    ['第二部分第2段', '成员国欢迎在本组织框架内开展数字经济合作，并愿为此制定合作路线图。'],
    ['第三部分（一）第1段', '成员国支持扩大留学生交流规模，2025年共有1.7万名学生参加交流项目。'],
    ['第三部分（二）第1段', '成员国商定于2027年举办第3届艺术节。'],
  ]);
  assert.deepEqual(blocks.filter((b) => b.kind === 'heading').map((b) => b.text), ['一、政治合作', '三、人文交流', '（一）教育', '（二）文化']);
  assert.deepEqual(report.han.unexplained, {});
  assert.deepEqual(report.han.added, {});
  const data = articleFrontmatterSchema.parse(article.frontmatter);
  assert.equal(data.sourceKind, 'official-document');
  assert.equal(data.genre, 'declaration');
  assert.deepEqual([data.issuer?.value, data.place?.value, data.date?.value], ['示例组织成员国元首理事会', '示例市', '2026-01-10']);
});

test('the charter: articles, their items （一） and a further paragraph, chapters as headings', () => {
  const { blocks, report } = publish('example-charter');
  assert.deepEqual(paragraphs(blocks), [
    ['第一条', '第一条　本组织的宗旨是：'],
    ['第一条第（一）项', '（一）加强成员国之间的相互信任与睦邻友好；'],
    ['第一条第（二）项', '（二）共同维护地区和平、安全与稳定。'],
    ['第二条', '第二条　成员国遵循相互尊重主权、独立和领土完整的原则。'],
    ['第三条', '第三条　元首理事会是本组织的最高决策机构。'],
    ['第三条第2款', '元首理事会每年举行一次例会。'],
  ]);
  assert.deepEqual(report.han.unexplained, {});
});

test('an official document takes a document genre, and a journal article cannot', () => {
  const manifest = loadManifest(readFileSync(FIXTURES + 'example-charter.yaml', 'utf8'), 'example-charter.yaml');
  const wrong = structuredClone(manifest) as { articles: { bibliography: { genre: string } }[] };
  wrong.articles[0]!.bibliography.genre = 'research-article';
  const result = manifestSchema.safeParse(wrong);
  assert.equal(result.success, false);
  assert.deepEqual(result.error!.issues.map((i) => i.path.join('.')), ['articles.0.bibliography.genre']);
});
