/**
 * The provenance viewer's browser code (ProvenanceViewer.astro's `<script>` calls `mountProvenanceViewer`).
 * Every block's 原文 link (ProvenanceLink.astro) leads to the raw source page and works without
 * JavaScript; here, clicking it (or Enter on it) instead opens or closes, right under the block, a box
 * with the raw lines the block came from, `L101  <text>` one per line, and `aria-expanded` on the link
 * tells which (`aria-controls` names the box).
 *
 * The raw lines are not in the page: they are in the article's raw-lines file (routes.ts
 * `articleRawLinesPath`, named by `data-raw-lines` on `#provenance-viewer`), fetched when the reader
 * first opens a box and kept for the page's life; the other boxes reuse it. Until it arrives the box
 * reads `正在载入原文…` (`aria-busy="true"`); if it fails, the box says so in Chinese (`role="alert"`)
 * with a link to the same lines on the raw source page, and the next opening fetches again.
 *
 * Split in two so the logic runs under node:test without a browser: `rawLinesLoader` and `boxLines`
 * are pure; `mountProvenanceViewer(document, fetch)` is the DOM half (tests/e2e/provenance.test.ts).
 * Input: the page's `.provenance-link`s with `data-lines` (`"101,65"`); the file, an object from line
 * number to text (content-model/raw-source/raw-lines-file.ts). Output: none (DOM effects). The raw text
 * is inserted as text, never as HTML. Errors: none thrown; a failed fetch or a file that is not JSON
 * shows the message above.
 */
import { parseLineRanges } from '../content-model/raw-source/raw-source-ranges.ts';

/** The raw-lines file: raw line number → the line's text. */
export type RawLineMap = Record<string, string>;

/** What an opened box reads while the file is on its way. */
export const loadingText = '正在载入原文…';

/** What an opened box reads when the file could not be fetched. */
export function failureText(error: unknown): string {
  return `原文未能载入（${error instanceof Error ? error.message : String(error)}），请稍后重试，或`;
}

/** The label of the link to the raw source page shown after `failureText`. */
export const failureLinkText = '在原始文本页查看';

type FetchLike = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'json'>>;

/**
 * Fetches `url` on the first call and gives every later call the same promise, so the file is fetched
 * once per page; a failure (network error, a status that is not 2xx, a body that is not JSON) rejects
 * that call and is forgotten, so the next call fetches again.
 */
export function rawLinesLoader(fetchFn: FetchLike, url: string): () => Promise<RawLineMap> {
  let pending: Promise<RawLineMap> | undefined;
  return () => {
    pending ??= fetchFn(url)
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json() as Promise<RawLineMap>;
      })
      .catch((error: unknown) => {
        pending = undefined;
        throw error;
      });
    return pending;
  };
}

/** A box's text: `L101  <text>` for each line of `lines` (`"101,65"`), in the order written. */
export function boxLines(lines: string, map: RawLineMap): string {
  return parseLineRanges(lines)
    .map((no) => `L${no}  ${map[no] ?? ''}`)
    .join('\n');
}

export function mountProvenanceViewer(doc: Document, fetchFn: FetchLike): void {
  const url = doc.getElementById('provenance-viewer')?.dataset['rawLines'];
  if (!url) return;
  const load = rawLinesLoader(fetchFn, url);
  doc.querySelectorAll<HTMLAnchorElement>('.provenance-link').forEach((link, i) => {
    const block = link.closest<HTMLElement>('[data-lines]:not(.provenance-link)');
    if (!block) return;
    const box = doc.createElement('pre');
    box.className = 'provenance-box';
    box.id = `provenance-${i + 1}`;
    box.hidden = true;
    if (block.matches('li')) block.append(box); // a note: the box stays inside its list item
    else block.after(box);
    link.setAttribute('aria-controls', box.id);
    link.setAttribute('aria-expanded', 'false');
    let filled = false;
    let filling = false;

    async function fill(): Promise<void> {
      filling = true;
      box.textContent = loadingText;
      box.setAttribute('aria-busy', 'true');
      try {
        box.textContent = boxLines(link.dataset['lines'] ?? '', await load());
        filled = true;
      } catch (error) {
        const alert = doc.createElement('span');
        alert.className = 'provenance-box__error';
        alert.setAttribute('role', 'alert');
        alert.append(failureText(error));
        const source = doc.createElement('a');
        source.href = link.href;
        source.textContent = failureLinkText;
        alert.append(source, '。');
        box.replaceChildren(alert);
      } finally {
        box.removeAttribute('aria-busy');
        filling = false;
      }
    }

    link.addEventListener('click', (event) => {
      event.preventDefault();
      box.hidden = !box.hidden;
      link.setAttribute('aria-expanded', String(!box.hidden));
      if (!box.hidden && !filled && !filling) void fill();
    });
  });
}
