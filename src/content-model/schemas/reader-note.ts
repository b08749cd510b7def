/**
 * A reader's note: the Chinese text the site shows readers for a manifest's editorial knowledge — the
 * evidence of an inferred bibliographic value (claim.ts) or the reason for a hint (manifest.ts). The
 * editors' own `evidence`/`reason` beside it may stay in English; the note is what the page prints.
 *
 * Raw-line references are written `第17行` or `第156–158行` (usually after 原文: `原文第17行`); the site
 * turns each into a link to the raw-line view of the source (src/content-model/labels/reader-note.ts). The editors'
 * tokens `L17` and references to the internal `source-texts.md` are refused, as is a note without Chinese.
 */
import { z } from 'zod';

/** Matches a raw-line reference as the site links it: `第17行`, `第156–158行` (en dash or hyphen). */
export const rawLineReference = /(原文)?第(\d+)(?:[–-](\d+))?行/gu;

export const readerNoteSchema = z
  .string()
  .min(4, 'a reader’s note says why, in a sentence')
  .refine((s) => /\p{Script=Han}/u.test(s), { message: 'a reader’s note is written in Chinese' })
  .refine((s) => !/(?<![A-Za-z0-9_./#-])L\d+/u.test(s), { message: 'write raw-line references as 原文第17行, not L17' })
  .refine((s) => !s.includes('source-texts.md'), { message: 'source-texts.md is internal: say what it says instead' });
