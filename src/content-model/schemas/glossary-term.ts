/**
 * Frontmatter schema of an entry in the `glossary` collection (content/glossary/<slug>.mdx; the MDX body is
 * the definition, written from what the texts say).
 *
 * Shape:
 * - `term`: the headword as the texts write it (上海精神, 《上海合作组织宪章》);
 * - `kind`: one of `glossaryKinds`;
 * - `aliases`: every form that marks the term in the published text, the headword's own form included
 *   when it occurs (上海合作组织, 上合组织, SCO); matched literally, case-sensitive; no alias of an entry
 *   may contain another alias of the same entry (each occurrence is then counted once);
 * - `english`: the English name; `pinyin`: the headword in Hanyu Pinyin with tone marks, one syllable per
 *   space-separated token, as pinyin-pro writes it; `pinyinNote`: present only where the hand-checked
 *   reading differs from pinyin-pro's (a polyphone), saying why;
 * - `summary`: one plain-text sentence for link previews;
 * - `cites`: paragraph references (paragraph-ref.ts) supporting the definition, at least one.
 *
 * `glossaryTermSchema(index)` adds the checks that need the corpus: every citation names an existing
 * block, and at least one cited block contains one of the aliases. Astro reports a failure with the entry's
 * file and the field path (e.g. `cites.1`).
 */
import { z } from 'zod';
import { checkCitations, paragraphRefSchema, type CorpusIndex } from '../corpus/paragraph-ref.ts';

/** Kinds of glossary entry, with the label the site shows. */
export const glossaryKinds = {
  concept: '理念与概念',
  mechanism: '机制与机构',
  initiative: '倡议与战略',
  document: '文件',
  organisation: '国际组织',
  person: '人物',
  place: '国家与地区',
} as const;

export type GlossaryKind = keyof typeof glossaryKinds;

export const glossaryTermShape = z.strictObject({
  term: z.string().min(1),
  kind: z.enum(Object.keys(glossaryKinds) as [GlossaryKind, ...GlossaryKind[]]),
  aliases: z
    .array(z.string().min(1))
    .min(1)
    .refine((aliases) => new Set(aliases).size === aliases.length, 'aliases repeat')
    .superRefine((aliases, ctx) => {
      for (const a of aliases) {
        const outer = aliases.find((b) => b !== a && b.includes(a));
        if (outer) ctx.addIssue({ code: 'custom', message: `alias "${a}" is inside alias "${outer}" of the same entry` });
      }
    }),
  english: z.string().min(1),
  pinyin: z.string().regex(/^\S+( \S+)*$/, 'expected space-separated syllables'),
  pinyinNote: z.string().min(1).optional(),
  summary: z.string().min(1).refine((s) => !s.includes('\n'), 'one line'),
  cites: z.array(paragraphRefSchema).min(1),
});

export type GlossaryTerm = z.infer<typeof glossaryTermShape>;

/** The schema with the corpus checks (see the module comment). */
export function glossaryTermSchema(index: CorpusIndex) {
  return glossaryTermShape.superRefine((entry, ctx) => {
    const cited = checkCitations(index, entry.cites, (issue) => ctx.addIssue(issue));
    if (cited.length > 0 && !cited.some((b) => entry.aliases.some((a) => b.text.includes(a)))) {
      ctx.addIssue({ code: 'custom', path: ['cites'], message: `no cited paragraph contains any alias of "${entry.term}"` });
    }
  });
}
