/**
 * The provenance viewer's logic (provenance-viewer.ts) without a browser: the raw-lines file is fetched
 * once however many boxes open, a failure is not kept (the next opening fetches again), and a box lists
 * its lines in the order the block names them. The DOM half is covered in a browser by
 * tests/e2e/provenance.test.ts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boxLines, failureText, loadingText, rawLinesLoader } from './provenance-viewer.ts';

const url = '/articles/roundtable-sco-new-blueprint/raw-lines.json';

function fakeFetch(responses: (() => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>)[]) {
  const asked: string[] = [];
  const fetchFn = (u: string) => {
    asked.push(u);
    const next = responses.shift();
    if (!next) throw new Error('fetched more often than expected');
    return next();
  };
  return { asked, fetchFn };
}

const ok = (body: unknown) => () => Promise.resolve({ ok: true, status: 200, json: () => Promise.resolve(body) });

test('the file is fetched once, on the first call, and shared by every later call', async () => {
  const { asked, fetchFn } = fakeFetch([ok({ '65': '在法律基础方面', '101': '合作机制完备。' })]);
  const load = rawLinesLoader(fetchFn, url);
  assert.deepEqual(asked, [], 'nothing is fetched before a box opens');
  const [a, b] = await Promise.all([load(), load()]);
  assert.equal(a, b);
  assert.equal(await load(), a);
  assert.deepEqual(asked, [url]);
});

test('a failed fetch rejects, and the next call fetches again', async () => {
  const { asked, fetchFn } = fakeFetch([
    () => Promise.resolve({ ok: false, status: 404, json: () => Promise.reject(new Error('no body')) }),
    () => Promise.reject(new TypeError('Failed to fetch')),
    () => Promise.resolve({ ok: true, status: 200, json: () => Promise.reject(new SyntaxError('Unexpected token <')) }),
    ok({ '1': '一' }),
  ]);
  const load = rawLinesLoader(fetchFn, url);
  await assert.rejects(load(), /HTTP 404/);
  await assert.rejects(load(), /Failed to fetch/);
  await assert.rejects(load(), SyntaxError);
  assert.deepEqual(await load(), { '1': '一' });
  assert.equal(asked.length, 4);
});

test('a box lists the block\'s lines in the order written, a missing line with its number alone', () => {
  const map = { '65': '在法律基础方面', '66': '第二', '101': '合作机制完备。' };
  assert.equal(boxLines('101,65-66', map), 'L101  合作机制完备。\nL65  在法律基础方面\nL66  第二');
  assert.equal(boxLines('7', map), 'L7  ');
});

test('the loading and failure texts are Chinese and name the cause', () => {
  assert.match(loadingText, /^正在载入原文/u);
  assert.equal(failureText(new Error('HTTP 404')), '原文未能载入（HTTP 404），请稍后重试，或');
  assert.match(failureText('offline'), /（offline）/u);
});
