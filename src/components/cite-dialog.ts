/**
 * The cite dialog's controller (CiteDialog.astro's markup; the component's `<script>` calls
 * `mountCiteDialog`). Browser code, split in two so the logic runs under node:test without a browser:
 *
 * - `createCiteController(options)`: the dialog's state and behaviour without the DOM — which paragraph
 *   is open, formatting it in the chosen style (the style's JSON fetched once per key from
 *   `citationStylePath(key)`, routes.ts; citeproc-js loaded on first use from format-citation.ts, the
 *   site's one citation formatting path), what each copy button copies. It talks to the page through a
 *   `CiteView` (below); the tests give it a fake one.
 * - `mountCiteDialog(document, window)`: the DOM half — reads the items from `#cite-items`, shows the
 *   paragraphs' 引用 buttons, wires them, the style radios (remembered in localStorage) and the copy
 *   buttons to a controller, and implements `CiteView` on the dialog's elements.
 *
 * Input: the article's CSL-JSON item per style key (style-items.ts) as built, with the canonical URL;
 * they are cited from the page's own origin (`citedItems`, page-origin.ts).
 * Output: none (DOM and clipboard effects).
 * Errors: a style that fails to load or format shows `引文格式未能载入（…），请稍后重试。` in the entry;
 * a clipboard that refuses shows a message in the status line. Nothing throws.
 */
import type { CslItem } from '../citations/csl-item.ts';
import type { FormattedCitation, Locator } from '../citations/format-citation.ts';
import { onPageOrigin } from '../citations/page-origin.ts';
import { paragraphItem } from '../citations/paragraph-item.ts';
import { citationStylePath } from '../routes.ts';

/** A published style file, `/citation-styles/<key>.json` (written by pages/citation-styles/[key].json.ts). */
export interface StylePayload {
  key: string;
  label: string;
  citation: boolean;
  lang: string;
  style: unknown;
  locales: Record<string, unknown>;
}

/** The paragraph being cited, as the controller needs it (read from its `.para` element). */
export interface CitedParagraph {
  /** The element id, the permalink's fragment. */
  id: string;
  /** Its paragraph number (`data-n`); front matter (abstract, keywords) has none. */
  n?: string | undefined;
  /** What it is called when it has no number (`data-label`, e.g. 摘要). */
  label?: string | undefined;
  /** An official document's clause label (`data-clause`, e.g. 第三部分第5段), cited in place of the number. */
  clause?: string | undefined;
  /** The print page it is on, when known (`data-page`). */
  page?: string | undefined;
  /** Its own text, without number, controls, note references or page marks. */
  text(): string;
}

/** What the controller shows; `mountCiteDialog` implements it on the dialog's elements. */
export interface CiteView {
  /** The key of the checked style radio. */
  selectedStyle(): string;
  /** Shows a paragraph's heading (` · 第3段（原刊第5页）`) and permalink. */
  open(heading: string, permalink: string): void;
  /** Shows the dialog (modal). */
  present(): void;
  /** Formatting has begun: the entry shows `…`, the citation nothing. */
  pending(): void;
  /** The formatted citation; the in-text citation block shown only when the style has one worth showing. */
  show(formatted: FormattedCitation, showCitation: boolean): void;
  /** Formatting failed: the message shows in place of the entry. */
  failed(message: string): void;
  /** The status line (copy results). */
  status(text: string): void;
}

export type CopyKind = 'url' | 'citation' | 'entry' | 'text';

export interface CiteControllerOptions {
  /** The article's item per style key, already on the page's origin (`citedItems`). */
  items: Record<string, CslItem>;
  view: CiteView;
  /** Loads a style's JSON (default: `styleLoader(fetch)`). */
  loadStyle: (key: string) => Promise<StylePayload>;
  /** Loads the formatter (default: the dynamic import of format-citation.ts, its own chunk). */
  loadFormatter?: () => Promise<{
    formatCitation: (style: unknown, locales: Record<string, unknown>, lang: string, item: CslItem, locator?: Locator) => FormattedCitation;
  }>;
  /** Writes to the clipboard (default: `navigator.clipboard.writeText`). */
  writeText: (text: string) => Promise<void>;
  /** Today, the access date (default: `new Date()`). */
  now?: () => Date;
}

export interface CiteController {
  /** Opens the dialog for a paragraph and formats it in the selected style. */
  open(paragraph: CitedParagraph): void;
  /** Formats the open paragraph again (the style changed). */
  render(): void;
  /** Copies what a copy button stands for; `text` waits for the latest formatting. Resolves when done. */
  copy(kind: CopyKind): Promise<void>;
  /** The latest formatting (for tests and for `copy('text')`). */
  readonly rendering: Promise<void>;
}

/** The built items (canonical URL) as cited from this page: the same path on the page's own origin. */
export function citedItems(built: Record<string, CslItem>, origin: string): Record<string, CslItem> {
  return Object.fromEntries(Object.entries(built).map(([key, item]) => [key, { ...item, URL: onPageOrigin(item.URL, origin) }]));
}

/**
 * The dialog title's suffix: ` · 第3段（原刊第5页）`, an official document's clause (` · 第三部分第5段`), or
 * the label for front matter (` · 摘要`).
 */
export function paragraphHeading(paragraph: Pick<CitedParagraph, 'n' | 'label' | 'page' | 'clause'>): string {
  const { n, label, page, clause } = paragraph;
  return ` · ${clause ?? (n ? `第${n}段` : (label ?? ''))}${page ? `（原刊第${page}页）` : ''}`;
}

/**
 * The locator the in-text citation carries: an official document's clause as a section
 * (`{ label: 'section', locator: '第三部分第5段' }`: Chicago `sec. 第三部分第5段`, APA `Section …`), else
 * the paragraph number; front matter (abstract, keywords) has neither, so none.
 */
export function paragraphLocator(paragraph: Pick<CitedParagraph, 'n' | 'clause'>): Locator | undefined {
  if (paragraph.clause) return { label: 'section', locator: paragraph.clause };
  return paragraph.n ? { label: 'paragraph', locator: paragraph.n } : undefined;
}

/** Fetches each style's JSON once (`citationStylePath(key)`); a failed response rejects with its status. */
export function styleLoader(fetchFn: (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'json'>>): (key: string) => Promise<StylePayload> {
  const payloads = new Map<string, Promise<StylePayload>>();
  return (key) => {
    let payload = payloads.get(key);
    if (!payload) {
      payload = fetchFn(citationStylePath(key)).then((r) => {
        if (!r.ok) throw new Error(`${r.status}`);
        return r.json() as Promise<StylePayload>;
      });
      payloads.set(key, payload);
    }
    return payload;
  };
}

export function createCiteController(options: CiteControllerOptions): CiteController {
  const { items, view, loadStyle, writeText } = options;
  const loadFormatter = options.loadFormatter ?? (() => import('../citations/format-citation.ts'));
  const now = options.now ?? (() => new Date());
  const article = Object.values(items)[0]!;
  let paragraph: CitedParagraph | null = null;
  let current: FormattedCitation = { citation: '', entry: '' };
  let rendering: Promise<void> = Promise.resolve();

  async function formatSelected(): Promise<void> {
    if (!paragraph) return;
    const key = view.selectedStyle();
    view.pending();
    try {
      const [{ formatCitation }, style] = await Promise.all([loadFormatter(), loadStyle(key)]);
      const item = paragraphItem(items[key] ?? article, { id: paragraph.id, page: paragraph.page }, now());
      current = formatCitation(style.style, style.locales, style.lang, item, paragraphLocator(paragraph));
      if (key !== view.selectedStyle()) return; // another style was chosen meanwhile
      view.show(current, style.citation);
    } catch (error) {
      view.failed(`引文格式未能载入（${String(error)}），请稍后重试。`);
    }
  }

  async function copyText(text: string, done: string): Promise<void> {
    try {
      await writeText(text);
      view.status(done);
    } catch {
      view.status('浏览器未允许写入剪贴板，请选中文字后手动复制。');
    }
  }

  const controller: CiteController = {
    open(p) {
      paragraph = p;
      view.open(paragraphHeading(p), `${article.URL}#${p.id}`);
      view.status('');
      view.present();
      controller.render();
    },
    render() {
      rendering = formatSelected();
    },
    async copy(kind) {
      const open = paragraph;
      if (!open) return;
      if (kind === 'url') return copyText(`${article.URL}#${open.id}`, '链接已复制。');
      if (kind === 'citation') return copyText(current.citation, '引注已复制。');
      if (kind === 'entry') return copyText(current.entry, '条目已复制。');
      return rendering.then(() => copyText(`${paragraph!.text()}\n\n${current.entry}`, '段落及引文已复制。'));
    },
    get rendering() {
      return rendering;
    },
  };
  return controller;
}

const storageKey = 'sco-cite-style';

/** The paragraph's own text: no number, 引用/原文 controls, note references or page marks. */
function paragraphText(p: HTMLElement): string {
  const copy = p.querySelector('.para-text')!.cloneNode(true) as HTMLElement;
  for (const extra of copy.querySelectorAll('.note-ref, .page-mark, .alias-anchor')) extra.remove();
  return (copy.textContent ?? '').trim();
}

/** Wires CiteDialog.astro's markup in `doc` to a controller. Call once per page. */
export function mountCiteDialog(doc: Document, win: Window & typeof globalThis): CiteController {
  const dialog = doc.getElementById('cite-dialog') as HTMLDialogElement;
  const urlField = doc.getElementById('cite-url') as HTMLInputElement;
  const status = doc.getElementById('cite-status')!;
  const citationBlock = doc.getElementById('cite-citation-block')!;
  const citationOut = doc.getElementById('cite-citation')!;
  const entryOut = doc.getElementById('cite-entry')!;
  const which = doc.getElementById('cite-which')!;
  const built = JSON.parse(doc.getElementById('cite-items')!.textContent!) as Record<string, CslItem>;

  const view: CiteView = {
    selectedStyle: () => dialog.querySelector<HTMLInputElement>('input[name="cite-style"]:checked')?.value ?? 'gb-t-7714-2015',
    open(heading, permalink) {
      which.textContent = heading;
      urlField.value = permalink;
    },
    present: () => dialog.showModal(),
    pending() {
      entryOut.textContent = '…';
      citationOut.textContent = '';
    },
    show(formatted, showCitation) {
      citationBlock.hidden = !showCitation;
      citationOut.textContent = formatted.citation;
      entryOut.textContent = formatted.entry;
    },
    failed(message) {
      entryOut.textContent = message;
    },
    status(text) {
      status.textContent = text;
    },
  };

  const controller = createCiteController({
    items: citedItems(built, win.location.origin),
    view,
    loadStyle: styleLoader((url) => win.fetch(url)),
    writeText: (text) => win.navigator.clipboard.writeText(text),
  });

  for (const button of doc.querySelectorAll<HTMLButtonElement>('.para-cite')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const p = button.closest<HTMLElement>('.para');
      if (!p) return;
      controller.open({ id: p.id, n: p.dataset['n'], label: p.dataset['label'], clause: p.dataset['clause'], page: p.dataset['page'], text: () => paragraphText(p) });
    });
  }

  const remembered = win.localStorage.getItem(storageKey);
  const rememberedInput = remembered && dialog.querySelector<HTMLInputElement>(`input[name="cite-style"][value="${win.CSS.escape(remembered)}"]`);
  if (rememberedInput) rememberedInput.checked = true;
  for (const radio of dialog.querySelectorAll<HTMLInputElement>('input[name="cite-style"]')) {
    radio.addEventListener('change', () => {
      win.localStorage.setItem(storageKey, radio.value);
      controller.render();
    });
  }

  dialog.addEventListener('click', (event) => {
    const kind = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-copy]')?.dataset['copy'];
    if (kind === 'url' || kind === 'citation' || kind === 'entry' || kind === 'text') void controller.copy(kind);
  });
  return controller;
}
