/**
 * The substring oracle of search recall: what a search should find, read independently of the site's own
 * search code (used by tests/e2e/search-recall.test.ts through tests/e2e/support/search-queries.ts, which
 * re-exports it, and by the search benchmark's Pagefind UI recall, tools/bench/search/compare.ts).
 *
 * - `scanArticle(page, url)`: the blocks of one BUILT article page as a reader sees them — each
 *   `p.para`'s `.para-text`, each `h2/h3/h4.heading`, each footnote `li.note`'s `.note__text`, each table
 *   caption and cell of `figure.table-wrap` — with the ref the search links to (`<slug>#<id>`: the
 *   paragraph's or heading's id, `note-N`, the row's `tr[id]` for a cell, the figure's id for the caption
 *   and header cells). Note numbers (`sup.note-ref`), page marks, timeline markers and the provenance
 *   links carry no block text; the generated timeline column of a table (`.row-events`, whose header is
 *   a visually hidden 大事记) is not source text either. The raw source lines (`/articles/<slug>/source/`)
 *   are read too, to sample queries that straddle a former line break.
 * - `readGlossary()`: term, aliases, English name and pinyin of every content/glossary/*.mdx.
 * - `makeOracle(t2s, glossary)`: `groups(query)` and `matches(text, groups)` (`fold`, `matchesFolded`: the
 *   same on a text folded once) — the documented query
 *   semantics, written plainly: terms split on whitespace, "…" or “…” one phrase, terms without a
 *   letter/digit/Han character dropped, queries cut at 1,000 characters; a term (or the whole unquoted
 *   query) equal, after folding and tone stripping, to an entry's English name, a name in brackets
 *   (`RATS`) or its pinyin also matches the entry's Chinese forms (《》“” removed). A block matches when
 *   its folded text contains an alternative of every group. Folding is src/search/shared/fold.ts with the
 *   published `t2s` map.
 * Errors: none of its own; browser and file errors propagate.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { fold } from '../../src/search/shared/fold.ts';
import type { T2sMap } from '../../src/search/shared/types.ts';

export interface ScannedBlock {
  ref: string;
  kind: 'paragraph' | 'heading' | 'note' | 'caption' | 'cell';
  text: string;
  /** Raw source line numbers of a paragraph (`data-lines`, ranges expanded). */
  lines: number[];
}

export interface ScannedArticle {
  slug: string;
  blocks: ScannedBlock[];
  /** Raw source lines by number (from the article's source page). */
  rawLines: Map<number, string>;
}

function expandLines(spec: string | undefined): number[] {
  if (!spec) return [];
  return spec.split(',').flatMap((part) => {
    const [from, to] = part.split('-').map(Number);
    if (from === undefined || Number.isNaN(from)) return [];
    const last = to === undefined || Number.isNaN(to) ? from : to;
    return Array.from({ length: last - from + 1 }, (_, k) => from + k);
  });
}

export async function scanArticle(page: Page, url: string): Promise<ScannedArticle> {
  const slug = new URL(url).pathname.split('/').filter(Boolean).at(-1)!;
  await page.goto(url);
  const raw = await page.evaluate(() => {
    const noText = '.note-ref, .page-mark, .event-markers, .provenance-link';
    const textOf = (element: Element, omit: string): string => {
      const copy = element.cloneNode(true) as Element;
      for (const child of copy.querySelectorAll(omit)) child.remove();
      return copy.textContent ?? '';
    };
    const out: { id: string; kind: string; text: string; lines: string }[] = [];
    const selector = 'p.para, h2.heading, h3.heading, h4.heading, li.note, figure.table-wrap caption, figure.table-wrap th, figure.table-wrap td';
    for (const el of document.querySelectorAll(selector)) {
      if (el.matches('p.para')) {
        const text = el.querySelector('.para-text');
        out.push({ id: el.id, kind: 'paragraph', text: text ? textOf(text, noText) : '', lines: el.getAttribute('data-lines') ?? '' });
      } else if (el.matches('.heading')) {
        out.push({ id: el.id, kind: 'heading', text: textOf(el, `${noText}, [data-pagefind-ignore]`), lines: '' });
      } else if (el.matches('li.note')) {
        const text = el.querySelector('.note__text');
        out.push({ id: el.id, kind: 'note', text: text ? textOf(text, noText) : '', lines: '' });
      } else {
        const figure = el.closest('figure.table-wrap')!;
        if (el.matches('caption')) out.push({ id: figure.id, kind: 'caption', text: textOf(el, noText), lines: '' });
        else if (!el.classList.contains('row-events')) out.push({ id: el.closest('tr')?.id || figure.id, kind: 'cell', text: textOf(el, noText), lines: '' });
      }
    }
    return out;
  });
  const blocks = raw.map((b) => ({ ref: `${slug}#${b.id}`, kind: b.kind as ScannedBlock['kind'], text: b.text, lines: expandLines(b.lines) }));
  await page.goto(new URL('source/', url).href);
  const lines = await page.locator('li[id^="L"]').evaluateAll((items) => items.map((li) => [Number(li.id.slice(1)), li.textContent ?? ''] as [number, string]));
  return { slug, blocks, rawLines: new Map(lines) };
}

export interface GlossaryEntry {
  term: string;
  aliases: string[];
  english: string;
  pinyin: string;
}

const glossaryDir = fileURLToPath(new URL('../../content/glossary/', import.meta.url));

export function readGlossary(dir: string = glossaryDir): GlossaryEntry[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const source = readFileSync(`${dir}${name}`, 'utf8');
      const data = parseYaml(/^---\n([\s\S]*?)\n---/.exec(source)![1]!) as Partial<GlossaryEntry>;
      return { term: String(data.term), aliases: (data.aliases ?? []).map(String), english: String(data.english ?? ''), pinyin: String(data.pinyin ?? '') };
    });
}

export const maxQueryLength = 1000;

/** A string without its combining marks (pinyin tones). */

export interface Oracle {
  /** Term groups of a query: per group, the folded strings any of which satisfies it. */
  groups(query: string): string[][];
  /** Whether a block's text satisfies every group (never, for no groups). */
  matches(text: string, groups: string[][]): boolean;
  /** A text folded as the oracle folds it: `matches(text, g)` is `matchesFolded(fold(text), g)`. */
  fold(text: string): string;
  /** `matches` for a text folded already (a large corpus is folded once, not once per query). */
  matchesFolded(folded: string, groups: string[][]): boolean;
}

export const toneless = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '');

export function makeOracle(t2s: T2sMap, glossary: readonly GlossaryEntry[]): Oracle {
  const f = (s: string): string => fold(s, t2s);
  // Folded name → the folded Chinese forms of every entry with that name.
  const names = new Map<string, Set<string>>();
  for (const entry of glossary) {
    const chinese = [entry.term, ...entry.aliases].map((form) => f(form.replace(/[《》“”]/g, '')));
    const bracketed = [...entry.english.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!);
    const plain = entry.english.replace(/\([^)]*\)/g, '');
    for (const name of [plain, ...bracketed, toneless(entry.pinyin)]) {
      const key = f(name);
      if (key.length < 2) continue;
      const set = names.get(key) ?? new Set<string>();
      for (const c of chinese) set.add(c);
      names.set(key, set);
    }
  }
  const group = (term: string): string[] | undefined => {
    const folded = f(term);
    if (!/[\p{L}\p{N}]/u.test(folded)) return undefined;
    return [folded, ...(names.get(f(toneless(term))) ?? [])];
  };
  const terms = (text: string): string[] => {
    const out: string[] = [];
    let i = 0;
    const chars = [...text];
    while (i < chars.length) {
      const c = chars[i]!;
      if (c === '"' || c === '“') {
        let j = i + 1;
        while (j < chars.length && chars[j] !== '"' && chars[j] !== '”') j++;
        out.push(chars.slice(i + 1, j).join(''));
        i = j + 1;
      } else if (/\s/u.test(c) || c === '”') {
        i++;
      } else {
        let j = i;
        while (j < chars.length && !/\s/u.test(chars[j]!) && !'"“”'.includes(chars[j]!)) j++;
        out.push(chars.slice(i, j).join(''));
        i = j;
      }
    }
    return out;
  };
  const matchesFolded = (folded: string, groups: string[][]): boolean =>
    groups.length > 0 && groups.every((alternatives) => alternatives.some((a) => folded.includes(a)));
  return {
    groups(query) {
      const text = query.trim().slice(0, maxQueryLength).trim();
      const whole = !/["“”]/.test(text) && /\s/u.test(text) && names.has(f(toneless(text)));
      return (whole ? [text] : terms(text)).map(group).filter((g): g is string[] => g !== undefined);
    },
    matches: (text, groups) => matchesFolded(f(text), groups),
    fold: f,
    matchesFolded,
  };
}
