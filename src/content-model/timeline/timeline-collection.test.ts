/**
 * The timeline collection (files/entries-loader.ts over read-timeline.ts): the events reach Astro's store
 * as the content model read them, once,
 * replacing whatever the store held.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { entriesLoader } from '../files/entries-loader.ts';
import { readTimeline } from './read-timeline.ts';

const content = fileURLToPath(new URL('../../../content/', import.meta.url));

test('the store holds exactly the events read, in their order, with their data', async () => {
  const events = readTimeline(content);
  assert.ok(events.length > 50, `only ${events.length} events read`);
  const calls: string[] = [];
  const stored: { id: string; data: Record<string, unknown> }[] = [];
  await entriesLoader('timeline', events).load({
    store: { clear: () => { calls.push('clear'); stored.length = 0; }, set: (entry) => { calls.push('set'); stored.push(entry); } },
  });
  assert.equal(calls[0], 'clear');
  assert.deepEqual(stored.map((e) => e.id), events.map((e) => e.id));
  const founding = stored.find((e) => e.id === '2001-06-15-sco-founded') ?? stored[0]!;
  const read = events.find((e) => e.id === founding.id)!;
  assert.deepEqual(founding.data, read.data);
  assert.notEqual(founding.data, read.data, 'the store gets a copy, not the reader\'s object');
});
