/**
 * The review view of one source (`npm run review -- SOURCE`, scripts/review.ts): a standalone HTML page
 * for editors, never shipped with the site. It shows, for each article, every published block beside the
 * raw lines it was made from (the line numbers link to their row), the places a rule decided close to
 * its threshold first (uncertain.ts), then every raw line that was not published with the rule or hint
 * that removed it, every in-line repair with the text it removed, and the hints applied. Footnotes are
 * listed with their number and whether marker and body were paired.
 *
 * Input: the source file name, its raw lines, the manifest, the normaliser's result, the uncertain
 * places. Output: the HTML text (UTF-8, `<!doctype html>`); all source text goes in as text nodes
 * (hastscript, hast-util-to-html), never as markup. Never throws.
 */
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent } from 'hast';
import type { Manifest } from '../../content-model/schemas/manifest.ts';
import type { SourceLine } from '../shared/types.ts';
import type { normaliseSource } from '../normalise-source.ts';
import { stripAnchors } from '../inline/anchors.ts';
import type { UncertainPlace } from './uncertain.ts';

const style = `
body { font: 15px/1.6 "Noto Sans CJK SC", sans-serif; margin: 2rem; color: #222; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0 2rem; }
td, th { border-top: 1px solid #ddd; padding: .3rem .5rem; vertical-align: top; text-align: left; }
th { background: #f4f4f4; }
.raw { font-family: monospace; white-space: pre-wrap; color: #555; }
.flag { background: #fff3c4; }
.no { color: #888; font-family: monospace; white-space: nowrap; }
`;

function lineLink(no: number): Element {
  return h('a', { href: `#L${no}`, className: ['no'] }, `L${no}`);
}

export function reviewPage(file: string, raw: readonly SourceLine[], manifest: Manifest, normalised: ReturnType<typeof normaliseSource>, uncertain: readonly UncertainPlace[]): string {
  const flagsAt = new Map<number, UncertainPlace[]>();
  for (const place of uncertain) flagsAt.set(place.line, [...(flagsAt.get(place.line) ?? []), place]);
  const text = (no: number) => raw[no - 1]?.text ?? '';
  const body: ElementContent[] = [
    h('h1', `Review: ${file}`),
    h('p', `${manifest.layout} layout; ${raw.length} raw lines; ${normalised.report.dropped.length} removed by a rule or hint; ${uncertain.length} places to check first.`),
    h('h2', 'Check first'),
    uncertain.length === 0
      ? h('p', 'No rule decided close to its threshold.')
      : h('table', [h('tr', [h('th', 'line'), h('th', 'what'), h('th', 'raw text')]), ...uncertain.map((p) => h('tr', { className: ['flag'] }, [h('td', lineLink(p.line)), h('td', `${p.kind}: ${p.message}`), h('td', { className: ['raw'] }, text(p.line))]))]),
  ];
  for (const article of normalised.articles) {
    body.push(h('h2', `Article ${article.slug}`));
    const rows: Element[] = [h('tr', [h('th', 'block'), h('th', 'published'), h('th', 'raw lines')])];
    for (const block of article.blocks) {
      const label = block.kind === 'note' ? `note ${block.note?.n} (${block.note?.status})` : block.kind === 'paragraph' ? `${block.clause ?? (block.n > 0 ? `¶${block.n}` : block.role ?? 'paragraph')}` : block.kind;
      const flagged = block.lines.some((no) => flagsAt.has(no));
      rows.push(
        h('tr', flagged ? { className: ['flag'] } : {}, [
          h('td', { className: ['no'] }, label),
          h('td', stripAnchors(block.text)),
          h('td', block.lines.map((no) => h('div', { id: `L${no}`, className: ['raw'] }, [lineLink(no), ` ${text(no)}`, ...(flagsAt.get(no) ?? []).map((p) => h('div', `⚑ ${p.kind}: ${p.message}`))]))),
        ]),
      );
    }
    body.push(h('table', rows));
  }
  body.push(
    h('h2', 'Removed lines'),
    h('table', [h('tr', [h('th', 'line'), h('th', 'removed by'), h('th', 'raw text')]), ...normalised.report.dropped.map((d) => h('tr', [h('td', { id: `L${d.no}` }, lineLink(d.no)), h('td', d.by), h('td', { className: ['raw'] }, text(d.no))]))]),
    h('h2', 'In-line repairs'),
    h('table', [h('tr', [h('th', 'line'), h('th', 'rule'), h('th', 'removed')]), ...normalised.report.repairs.map((r) => h('tr', [h('td', lineLink(r.no)), h('td', r.by), h('td', { className: ['raw'] }, r.removed ?? '')]))]),
    h('h2', 'Hints applied'),
    h('table', [h('tr', [h('th', 'article'), h('th', 'hint'), h('th', 'lines'), h('th', 'reason')]), ...normalised.report.hints.map((x) => h('tr', [h('td', x.article), h('td', x.hint), h('td', x.lines), h('td', x.reason)]))]),
  );
  const doc = h('html', { lang: 'zh-CN' }, [h('head', [h('meta', { charset: 'utf-8' }), h('title', `Review: ${file}`), h('style', style)]), h('body', body)]);
  return `<!doctype html>\n${toHtml(doc)}\n`;
}
