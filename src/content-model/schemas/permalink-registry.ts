/**
 * Schema of an article's permalink registry (content/permalinks/<article>.json), written by the
 * normaliser and committed, so that a paragraph keeps its id across re-normalisations.
 *
 * Shape: `{ blocks: [{ id, text, aliases }], retired: [{ id, text }] }` — every published block with an
 * id (paragraph, heading, table) in reading order, with the text it was issued for (compared on the next
 * run) and the older ids that now land on it (after a split or merge); and every id whose text is gone,
 * kept so its old links land on a notice.
 */
import { z } from 'zod';

const id = z.string().regex(/^p[0-9a-v]{6,}$/);

export const permalinkRegistrySchema = z.strictObject({
  blocks: z.array(z.strictObject({ id, text: z.string(), aliases: z.array(id) })),
  retired: z.array(z.strictObject({ id, text: z.string() })),
});

export type PermalinkRegistry = z.infer<typeof permalinkRegistrySchema>;
