/**
 * The timeline outside Astro: every event of `<content>/timeline/*.yaml`, validated against the corpus.
 * Input: the content folder and the corpus index. Output: `Entry<TimelineEvent>[]` sorted by id.
 * Errors: `EntryError` naming the file and field (read-entries.ts).
 */
import { join } from 'node:path';
import { readEntries, type Entry } from '../files/read-entries.ts';
import { timelineEventSchema, type TimelineEvent } from '../schemas/timeline-event.ts';
import type { CorpusIndex } from '../corpus/paragraph-ref.ts';

export function readTimeline(dir: string, index: CorpusIndex): Entry<TimelineEvent>[] {
  return readEntries(join(dir, 'timeline'), '.yaml', timelineEventSchema(index));
}
