/**
 * The search page's controller (pages/search.astro): reads the URL, runs the search, and renders the
 * total, the filters and sort, and the hits grouped by article. Browser module.
 *
 * The logic is in pure functions over plain data, unit-tested without a DOM (search-page.test.ts):
 * - `readFilters(search)`: the URL's query string → `{ filters, order, page }` (`?q=…&kind=journal&sort=document&page=2`
 *   → `{ filters: { kind: 'journal' }, order: 'document', page: 2 }`; unknown sorts are `relevance`, a
 *   missing or malformed page 1);
 * - `filterSearch(query, controls, page)`: the filter and sort controls' `{ name, value }` and the page →
 *   the query string the URL takes (`?q=…&article=…&page=2`; empty values, the default sort and page 1
 *   are left out);
 * - `filtersView(result, filters, order, manifest)`: the controls, one per facet (search/client/facets.ts)
 *   and the sort, each `{ name, label, options: [{ text, value, selected }] }` listing the values among
 *   the candidates with their counts (`全部（144）`, `期刊（12）`, `2001年（3）`; `至多 12` while the
 *   index's counts are upper bounds, `已载入 3` for sections, known only for loaded articles; at most
 *   `facetOptionLimit` values, the most frequent);
 * - `hitsView(query, result, shown, more, filters, order)`: `{ status, groups }`: the status line
 *   (`“上海精神”：共 144 处，见于 9 篇文献（筛选后 12 处）。已显示前 20 处。`) and per shown article its
 *   title, link (routes.ts `articlePath`), count (`12 处`, or `118 处（已显示 20 处）` for an article the
 *   page cuts) and its shown hits, each with its `data-ref` (`<slug>#<anchor>`),
 *   its link (routes.ts `searchHitPath`: the article page marks the occurrences there), the block's
 *   label (content-model/labels/block-label.ts) and the excerpt's segments (search/client/excerpt.ts);
 * - `focusStep(key)`: ArrowDown/j → 1, ArrowUp/k → −1, other keys 0; `nextFocus(at, step, count)`;
 * - `messages`: the status texts for an empty or meaningless query, no hits, and an index that failed.
 *
 * `startSearchPage(doc)` wires them to the page (`#search-results`, `#search-status`, `#search-hits`,
 * `#search-filters`, `#search-more`, the search forms): searches on load, on a form submitted on this
 * page (pushState, the URL a native submission would give; Back searches again: popstate), shows the
 * page of results the URL names (search/client/result-pages.ts: 20 hits a page; the text of the articles
 * shown is verified first, the rest only when asked for), and re-renders without
 * searching on a filter or sort change (replaceState, back to page 1) or on "显示更多结果" (replaceState
 * with `page` + 1; focus moves to the first new hit). All text is inserted as text nodes, never as HTML.
 * Pagefind, the manifest, blocks and Pagefind's answers per pair are loaded once per page and reused.
 * Errors: a failed load is logged to the console and reported in `#search-status` (`messages.unavailable`);
 * `startSearchPage` throws when the page lacks one of its elements.
 */
import { loadPagefind, pagefindStarted } from './pagefind.ts';
import type { PairCache } from './candidates.ts';
import { loadBlocks, loadChunk, loadManifest, loadShard, loadTitles, requestedBlocks } from './search-client.ts';
import { hitCount, resultIsExact, runSearch, type SearchResult } from './run-search.ts';
import { articlePasses, facetCounts, facetNames, filterHits, orderArticleHits, orderArticles, type Facet, type Filters, type Order } from './facets.ts';
import { pagePlan, shownCount, type ShownArticle } from './result-pages.ts';
import { excerptSegments, type ExcerptSegment } from './excerpt.ts';
import type { SearchManifest } from '../shared/types.ts';
import { tableArticles } from '../shared/article-table.ts';
import { blockLabel } from '../../content-model/labels/block-label.ts';
import { sourceKindLabels } from '../../content-model/labels/bibliography.ts';
import { siteName } from '../../lib/site.ts';
import { articlePath, searchFormAction, searchHitPath } from '../../routes.ts';

export const facetLabels: Record<Facet, string> = { article: '文章', author: '作者', kind: '来源类型', year: '年份', section: '小标题' };

export const messages = {
  empty: '请输入检索词。',
  meaningless: '检索词中没有文字或数字，请换一个检索词。',
  none: (query: string) => `没有找到包含“${query}”的段落。`,
  unavailable: '检索索引无法加载，暂时不能检索。',
} as const;

/** The document title while a query is shown. */
export function searchTitle(query: string): string {
  return `“${query}”的检索结果 — ${siteName}`;
}

/** How a facet's value is shown: an article's title, a source kind's name, `2001年`. */
export function valueLabel(facet: Facet, value: string, manifest: SearchManifest): string {
  if (facet === 'article') return tableArticles(manifest.articles).find((a) => a.slug === value)?.title ?? value;
  if (facet === 'kind') return sourceKindLabels[value as keyof typeof sourceKindLabels] ?? value;
  if (facet === 'year') return `${value}年`;
  return value;
}

/** The filters, order and page a URL's query string (`location.search`) names (`page`: a whole number ≥ 1, else 1). */
export function readFilters(search: string): { filters: Filters; order: Order; page: number } {
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  for (const facet of facetNames) {
    const value = params.get(facet);
    if (value) filters[facet] = value;
  }
  const page = Number(params.get('page'));
  return { filters, order: params.get('sort') === 'document' ? 'document' : 'relevance', page: Number.isSafeInteger(page) && page >= 1 ? page : 1 };
}

/** The query string (`?q=…&…`) for a query, the controls' current values and the page (left out when 1). */
export function filterSearch(query: string, controls: Iterable<{ name: string; value: string }>, page = 1): string {
  const next = new URLSearchParams({ q: query });
  for (const { name, value } of controls) {
    if (value && !(name === 'sort' && value === 'relevance')) next.set(name, value);
  }
  if (page > 1) next.set('page', String(page));
  return `?${next}`;
}

export interface OptionView {
  text: string;
  value: string;
  selected: boolean;
}

export interface ControlView {
  /** The `<select>`'s name: a facet or `sort`. */
  name: Facet | 'sort';
  label: string;
  options: OptionView[];
}

/**
 * At most this many values of a facet are offered (the most frequent; the selected one always): 100, and
 * 20 for the article facet, whose titles are fetched (search-client.ts `loadTitles`).
 */
export const facetOptionLimit = 100;
export const articleOptionLimit = 20;

/**
 * The articles whose titles a results page needs (their indexes in site order): those it shows, the
 * `articleOptionLimit` offered in the article filter, and the one the filter names.
 */
export function titlesNeeded(result: SearchResult, shown: readonly ShownArticle[], filters: Filters): number[] {
  const offered = new Set(facetCounts(result.articles, 'article').slice(0, articleOptionLimit).map((v) => v.value));
  return [...new Set([...shown.map((s) => s.article.index), ...result.articles.filter((a) => offered.has(a.article.slug) || a.article.slug === filters.article).map((a) => a.index)])];
}

export function filtersView(result: SearchResult, filters: Filters, order: Order, manifest: SearchManifest): ControlView[] {
  const exact = resultIsExact(result);
  const complete = result.articles.every((a) => a.hits !== undefined);
  const total = result.articles.reduce((sum, a) => sum + hitCount(a), 0);
  const sectionTotal = result.articles.reduce((sum, a) => sum + (a.hits?.length ?? 0), 0);
  const controls: ControlView[] = facetNames.map((facet) => {
    // Article-level counts come from the index (upper bounds until verified, unless exact); sections from
    // the verified hits only.
    const bound = facet === 'section' ? (complete ? '' : '已载入 ') : exact ? '' : '至多 ';
    const values = facetCounts(result.articles, facet);
    const limit = facet === 'article' ? articleOptionLimit : facetOptionLimit;
    const offered = values.filter((v, i) => i < limit || filters[facet] === v.value);
    return {
      name: facet,
      label: facetLabels[facet],
      options: [
        { text: `全部（${bound}${facet === 'section' ? sectionTotal : total}）`, value: '', selected: false },
        ...offered.map(({ value, count }) => ({ text: `${valueLabel(facet, value, manifest)}（${bound}${count}）`, value, selected: filters[facet] === value })),
      ],
    };
  });
  controls.push({
    name: 'sort',
    label: '排序',
    options: [
      { text: '按相关度', value: 'relevance', selected: order === 'relevance' },
      { text: '按文中顺序', value: 'document', selected: order === 'document' },
    ],
  });
  return controls;
}

export interface HitView {
  /** `<slug>#<anchor>`, the hit's `data-ref`. */
  ref: string;
  href: string;
  where: string;
  segments: ExcerptSegment[];
}

export interface GroupView {
  slug: string;
  title: string;
  href: string;
  count: string;
  hits: HitView[];
}

/**
 * The articles a page of results shows (search/client/result-pages.ts `pagePlan` over the filtered,
 * ordered candidates) once they are verified, as the status line and groups. The status says
 * `共 N 处，见于 M 篇文献` when the counts are exact, `至多 N 处，见于至多 M 篇文献` while they are the
 * index's upper bound, `（筛选后 K 处）` under filters, and `已显示前 S 处` when more pages remain.
 */
export function hitsView(query: string, result: SearchResult, shown: readonly ShownArticle[], more: boolean, filters: Filters, order: Order): { status: string; groups: GroupView[] } {
  const exact = resultIsExact(result);
  const total = result.articles.reduce((sum, a) => sum + hitCount(a), 0);
  const articleCount = result.articles.filter((a) => hitCount(a) > 0).length;
  const passing = result.articles.filter((a) => articlePasses(a.article, filters));
  const filteredTotal = passing.reduce((sum, a) => sum + shownCount(a, filters), 0);
  const filteredExact = exact && (filters.section === undefined || passing.every((a) => a.hits !== undefined));
  const filtered = !facetNames.some((f) => filters[f] !== undefined) || (filteredTotal === total && filteredExact === exact) ? '' : `（筛选后${filteredExact ? '' : '至多'} ${filteredTotal} 条）`;
  const groups: GroupView[] = shown.map(({ article: a, limit }) => {
    const all = orderArticleHits(filterHits(a.hits ?? [], filters), order);
    const hits = all.slice(0, limit);
    return {
      slug: a.article.slug,
      title: a.article.title ?? a.article.slug,
      href: articlePath(a.article.slug),
      count: hits.length < all.length ? `${all.length} 条（已显示 ${hits.length} 条）` : `${all.length} 条`,
      hits: hits.map((hit) => ({
        ref: `${hit.article.slug}#${hit.block.anchor}`,
        href: searchHitPath(hit.article.slug, query, hit.block.anchor),
        where: blockLabel(hit.block),
        segments: excerptSegments(hit.block.text, hit.ranges),
      })),
    };
  });
  const shownHits = groups.reduce((sum, g) => sum + g.hits.length, 0);
  const base = exact ? `“${query}”：共 ${total} 条，见于 ${articleCount} 篇文献` : `“${query}”：至多 ${total} 条，见于至多 ${articleCount} 篇文献`;
  return { status: `${base}${filtered}。${more ? `已显示前 ${shownHits} 条。` : ''}`, groups };
}

/** How far a key moves focus between result links: ArrowDown/j 1, ArrowUp/k −1, else 0. */
export function focusStep(key: string): -1 | 0 | 1 {
  return key === 'ArrowDown' || key === 'j' ? 1 : key === 'ArrowUp' || key === 'k' ? -1 : 0;
}

/** The index of the link to focus: `at + step`, kept within the `count` links. */
export function nextFocus(at: number, step: number, count: number): number {
  return Math.max(0, Math.min(count - 1, at + step));
}

function required(doc: Document, id: string): HTMLElement {
  const found = doc.getElementById(id);
  if (!found) throw new Error(`the search page has no #${id}`);
  return found;
}

export function startSearchPage(doc: Document = document): void {
  const win = doc.defaultView ?? window;
  const region = required(doc, 'search-results');
  const status = required(doc, 'search-status');
  const list = required(doc, 'search-hits');
  /** The filter and sort controls: a `<search>`, not a form (a change applies at once; nothing is submitted). */
  const filterForm = required(doc, 'search-filters');

  function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
    const node = doc.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // Pagefind, the manifest and blocks are loaded once per page (search/client/pagefind.ts,
  // search-client.ts), so that a second search on this page fetches only what is new; so are
  // Pagefind's answers per pair.
  const pairCache: PairCache = new Map();
  const more = required(doc, 'search-more') as HTMLButtonElement;
  /** The current query and its result, for the filter and sort controls and the next page. */
  let current: { query: string; result: SearchResult; manifest: SearchManifest } | undefined;

  function renderFilters(result: SearchResult, filters: Filters, order: Order, manifest: SearchManifest): void {
    filterForm.replaceChildren(
      ...filtersView(result, filters, order, manifest).map((control) => {
        const label = element('label', 'filter-control', control.label);
        const select = element('select', '');
        select.name = control.name;
        select.append(...control.options.map((o) => new Option(o.text, o.value, false, o.selected)));
        label.append(select);
        return label;
      }),
    );
    filterForm.hidden = false;
  }

  function renderHits(query: string, result: SearchResult, shown: readonly ShownArticle[], hasMore: boolean, filters: Filters, order: Order): void {
    const view = hitsView(query, result, shown, hasMore, filters, order);
    status.textContent = view.status;
    list.replaceChildren(
      ...view.groups.map((group) => {
        const item = element('li', 'group');
        const heading = element('h2', 'group__title');
        const title = element('a', '', group.title);
        title.href = group.href;
        heading.append(title, element('span', 'group__count', group.count));
        const hitList = element('ol', 'group__hits');
        hitList.append(
          ...group.hits.map((hit) => {
            const hitItem = element('li', 'hit');
            hitItem.dataset['ref'] = hit.ref;
            const link = element('a', 'hit__link');
            link.href = hit.href;
            link.append(element('span', 'hit__where', hit.where));
            const excerpt = element('span', 'hit__excerpt');
            for (const segment of hit.segments) excerpt.append(segment.mark ? element('mark', '', segment.text) : doc.createTextNode(segment.text));
            link.append(excerpt);
            hitItem.append(link);
            return hitItem;
          }),
        );
        item.append(heading, hitList);
        return item;
      }),
    );
  }

  list.addEventListener('keydown', (event) => {
    const links = [...list.querySelectorAll<HTMLAnchorElement>('.hit__link')];
    const at = links.indexOf(doc.activeElement as HTMLAnchorElement);
    if (at === -1) return;
    const step = focusStep(event.key);
    if (step === 0) return;
    event.preventDefault();
    links[nextFocus(at, step, links.length)]!.focus();
  });

  /** Incremented per search, so that a slower earlier search never overwrites a later one. */
  let latest = 0;

  /**
   * Renders the page of results the URL names (filters, order, page), verifying first the articles it
   * shows (search/client/result-pages.ts): the text of what is shown is fetched, not that of every hit.
   * Returns false when a later search has started meanwhile.
   */
  async function showPage(id: number, focusFrom?: number): Promise<boolean> {
    const { query, result, manifest } = current!;
    const { filters, order, page } = readFilters(win.location.search);
    const ordered = orderArticles(result.articles.filter((a) => articlePasses(a.article, filters)), order);
    let plan = pagePlan(ordered, filters, page);
    while (plan.pending.length > 0) {
      await result.verify(plan.pending);
      if (id !== latest) return false;
      plan = pagePlan(ordered, filters, page);
    }
    await loadTitles(manifest, titlesNeeded(result, plan.shown, filters));
    if (id !== latest) return false;
    if (resultIsExact(result) && result.articles.every((a) => hitCount(a) === 0)) {
      status.textContent = messages.none(query);
      filterForm.hidden = true;
      list.replaceChildren();
      more.hidden = true;
      return true;
    }
    renderFilters(result, filters, order, manifest);
    renderHits(query, result, plan.shown, plan.more, filters, order);
    more.hidden = !plan.more;
    if (focusFrom !== undefined) list.querySelectorAll<HTMLAnchorElement>('.hit__link')[focusFrom]?.focus();
    return true;
  }

  async function run(): Promise<void> {
    const id = ++latest;
    const query = (new URLSearchParams(win.location.search).get('q') ?? '').trim();
    for (const input of doc.querySelectorAll<HTMLInputElement>('input[name="q"]')) input.value = query;
    region.setAttribute('aria-busy', 'true');
    current = undefined;
    filterForm.hidden = true;
    more.hidden = true;
    list.replaceChildren();
    try {
      if (query === '') {
        status.textContent = messages.empty;
        return;
      }
      doc.title = searchTitle(query);
      const data = await loadManifest();
      const result = await runSearch(query, data, { loadBlocks, loadShard, loadChunk, pagefind: loadPagefind, pagefindStarted: pagefindStarted(), pairCache, loaded: requestedBlocks() });
      if (id !== latest) return;
      if (result.groups.length === 0) {
        status.textContent = messages.meaningless;
        return;
      }
      if (result.articles.length === 0) {
        status.textContent = messages.none(query);
        return;
      }
      current = { query, result, manifest: data };
      await showPage(id);
    } catch (error) {
      console.error(error);
      if (id === latest) status.textContent = messages.unavailable;
    } finally {
      if (id === latest) region.setAttribute('aria-busy', 'false');
    }
  }

  /** Re-renders after a filter, sort or page change (verifying what the new page shows), keeping the URL. */
  async function update(search: string, focusFrom?: number): Promise<void> {
    if (!current) return;
    const id = ++latest;
    win.history.replaceState(null, '', search);
    region.setAttribute('aria-busy', 'true');
    try {
      await showPage(id, focusFrom);
    } catch (error) {
      console.error(error);
      if (id === latest) status.textContent = messages.unavailable;
    } finally {
      if (id === latest) region.setAttribute('aria-busy', 'false');
    }
  }

  filterForm.addEventListener('change', () => {
    if (!current) return;
    void update(filterSearch(current.query, filterForm.querySelectorAll('select')));
  });

  more.addEventListener('click', () => {
    if (!current) return;
    const { page } = readFilters(win.location.search);
    const shownBefore = list.querySelectorAll('.hit__link').length;
    void update(filterSearch(current.query, filterForm.querySelectorAll('select'), page + 1), shownBefore);
  });

  // A new query typed on this page is searched in place (the index and data already loaded are reused);
  // the URL changes as the form's own submission would change it (its action, the form-encoded query),
  // and Back returns to the previous search.
  for (const form of doc.querySelectorAll<HTMLFormElement>(`form[role="search"][action="${searchFormAction}"]`)) {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const q = new FormData(form).get('q')?.toString().trim() ?? '';
      win.history.pushState(null, '', `${searchFormAction}?${new URLSearchParams({ q })}`);
      void run();
    });
  }
  win.addEventListener('popstate', () => void run());

  void run();
}
