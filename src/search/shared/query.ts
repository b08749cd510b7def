/**
 * Parses a search query into term groups: a paragraph matches when, for every group, it contains (after
 * folding, search/shared/fold.ts) at least one of the group's alternatives.
 *
 * Input: the query as typed, the fold map, and the glossary's names (`{ term, aliases, english, pinyin }`).
 * Output: `TermGroup[]`, e.g.
 *   `上合组织 安全` → `[{ label: '上合组织', alternatives: ['上合组织'] }, { label: '安全', alternatives: ['安全'] }]`;
 *   `"上海 精神"` or `“上海 精神”` → one exact phrase `['上海精神']` (whitespace never matters after folding);
 *   `Shanghai Spirit` or `shanghai jingshen` (a glossary entry's English name, its abbreviation in
 *   brackets such as `RATS`, or its pinyin with or without tones) → `['shanghaispirit', '上海精神']`;
 *   `上合組織` → `['上合组织']`.
 *   Terms with no letter, digit or Han character (`，`, `!!`) are dropped: they would match everywhere.
 *   Queries longer than `maxQueryLength` (1,000) characters are cut there.
 * Errors: none.
 */
import { fold } from './fold.ts';
import type { GlossaryNames, T2sMap } from './types.ts';

export const maxQueryLength = 1000;

export interface TermGroup {
  /** The term as typed (for display). */
  label: string;
  /** Folded strings, any of which satisfies the group; distinct, longest first. */
  alternatives: string[];
}

const meaningful = /[\p{L}\p{N}]/u;

function stripTones(pinyin: string): string {
  return pinyin.normalize('NFD').replace(/\p{M}/gu, '');
}

/** `nameIndex`'s result per glossary and fold map: built once per page, not once per query. */
const nameIndexes = new WeakMap<readonly GlossaryNames[], { t2s: T2sMap; index: Map<string, string[]> }>();

/** Folded English names, abbreviations and pinyin of each glossary entry → its folded Chinese aliases. */
function nameIndex(glossary: readonly GlossaryNames[], t2s: T2sMap): Map<string, string[]> {
  const cached = nameIndexes.get(glossary);
  if (cached?.t2s === t2s) return cached.index;
  const index = new Map<string, string[]>();
  for (const entry of glossary) {
    const chinese = [...new Set([entry.term, ...entry.aliases].map((a) => fold(a.replace(/[《》“”]/gu, ''), t2s)))];
    const names = [entry.english.replace(/\s*\(([^)]*)\)\s*/gu, ''), ...[...entry.english.matchAll(/\(([^)]*)\)/gu)].map((m) => m[1]!), stripTones(entry.pinyin)];
    for (const name of names) {
      const key = fold(name, t2s);
      if (key.length > 1) index.set(key, [...new Set([...(index.get(key) ?? []), ...chinese])]);
    }
  }
  nameIndexes.set(glossary, { t2s, index });
  return index;
}

function group(label: string, t2s: T2sMap, names: Map<string, string[]>): TermGroup | undefined {
  const folded = fold(label, t2s);
  if (!meaningful.test(folded)) return undefined;
  const alternatives = [...new Set([folded, ...(names.get(fold(stripTones(label), t2s)) ?? [])])].sort((a, b) => b.length - a.length);
  return { label, alternatives };
}

export function parseQuery(query: string, t2s: T2sMap, glossary: readonly GlossaryNames[] = []): TermGroup[] {
  const text = query.slice(0, maxQueryLength).trim();
  const names = nameIndex(glossary, t2s);
  // The whole query may be a multi-word English name or spaced pinyin (Shanghai Spirit, shang hai jing shen).
  if (!/["“”]/u.test(text) && /\s/u.test(text) && names.has(fold(stripTones(text), t2s))) {
    const whole = group(text, t2s, names);
    return whole ? [whole] : [];
  }
  const groups: TermGroup[] = [];
  for (const match of text.matchAll(/["“]([^"”]*)["”]?|[^\s\u3000"“”]+/gu)) {
    const g = group(match[1] ?? match[0], t2s, names);
    if (g && !groups.some((x) => x.alternatives.join('|') === g.alternatives.join('|'))) groups.push(g);
  }
  return groups;
}
