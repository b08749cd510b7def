/**
 * routes.ts: the paths the site publishes, from real slugs and anchors of the corpus, and the values
 * that must not become URLs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  RouteError, articlePath, paragraphPath, articleSourcePath, rawLinePath, rawLineFromArticlePath, citationFilePath, searchHitPath,
  glossaryTermPath, timelineEventPath, timelineYearId, searchPath, searchDataBase, searchDataPaths, searchIndexShardPath, searchBlockChunkPath, citationStylePath,
  articleRawLinesPath, glossaryConcordancePath, concordanceArticleId, glossaryTermArticlesPath, timelineArticlePath, cataloguePath, aboutSourcesPagePath, searchTitleShardPath,
} from './routes.ts';

const han = 'han-lu-sco-international-cooperation';

test('article, paragraph, raw-line and citation-file paths', () => {
  assert.equal(articlePath(han), '/articles/han-lu-sco-international-cooperation/');
  assert.equal(paragraphPath('yu-hongjun-post-cold-war-order-and-sco', 'paot43s'), '/articles/yu-hongjun-post-cold-war-order-and-sco/#paot43s');
  assert.equal(articleSourcePath(han), '/articles/han-lu-sco-international-cooperation/source/');
  assert.equal(rawLinePath(han, 17), '/articles/han-lu-sco-international-cooperation/source/#L17');
  assert.equal(citationFilePath(han, 'cite.ris'), '/articles/han-lu-sco-international-cooperation/cite.ris');
  assert.equal(rawLineFromArticlePath(17), 'source/#L17');
  assert.equal(new URL(rawLineFromArticlePath(17), `https://h${articlePath(han)}`).pathname + '#L17', rawLinePath(han, 17));
  assert.throws(() => rawLineFromArticlePath(0), RouteError);
});

test('a search hit carries the query percent-encoded and the anchor as its fragment', () => {
  assert.equal(
    searchHitPath('yu-hongjun-post-cold-war-order-and-sco', '上合 组织&q=1', 'paot43s'),
    '/articles/yu-hongjun-post-cold-war-order-and-sco/?q=%E4%B8%8A%E5%90%88%20%E7%BB%84%E7%BB%87%26q%3D1#paot43s',
  );
  assert.equal(searchPath('“三股势力”'), '/search/?q=%E2%80%9C%E4%B8%89%E8%82%A1%E5%8A%BF%E5%8A%9B%E2%80%9D');
  assert.equal(searchPath(), '/search/');
  assert.equal(searchPath(''), '/search/');
});

test('glossary, timeline, search data and citation-style paths', () => {
  assert.equal(glossaryTermPath('three-evils'), '/glossary/three-evils/');
  assert.equal(timelineEventPath('2001-06-15-sco-founded'), '/timeline/#2001-06-15-sco-founded');
  assert.equal(timelineYearId(2001), 'y2001');
  const files = searchDataPaths(searchDataBase('3f2a9c0d1e4b5a6c'));
  assert.equal(files.manifest, '/search/data/3f2a9c0d1e4b5a6c/manifest.json');
  assert.equal(files.bundle, '/search/data/3f2a9c0d1e4b5a6c/blocks.json');
  assert.equal(files.blocks(han), '/search/data/3f2a9c0d1e4b5a6c/blocks/han-lu-sco-international-cooperation.json');
  assert.equal(citationStylePath('gb-t-7714-2015'), '/citation-styles/gb-t-7714-2015.json');
});

test('values that would make a broken or misdirected URL are refused', () => {
  for (const bad of ['', 'Han', '../etc', 'han/lu', 'han lu', 'han-', '韩璐', 'han?x']) {
    assert.throws(() => articlePath(bad), RouteError, bad);
  }
  assert.throws(() => paragraphPath(han, ''), RouteError);
  assert.throws(() => paragraphPath(han, 'p1#x'), RouteError);
  assert.throws(() => searchHitPath(han, 'q', '"><script>'), RouteError);
  assert.throws(() => rawLinePath(han, 0), RouteError);
  assert.throws(() => rawLinePath(han, 1.5), RouteError);
  assert.throws(() => searchDataBase('../x'), RouteError);
  assert.throws(() => timelineYearId(Number.NaN), RouteError);
});

test('an article\'s raw-lines file sits beside its page and its citation files', () => {
  assert.equal(articleRawLinesPath(han), '/articles/han-lu-sco-international-cooperation/raw-lines.json');
  assert.equal(new URL(articleRawLinesPath(han), 'https://h').pathname.startsWith(articlePath(han)), true);
  assert.throws(() => articleRawLinesPath('../etc'), RouteError);
  assert.throws(() => articleRawLinesPath(''), RouteError);
});

test('a search index shard lies under the search data folder, numbered; a number that is not a shard is refused', () => {
  const base = searchDataBase('3f2a9c0d1e4b5a6c');
  assert.equal(searchIndexShardPath(base, 0), '/search/data/3f2a9c0d1e4b5a6c/index/0.json');
  assert.equal(searchIndexShardPath(base, 4095), '/search/data/3f2a9c0d1e4b5a6c/index/4095.json');
  for (const bad of [-1, 1.5, Number.NaN]) assert.throws(() => searchIndexShardPath(base, bad), RouteError, String(bad));
});

test('a chunk of search blocks lies under the search data folder, numbered; a number that is not a chunk is refused', () => {
  const base = searchDataBase('3f2a9c0d1e4b5a6c');
  assert.equal(searchBlockChunkPath(base, 0), '/search/data/3f2a9c0d1e4b5a6c/chunks/0.json');
  assert.equal(searchBlockChunkPath(base, 56), '/search/data/3f2a9c0d1e4b5a6c/chunks/56.json');
  for (const bad of [-1, 0.5, Number.POSITIVE_INFINITY]) assert.throws(() => searchBlockChunkPath(base, bad), RouteError, String(bad));
});

test('concordance pages, per-article count pages and the timeline of one article', () => {
  assert.equal(glossaryConcordancePath('sco', 1), '/glossary/sco/');
  assert.equal(glossaryConcordancePath('sco', 2), '/glossary/sco/concordance/2/');
  assert.equal(glossaryConcordancePath('sco', 15, han), `/glossary/sco/concordance/15/#in-${han}`);
  assert.equal(glossaryConcordancePath('sco', 1, han), `/glossary/sco/#in-${han}`);
  assert.equal(concordanceArticleId(han), `in-${han}`);
  assert.equal(glossaryTermArticlesPath('sco'), '/glossary/sco/articles/1/');
  assert.equal(glossaryTermArticlesPath('sco', 3), '/glossary/sco/articles/3/');
  assert.equal(timelineArticlePath(han), `/timeline/?article=${han}`);
  for (const bad of [0, -1, 1.5, Number.NaN]) {
    assert.throws(() => glossaryConcordancePath('sco', bad), RouteError, String(bad));
    assert.throws(() => glossaryTermArticlesPath('sco', bad), RouteError, String(bad));
  }
  assert.throws(() => glossaryConcordancePath('Sco', 2), RouteError);
  assert.throws(() => glossaryConcordancePath('sco', 2, '../x'), RouteError);
  assert.throws(() => timelineArticlePath('a&b'), RouteError);
});

test('the catalogue and the source reports are paged: page 1 is the home page and /about/sources/, then numbered', () => {
  assert.equal(cataloguePath(1), '/');
  assert.equal(cataloguePath(3), '/catalogue/3/');
  assert.equal(aboutSourcesPagePath(1), '/about/sources/');
  assert.equal(aboutSourcesPagePath(12), '/about/sources/12/');
  for (const bad of [0, -1, 1.5, Number.NaN]) {
    assert.throws(() => cataloguePath(bad), RouteError);
    assert.throws(() => aboutSourcesPagePath(bad), RouteError);
  }
});

test('title shards of the search data', () => {
  assert.equal(searchTitleShardPath('/search/data/0123456789abcdef/', 3), '/search/data/0123456789abcdef/titles/3.json');
  assert.throws(() => searchTitleShardPath('/search/data/0123456789abcdef/', -1), RouteError);
  assert.throws(() => searchTitleShardPath('/search/data/0123456789abcdef/', 0.5), RouteError);
});
