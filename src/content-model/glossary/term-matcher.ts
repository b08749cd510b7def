/**
 * Finds glossary aliases in a text, leftmost-longest: scanning from the start, at each position the
 * longest alias that starts there wins, and matches never overlap. So in `《上海合作组织宪章》` the alias
 * `上海合作组织宪章` (the Charter) wins over `上海合作组织` (the organisation).
 *
 * Input: `{ slug, aliases }[]` (an alias shared by two entries is an error), then texts.
 * Output: `matchTerms(text)` → `{ index, length, slug, alias }[]` in text order; `index`/`length` in
 *   UTF-16 code units.
 * Errors: `createTermMatcher` throws when one alias belongs to two entries, naming both.
 */
export interface TermAliases {
  slug: string;
  aliases: readonly string[];
}

export interface TermMatch {
  index: number;
  length: number;
  slug: string;
  alias: string;
}

export function createTermMatcher(terms: readonly TermAliases[]): (text: string) => TermMatch[] {
  const owner = new Map<string, string>();
  for (const { slug, aliases } of terms) {
    for (const alias of aliases) {
      const previous = owner.get(alias);
      if (previous !== undefined && previous !== slug) {
        throw new Error(`glossary alias "${alias}" belongs to both "${previous}" and "${slug}"`);
      }
      owner.set(alias, slug);
    }
  }
  // Aliases grouped by first character, longest first, so each position tries few candidates.
  const byFirst = new Map<string, string[]>();
  for (const alias of owner.keys()) {
    const first = alias[0]!;
    byFirst.set(first, [...(byFirst.get(first) ?? []), alias]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length || a.localeCompare(b));

  return (text: string) => {
    const matches: TermMatch[] = [];
    let i = 0;
    while (i < text.length) {
      const alias = byFirst.get(text[i]!)?.find((candidate) => text.startsWith(candidate, i));
      if (alias === undefined) {
        i += 1;
        continue;
      }
      matches.push({ index: i, length: alias.length, slug: owner.get(alias)!, alias });
      i += alias.length;
    }
    return matches;
  };
}
