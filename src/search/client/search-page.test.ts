/** Unit tests of the search page's controller: URL ↔ filters, the controls and results it renders, keys. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { filterSearch, filtersView, focusStep, hitsView, messages, nextFocus, readFilters, searchTitle, startSearchPage, titlesNeeded, valueLabel } from './search-page.ts';
import { hitCount, type CandidateArticle, type SearchHit, type SearchResult } from './run-search.ts';
import type { SearchManifest } from '../shared/types.ts';
import { encodeArticleTable, setTitles } from '../shared/article-table.ts';

const yu = { slug: 'yu-hongjun-post-cold-war-order-and-sco', title: '冷战后', authors: ['于洪君'], sourceKind: 'newspaper', year: '2021', order: 0, blocksBytes: 1 };
const han = { slug: 'han-lu-sco-international-cooperation', title: '国际合作', authors: ['韩璐'], sourceKind: 'journal', order: 400, blocksBytes: 1 };
const manifest: SearchManifest = {
  articles: encodeArticleTable([yu, han].map((a) => ({ ...a, count: 9 }))),
  t2s: {},
  foldSources: '',
  glossary: [],
  pagefindBytes: { cold: 1, chunk: 1 },
};
// The titles as search-client.ts loadTitles records them from a title shard.
setTitles(manifest.articles, 0, [yu.title, han.title]);
const hit = (article: SearchHit['article'], position: number, text: string, ranges: [number, number][], section?: string): SearchHit => ({
  article,
  block: { anchor: `p${position}`, kind: 'paragraph', n: position, text, ...(section ? { section } : {}) },
  ranges,
  position,
});
const hits = [hit(yu, 1, '上海精神', [[0, 2]]), hit(yu, 5, '又见上海', [[2, 4]]), hit(han, 2, '上海与上海', [[0, 2], [3, 5]], '一　原则')];
/** A verified result of these hits (as every query on today's corpus: its candidates fit the eager budget). */
function resultOf(list: SearchHit[], exactCandidates = false): SearchResult {
  const articles: CandidateArticle[] = [];
  for (const h of list) {
    const a = articles.find((c) => c.article === h.article) ?? (articles.push({ index: articles.length, article: h.article, candidates: 0, positions: [], hits: [] }), articles.at(-1)!);
    a.hits!.push(h);
    a.positions.push(h.position);
    a.candidates++;
  }
  return { groups: [], articles, exactCandidates, verify: async () => {} };
}
/** Every article shown whole. */
const all = (result: SearchResult) => result.articles.map((article) => ({ article, limit: hitCount(article) }));

test('the URL names the filters and the order; anything but sort=document is relevance', () => {
  assert.deepEqual(readFilters('?q=%E4%B8%8A%E6%B5%B7&kind=journal&sort=document&page=3&bogus=1'), { filters: { kind: 'journal' }, order: 'document', page: 3 });
  assert.deepEqual(readFilters('?q=x&article=&sort=other&page=0'), { filters: {}, order: 'relevance', page: 1 });
  assert.equal(readFilters('?page=2.5').page, 1);
  assert.equal(readFilters('?page=-1').page, 1);
  assert.deepEqual(readFilters(''), { filters: {}, order: 'relevance', page: 1 });
});

test('the controls give the URL: empty values and the default sort are left out, the query is form-encoded', () => {
  const controls = [
    { name: 'article', value: han.slug },
    { name: 'author', value: '' },
    { name: 'sort', value: 'relevance' },
  ];
  assert.equal(filterSearch('上海 精神', controls), `?q=%E4%B8%8A%E6%B5%B7+%E7%B2%BE%E7%A5%9E&article=${han.slug}`);
  assert.equal(filterSearch('x', [{ name: 'sort', value: 'document' }]), '?q=x&sort=document');
  // What the URL says is what is read back.
  assert.deepEqual(readFilters(filterSearch('x', [{ name: 'year', value: '2021' }, { name: 'sort', value: 'document' }], 4)), { filters: { year: '2021' }, order: 'document', page: 4 });
  assert.equal(filterSearch('x', [], 1), '?q=x');
});

test('facet values are shown by name: article titles, source kinds, years', () => {
  assert.equal(valueLabel('article', han.slug, manifest), '国际合作');
  assert.equal(valueLabel('article', 'gone', manifest), 'gone');
  assert.equal(valueLabel('kind', 'journal', manifest), '期刊');
  assert.equal(valueLabel('kind', 'other', manifest), 'other');
  assert.equal(valueLabel('year', '2021', manifest), '2021年');
  assert.equal(valueLabel('author', '韩璐', manifest), '韩璐');
});

test('one control per facet and the sort, each value with its count, the URL\'s choice selected', () => {
  const controls = filtersView(resultOf(hits), { kind: 'journal' }, 'document', manifest);
  assert.deepEqual(controls.map((c) => [c.name, c.label]), [
    ['article', '文章'],
    ['author', '作者'],
    ['kind', '来源类型'],
    ['year', '年份'],
    ['section', '小标题'],
    ['sort', '排序'],
  ]);
  const kind = controls.find((c) => c.name === 'kind')!;
  assert.deepEqual(kind.options, [
    { text: '全部（3）', value: '', selected: false },
    { text: '报纸（2）', value: 'newspaper', selected: false },
    { text: '期刊（1）', value: 'journal', selected: true },
  ]);
  assert.deepEqual(controls.find((c) => c.name === 'year')!.options.map((o) => o.text), ['全部（3）', '2021年（2）']);
  assert.deepEqual(controls.at(-1)!.options, [
    { text: '按相关度', value: 'relevance', selected: false },
    { text: '按文中顺序', value: 'document', selected: true },
  ]);
});

test('hits are grouped by article, each linking to its block with the query, with the excerpt marked', () => {
  const result = resultOf(hits);
  const view = hitsView('上海', result, all(result), false, {}, 'relevance');
  assert.equal(view.status, '“上海”：共 3 条，见于 2 篇文献。');
  // Relevance: the article with more blocks first.
  assert.deepEqual(view.groups.map((g) => [g.slug, g.title, g.href, g.count]), [
    [yu.slug, '冷战后', `/articles/${yu.slug}/`, '2 条'],
    [han.slug, '国际合作', `/articles/${han.slug}/`, '1 条'],
  ]);
  const first = view.groups[1]!.hits[0]!;
  assert.equal(first.ref, `${han.slug}#p2`);
  assert.equal(first.href, `/articles/${han.slug}/?q=%E4%B8%8A%E6%B5%B7#p2`);
  assert.equal(first.where, '第2段');
  assert.deepEqual(first.segments, [
    { text: '上海', mark: true },
    { text: '与', mark: false },
    { text: '上海', mark: true },
  ]);
});

test('filtering narrows the hits shown and says so; the total stays', () => {
  const result = resultOf(hits);
  const view = hitsView('上海', result, all(result).slice(0, 1), false, { author: '于洪君' }, 'document');
  assert.equal(view.status, '“上海”：共 3 条，见于 2 篇文献（筛选后 2 条）。');
  assert.deepEqual(view.groups.map((g) => g.slug), [yu.slug]);
  assert.deepEqual(view.groups[0]!.hits.map((h) => h.ref), [`${yu.slug}#p1`, `${yu.slug}#p5`]);
});

test('while counts are the index\'s upper bounds the status and options say 至多; a page with more to come says how many are shown', () => {
  const result = resultOf(hits);
  const unverified: CandidateArticle = { index: 2, article: { ...han, slug: 'chen', title: '陈', order: 300, authors: ['陈亚州'] }, candidates: 30, positions: Array.from({ length: 30 }, (_, i) => i) };
  const open: SearchResult = { ...result, articles: [...result.articles, unverified] };
  const view = hitsView('上海', open, all(result), true, {}, 'document');
  assert.equal(view.status, '“上海”：至多 33 条，见于至多 3 篇文献。已显示前 3 条。');
  const kind = filtersView(open, {}, 'document', manifest).find((c) => c.name === 'kind')!;
  assert.deepEqual(kind.options.map((o) => o.text), ['全部（至多 33）', '期刊（至多 31）', '报纸（至多 2）']);
  const section = filtersView(open, {}, 'document', manifest).find((c) => c.name === 'section')!;
  assert.deepEqual(section.options.map((o) => o.text), ['全部（已载入 3）', '（无小标题）（已载入 2）', '一　原则（已载入 1）']);
  // Exact candidates (two-unit terms): no bound, although not every article is loaded.
  const exact = hitsView('上海', { ...open, exactCandidates: true }, all(result), true, { section: '一　原则' }, 'document');
  assert.equal(exact.status, '“上海”：共 33 条，见于 3 篇文献（筛选后至多 31 条）。已显示前 1 条。');
});

test('an article the page cuts shows its first hits and says how many of how many', () => {
  const result = resultOf(hits);
  const view = hitsView('上海', result, [{ article: result.articles[0]!, limit: 1 }], true, {}, 'document');
  assert.deepEqual(view.groups.map((g) => [g.slug, g.count, g.hits.map((h) => h.ref)]), [[yu.slug, '2 条（已显示 1 条）', [`${yu.slug}#p1`]]]);
  assert.equal(view.status, '“上海”：共 3 条，见于 2 篇文献。已显示前 1 条。');
});

test('titles are fetched for the articles shown, the article filter\'s options and the article it names', () => {
  const result = resultOf(hits);
  const shown = [{ article: result.articles[1]!, limit: 1 }];
  assert.deepEqual(titlesNeeded(result, shown, {}).sort(), [0, 1]);
  const many: SearchResult = {
    ...result,
    articles: Array.from({ length: 30 }, (_, i) => ({ index: i, article: { ...han, slug: `a${i}`, order: i }, candidates: 30 - i, positions: Array.from({ length: 30 - i }, (_, p) => p) })),
  };
  const needed = titlesNeeded(many, [], { article: 'a29' });
  // The 20 with most hits (a0…a19) and the one the filter names.
  assert.deepEqual(needed.sort((a, b) => a - b), [...Array.from({ length: 20 }, (_, i) => i), 29]);
});

test('a query with markup stays text: it is only percent-encoded into the link', () => {
  const payload = '<img src=x onerror=alert(1)>';
  const result = resultOf([hit(yu, 1, payload, [[0, payload.length]])]);
  const view = hitsView(payload, result, all(result), false, {}, 'relevance');
  assert.equal(view.status, `“${payload}”：共 1 条，见于 1 篇文献。`);
  assert.equal(view.groups[0]!.hits[0]!.href, `/articles/${yu.slug}/?q=${encodeURIComponent(payload)}#p1`);
});

test('arrow keys and j/k move focus within the list of links', () => {
  assert.deepEqual(['ArrowDown', 'j', 'ArrowUp', 'k', 'Enter', 'J'].map(focusStep), [1, 1, -1, -1, 0, 0]);
  assert.equal(nextFocus(0, 1, 3), 1);
  assert.equal(nextFocus(2, 1, 3), 2);
  assert.equal(nextFocus(0, -1, 3), 0);
});

test('status messages and the title', () => {
  assert.equal(messages.none('上海'), '没有找到包含“上海”的段落。');
  assert.match(searchTitle('上海'), /^“上海”的检索结果 — .+/u);
});

test('a page without the results region is refused before anything is wired', () => {
  const doc = { defaultView: {}, getElementById: () => null } as unknown as Document;
  assert.throws(() => startSearchPage(doc), /the search page has no #search-results/);
});
