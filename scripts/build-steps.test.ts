/** Unit tests of the build's steps: the heap limit follows the corpus, and the steps run in their order. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleCount, astroNodeOptions, buildSteps, heapLimitMb, runsPagefind } from './build-steps.ts';

test('the heap limit is 1536 MB up to 1,536 articles, then 1 MB an article', () => {
  assert.deepEqual([8, 1000, 1536, 2000, 10_000].map(heapLimitMb), [1536, 1536, 1536, 2000, 10_000]);
  assert.deepEqual(astroNodeOptions(10_000), ['--max-old-space-size=10000', '--max-semi-space-size=64']);
});

test('Pagefind runs up to 2,000 articles, not above', () => {
  assert.deepEqual([8, 2000, 2001, 10_000].map(runsPagefind), [true, true, false, false]);
});

test('the build checks the generated content, then runs astro build with the corpus\'s heap limit, exports the data, then Pagefind', () => {
  const steps = buildSteps(undefined);
  assert.deepEqual(steps.map((s) => s.label), ['normalise --check', 'astro build', 'export data', 'pagefind']);
  assert.equal(buildSteps('https://example.org').at(2)!.env['SCO_SITE_URL'], 'https://example.org');
  assert.ok(articleCount() >= 8);
  assert.equal(steps[1]!.env['NODE_OPTIONS'], astroNodeOptions(articleCount()).join(' '));
  assert.ok('SCO_SITE_URL' in steps[1]!.env && steps[1]!.env['SCO_SITE_URL'] === undefined, 'no origin: the variable is removed');
  assert.equal(buildSteps('https://example.org').at(1)!.env['SCO_SITE_URL'], 'https://example.org');
});
