/**
 * A content-layer loader that hands Astro's data store entries the content model has already read and
 * validated (read-entries.ts), so a data collection (the timeline) is read once, by the content model,
 * rather than a second time by Astro's `glob` loader with a second YAML parser.
 *
 * Input: the loader's name and the entries, `{ id, data }[]` (e.g. `readTimeline(dir, index)`).
 * Output: an Astro `Loader` (structurally: `EntriesLoader`; src/content.config.ts type-checks that it is
 *   one) whose `load` replaces the collection's entries with the given ones, `data` as it is (it was
 *   validated when it was read; the collection's `schema` gives the pages its type).
 * Errors: none of its own; Astro's store throws on data it cannot serialise.
 */
import type { Entry } from './read-entries.ts';

/** What the loader uses of Astro's loader context, written out to keep the content model free of Astro. */
export interface EntriesLoaderContext {
  store: { clear(): void; set(entry: { id: string; data: Record<string, unknown> }): unknown };
}

export interface EntriesLoader {
  name: string;
  load(context: EntriesLoaderContext): Promise<void>;
}

export function entriesLoader<T extends object>(name: string, entries: readonly Pick<Entry<T>, 'id' | 'data'>[]): EntriesLoader {
  return {
    name,
    load: async ({ store }) => {
      store.clear();
      for (const entry of entries) store.set({ id: entry.id, data: { ...entry.data } as Record<string, unknown> });
    },
  };
}
