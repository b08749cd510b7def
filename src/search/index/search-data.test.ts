/** Unit tests of the search data made at build time. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync, gzipSync } from 'node:zlib';
import { searchBlockChunks, searchBlocks, searchBlocksBundleJson, searchBlocksJson, searchDataVersion, searchManifest, searchTitleShards } from './search-data.ts';
import { readsEveryArticle } from '../shared/search-plan.ts';
import type { CorpusArticle } from '../../content-model/corpus/read-corpus.ts';

const article: CorpusArticle = {
  slug: 'han',
  title: '上海合作组织国际合作的发展历程与前景展望',
  blocks: [
    { article: 'han', anchor: 'p1', kind: 'paragraph', n: 1, text: '【内容提要】20余年来……' },
    { article: 'han', anchor: 'h1', kind: 'heading', text: '一　上海合作组织国际合作的原则与理念' },
    { article: 'han', anchor: 'p7', kind: 'paragraph', n: 7, text: '关于上海合作组织成员国之间的国际合作……' },
    { article: 'han', anchor: 'note-1', kind: 'note', n: 1, text: '《上海合作组织成立宣言》' },
  ],
};

test('each block carries the heading it stands under; blocks before the first heading carry none; notes are under 注释', () => {
  assert.deepEqual(searchBlocks(article), [
    { anchor: 'p1', kind: 'paragraph', n: 1, text: '【内容提要】20余年来……' },
    { anchor: 'h1', kind: 'heading', section: '一　上海合作组织国际合作的原则与理念', text: '一　上海合作组织国际合作的原则与理念' },
    { anchor: 'p7', kind: 'paragraph', n: 7, section: '一　上海合作组织国际合作的原则与理念', text: '关于上海合作组织成员国之间的国际合作……' },
    { anchor: 'note-1', kind: 'note', n: 1, section: '注释', text: '《上海合作组织成立宣言》' },
  ]);
});

test('the fold map covers the traditional forms of the characters the corpus uses; the fold sources are the characters of the corpus outside the plain-wide range', () => {
  const { t2s, foldSources } = searchManifest([article], [], [{ term: '上合組織（ＳＣＯ）', aliases: [], english: 'x', pinyin: 'x' }]);
  assert.equal(foldSources, '02…\u3000', '（ＳＣＯ） of the glossary are not block text; 【】 and 《》 fold as themselves');
  assert.equal(t2s['國'], '国');
  assert.equal(t2s['織'], '织');
  assert.equal(t2s['龍'], undefined, '龙 occurs nowhere, so 龍 is left out');
});

test('each article in the manifest carries its block count and the gzip size of its blocks file, not its title; an article outside the corpus throws', () => {
  const facets = { slug: 'han', title: 't', authors: ['韩璐'], sourceKind: 'journal', year: '2022' };
  const { articles, pagefindBytes } = searchManifest([article], [facets], []);
  const body = searchBlocksJson(article);
  assert.deepEqual(JSON.parse(body), searchBlocks(article));
  const size = articles.blocksBytes[0]!;
  assert.deepEqual({ ...articles, blocksBytes: [] }, { slugs: ['han'], counts: [4], blocksBytes: [], kinds: ['journal'], kind: [0], years: [2022], authorNames: ['韩璐'], authors: [[0]], titleShardSize: 32 });
  assert.ok(!JSON.stringify(articles).includes('"t"'), 'no title in the manifest');
  assert.equal(gunzipSync(gzipSync(body, { level: 6 })).toString(), body);
  assert.equal(size, gzipSync(body, { level: 6 }).length);
  assert.ok(size > 0 && size < Buffer.byteLength(body));
  assert.ok(pagefindBytes.cold > pagefindBytes.chunk);
  assert.throws(() => searchManifest([article], [{ ...facets, slug: 'gone' }], []), /article gone is not in the corpus/);
});

test('the bundle holds the blocks of every article by slug; it is built only while a first search reads every article', () => {
  const other: CorpusArticle = { slug: 'yu', title: '俞', blocks: [{ article: 'yu', anchor: 'p1', kind: 'paragraph', n: 1, text: '“上海精神”' }] };
  assert.deepEqual(JSON.parse(searchBlocksBundleJson([article, other])), { han: searchBlocks(article), yu: searchBlocks(other) });
  // Byte for byte what JSON.stringify of that object gives, in corpus order.
  assert.equal(searchBlocksBundleJson([other, article]), JSON.stringify({ yu: searchBlocks(other), han: searchBlocks(article) }));
  const facets = (slug: string) => ({ slug, title: slug, authors: [], sourceKind: 'journal' });
  assert.equal(readsEveryArticle(searchManifest([article, other], [facets('han'), facets('yu')], [])), true);
  // Blocks that gzip to more than Pagefind's cold cost (107 KB): a first search narrows, no bundle.
  let seed = 1;
  const random = () => String.fromCharCode(0x4e00 + (((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) % 20000));
  const big: CorpusArticle = { slug: 'big', title: '大', blocks: [{ article: 'big', anchor: 'p1', kind: 'paragraph', n: 1, text: Array.from({ length: 80_000 }, random).join('') }] };
  const manifest = searchManifest([big], [facets('big')], []);
  assert.ok(manifest.articles.blocksBytes[0]! > manifest.pagefindBytes.cold);
  assert.equal(readsEveryArticle(manifest), false);
});

test('the version is 16 hex digits of the files served, the same for the same files, and another when one character of a block or of the manifest changes', () => {
  const manifest = JSON.stringify(searchManifest([article], [{ slug: 'han', title: 't', authors: [], sourceKind: 'journal' }], []));
  const titles = searchTitleShards([{ slug: 'han', title: 't', authors: [], sourceKind: 'journal' }]);
  assert.deepEqual(titles, ['["t"]']);
  const files = { manifest, blocks: [['han', searchBlocksJson(article)]] as const, titles };
  const version = searchDataVersion(files);
  assert.match(version, /^[0-9a-f]{16}$/);
  assert.equal(searchDataVersion(structuredClone(files)), version);
  // One character of one block (the manifest's gzip size of it may well stay the same):
  assert.notEqual(searchDataVersion({ ...files, blocks: [['han', searchBlocksJson(article).replace('国际', '國际')]] }), version);
  // A title (not in the manifest any more):
  assert.notEqual(searchDataVersion({ ...files, titles: ['["u"]'] }), version);
  assert.notEqual(searchDataVersion({ ...files, manifest: manifest.replace('"journal"', '"book"') }), version);
  // The slug is hashed too: the same blocks under another name are another file.
  assert.notEqual(searchDataVersion({ ...files, blocks: [['han2', searchBlocksJson(article)]] }), version);
  // And the boundary between slug and body: "ab" + "c…" differs from "a" + "bc…".
  assert.notEqual(searchDataVersion({ ...files, blocks: [['a', 'bc']] }), searchDataVersion({ ...files, blocks: [['ab', 'c']] }));
});

test('block chunks hold the blocks in id order, each as its article file has it, the last one short', () => {
  const other: CorpusArticle = { slug: 'yu', title: 'y', blocks: [{ article: 'yu', anchor: 'p2', kind: 'paragraph', n: 2, text: '上合组织' }] };
  const chunks = searchBlockChunks([article, other], 3);
  assert.equal(chunks.length, 2);
  assert.deepEqual(chunks.map((c) => JSON.parse(c)), [searchBlocks(article).slice(0, 3), [...searchBlocks(article).slice(3), ...searchBlocks(other)]]);
  assert.ok(searchBlocksJson(article).startsWith(chunks[0]!.slice(0, -1)), 'the same serialisation as the article file');
});
