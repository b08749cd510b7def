/**
 * The search page's controller (pages/search.astro): reads the URL, runs the search, and renders the
 * total, the filters and sort, and the hits grouped by article. Browser module.
 *
 * The logic is in pure functions over plain data, unit-tested without a DOM (search-page.test.ts):
 * - `readFilters(search)`: the URL's query string → `{ filters, order }` (`?q=…&kind=journal&sort=document`
 *   → `{ filters: { kind: 'journal' }, order: 'document' }`; unknown sorts are `relevance`);
 * - `filterSearch(query, controls)`: the filter and sort controls' `{ name, value }` → the query string
 *   the URL takes (`?q=…&article=…`; empty values and the default sort are left out);
 * - `filtersView(hits, filters, order, manifest)`: the controls, one per facet (search/client/facets.ts)
 *   and the sort, each `{ name, label, options: [{ text, value, selected }] }` listing the values among
 *   the hits with their counts (`全部（144）`, `期刊论文（12）`, `2001年（3）`);
 * - `hitsView(query, hits, filters, order, manifest)`: `{ status, groups }`: the status line
 *   (`“上海精神”：共 144 处，见于 9 篇文献（筛选后 12 处）。`) and per article its title, link
 *   (routes.ts `articlePath`), count (`12 处`) and hits, each with its `data-ref` (`<slug>#<anchor>`),
 *   its link (routes.ts `searchHitPath`: the article page marks the occurrences there), the block's
 *   label (content-model/labels/block-label.ts) and the excerpt's segments (search/client/excerpt.ts);
 * - `focusStep(key)`: ArrowDown/j → 1, ArrowUp/k → −1, other keys 0; `nextFocus(at, step, count)`;
 * - `messages`: the status texts for an empty or meaningless query, no hits, and an index that failed.
 *
 * `startSearchPage(doc)` wires them to the page (`#search-results`, `#search-status`, `#search-hits`,
 * `#search-filters`, the search forms): searches on load, on a form submitted on this page (pushState,
 * the URL a native submission would give; Back searches again: popstate) and re-renders without
 * searching on a filter change (replaceState). All text is inserted as text nodes, never as HTML.
 * Pagefind, the manifest, blocks and Pagefind's answers per pair are loaded once per page and reused.
 * Errors: a failed load is logged to the console and reported in `#search-status` (`messages.unavailable`);
 * `startSearchPage` throws when the page lacks one of its elements.
 */
import { loadPagefind, pagefindStarted } from './pagefind.ts';
import type { PairCache } from './candidates.ts';
import { loadBlocks, loadChunk, loadManifest, loadShard, requestedBlocks } from './search-client.ts';
import { runSearch, type SearchHit } from './run-search.ts';
import { facetNames, facetValues, filterHits, orderHits, type Facet, type Filters, type Order } from './facets.ts';
import { excerptSegments, type ExcerptSegment } from './excerpt.ts';
import type { SearchManifest } from '../shared/types.ts';
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
  if (facet === 'article') return manifest.articles.find((a) => a.slug === value)?.title ?? value;
  if (facet === 'kind') return sourceKindLabels[value as keyof typeof sourceKindLabels] ?? value;
  if (facet === 'year') return `${value}年`;
  return value;
}

/** The filters and order a URL's query string (`location.search`) names. */
export function readFilters(search: string): { filters: Filters; order: Order } {
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  for (const facet of facetNames) {
    const value = params.get(facet);
    if (value) filters[facet] = value;
  }
  return { filters, order: params.get('sort') === 'document' ? 'document' : 'relevance' };
}

/** The query string (`?q=…&…`) for a query and the controls' current values. */
export function filterSearch(query: string, controls: Iterable<{ name: string; value: string }>): string {
  const next = new URLSearchParams({ q: query });
  for (const { name, value } of controls) {
    if (value && !(name === 'sort' && value === 'relevance')) next.set(name, value);
  }
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

export function filtersView(all: readonly SearchHit[], filters: Filters, order: Order, manifest: SearchManifest): ControlView[] {
  const controls: ControlView[] = facetNames.map((facet) => ({
    name: facet,
    label: facetLabels[facet],
    options: [
      { text: `全部（${all.length}）`, value: '', selected: false },
      ...facetValues(all, facet).map(({ value, count }) => ({ text: `${valueLabel(facet, value, manifest)}（${count}）`, value, selected: filters[facet] === value })),
    ],
  }));
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

export function hitsView(query: string, all: readonly SearchHit[], filters: Filters, order: Order, manifest: SearchManifest): { status: string; groups: GroupView[] } {
  const shown = orderHits(filterHits(all, filters), order);
  const groups = new Map<string, SearchHit[]>();
  for (const hit of shown) groups.set(hit.article.slug, [...(groups.get(hit.article.slug) ?? []), hit]);
  const filtered = shown.length === all.length ? '' : `（筛选后 ${shown.length} 处）`;
  return {
    status: `“${query}”：共 ${all.length} 处，见于 ${new Set(all.map((h) => h.article.slug)).size} 篇文献${filtered}。`,
    groups: [...groups].map(([slug, hits]) => ({
      slug,
      title: manifest.articles.find((a) => a.slug === slug)?.title ?? slug,
      href: articlePath(slug),
      count: `${hits.length} 处`,
      hits: hits.map((hit) => ({
        ref: `${hit.article.slug}#${hit.block.anchor}`,
        href: searchHitPath(hit.article.slug, query, hit.block.anchor),
        where: blockLabel(hit.block),
        segments: excerptSegments(hit.block.text, hit.ranges),
      })),
    })),
  };
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
  /** The current query and its hits (before filtering), for the filter and sort controls. */
  let current: { query: string; hits: SearchHit[]; manifest: SearchManifest } | undefined;

  function renderFilters(all: readonly SearchHit[], filters: Filters, order: Order, manifest: SearchManifest): void {
    filterForm.replaceChildren(
      ...filtersView(all, filters, order, manifest).map((control) => {
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

  function renderHits(query: string, all: readonly SearchHit[], filters: Filters, order: Order, manifest: SearchManifest): void {
    const view = hitsView(query, all, filters, order, manifest);
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

  async function run(): Promise<void> {
    const id = ++latest;
    const query = (new URLSearchParams(win.location.search).get('q') ?? '').trim();
    for (const input of doc.querySelectorAll<HTMLInputElement>('input[name="q"]')) input.value = query;
    region.setAttribute('aria-busy', 'true');
    current = undefined;
    filterForm.hidden = true;
    list.replaceChildren();
    try {
      if (query === '') {
        status.textContent = messages.empty;
        return;
      }
      doc.title = searchTitle(query);
      const data = await loadManifest();
      const { groups, hits } = await runSearch(query, data, { loadBlocks, loadShard, loadChunk, pagefind: loadPagefind, pagefindStarted: pagefindStarted(), pairCache, loaded: requestedBlocks() });
      if (id !== latest) return;
      if (groups.length === 0) {
        status.textContent = messages.meaningless;
        return;
      }
      if (hits.length === 0) {
        status.textContent = messages.none(query);
        return;
      }
      current = { query, hits, manifest: data };
      const { filters, order } = readFilters(win.location.search);
      renderFilters(hits, filters, order, data);
      renderHits(query, hits, filters, order, data);
    } catch (error) {
      console.error(error);
      status.textContent = messages.unavailable;
    } finally {
      if (id === latest) region.setAttribute('aria-busy', 'false');
    }
  }

  filterForm.addEventListener('change', () => {
    if (!current) return;
    win.history.replaceState(null, '', filterSearch(current.query, filterForm.querySelectorAll('select')));
    const { filters, order } = readFilters(win.location.search);
    renderHits(current.query, current.hits, filters, order, current.manifest);
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
