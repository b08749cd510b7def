/**
 * Tests of the committed timeline (content/timeline/) against the published corpus: at least 100 valid
 * events (citations, printed dates and resolutions checked by readTimeline), no two events for the same
 * date and title, and every article cited by some event.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readCorpus } from '../corpus/read-corpus.ts';
import { indexCorpus, parseParagraphRef } from '../corpus/paragraph-ref.ts';
import { readTimeline } from './read-timeline.ts';

const corpus = readCorpus();
const events = readTimeline('content', indexCorpus(corpus));

test('the timeline has at least 100 valid events', () => {
  assert.ok(events.length >= 100, `${events.length} events`);
});

test('an event stated by several articles is one event: no two share date and title', () => {
  const seen = new Map<string, string>();
  for (const { id, data } of events) {
    const key = `${data.date} ${data.title}`;
    assert.equal(seen.get(key), undefined, `${id} repeats ${seen.get(key)}`);
    seen.set(key, id);
  }
});

test('every article evidences some event', () => {
  const cited = new Set(events.flatMap((e) => e.data.cites.map((ref) => parseParagraphRef(ref).article)));
  assert.deepEqual(corpus.map((a) => a.slug).filter((slug) => !cited.has(slug)), []);
});
