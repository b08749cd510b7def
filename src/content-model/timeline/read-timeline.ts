/**
 * The timeline outside Astro: every event of `<content>/timeline/*.yaml`, validated against the corpus.
 * Input: the content folder (default: `contentDir`) and, optionally, the corpus index to check citations
 * against (default: the index of `readCorpus(dir)`). Output: `Entry<TimelineEvent>[]` sorted by id; with
 * the default index, read once per folder and process (later calls return the same array).
 * Errors: `EntryError` naming the file and field (files/read-entries.ts); `CorpusError` from reading the
 * corpus.
 */
import { join } from 'node:path';
import { readEntries, type Entry } from '../files/read-entries.ts';
import { contentDir } from '../files/content-dir.ts';
import { perFolder } from '../files/per-folder.ts';
import { timelineEventSchema, type TimelineEvent } from '../schemas/timeline-event.ts';
import { indexCorpus, type CorpusIndex } from '../corpus/paragraph-ref.ts';
import { readCorpus } from '../corpus/read-corpus.ts';

const read = (dir: string, index: CorpusIndex) => readEntries(join(dir, 'timeline'), '.yaml', timelineEventSchema(index));
const readOnce = perFolder((dir) => read(dir, indexCorpus(readCorpus(dir))));

export function readTimeline(dir: string = contentDir, index?: CorpusIndex): Entry<TimelineEvent>[] {
  return index ? read(dir, index) : readOnce(dir);
}
