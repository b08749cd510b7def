/** Unit tests of showing and ordering timeline dates. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareEvents, formatEventDate } from './event-date.ts';

test('dates show as precise as they are, ranges without repeating the year', () => {
  assert.equal(formatEventDate('2001'), '2001年');
  assert.equal(formatEventDate('2001-06'), '2001年6月');
  assert.equal(formatEventDate('2001-06-15'), '2001年6月15日');
  assert.equal(formatEventDate('2005', '2010'), '2005年—2010年');
  assert.equal(formatEventDate('2025-08-31', '2025-09-01'), '2025年8月31日—9月1日');
  assert.equal(formatEventDate('2018-12', '2019-01'), '2018年12月—2019年1月');
});

test('events sort by date, a year before its months, then by end, then by id', () => {
  const events = [
    { id: 'c', data: { date: '2001-06-15' } },
    { id: 'b', data: { date: '2001-06' } },
    { id: 'a', data: { date: '2001' } },
    { id: 'e', data: { date: '2001', end: '2011' } },
    { id: 'd', data: { date: '1996' } },
  ];
  assert.deepEqual(events.sort(compareEvents).map((e) => e.id), ['d', 'a', 'e', 'b', 'c']);
});
