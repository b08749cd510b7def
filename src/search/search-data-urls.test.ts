/** Unit tests of the search data's URLs, and of the host rule that lets browsers keep them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { searchDataBase, searchDataPaths } from './search-data-urls.ts';

test('every file of a version lies under /search/data/<version>/', () => {
  const paths = searchDataPaths(searchDataBase('3f2a9c0d1e4b5a6c'));
  assert.equal(paths.manifest, '/search/data/3f2a9c0d1e4b5a6c/manifest.json');
  assert.equal(paths.bundle, '/search/data/3f2a9c0d1e4b5a6c/blocks.json');
  assert.equal(paths.blocks('han-lu-sco-international-cooperation'), '/search/data/3f2a9c0d1e4b5a6c/blocks/han-lu-sco-international-cooperation.json');
});

test('public/_headers marks exactly that folder immutable, and not the search page', () => {
  const lines = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8').split('\n');
  const rule = lines.indexOf('/search/data/*');
  assert.ok(rule >= 0, 'public/_headers has no /search/data/* rule');
  assert.match(lines[rule + 1]!, /^\s+Cache-Control: .*\bimmutable\b/u);
  const prefix = '/search/data/';
  const paths = searchDataPaths(searchDataBase('3f2a9c0d1e4b5a6c'));
  for (const path of [paths.manifest, paths.bundle, paths.blocks('han')]) assert.ok(path.startsWith(prefix), path);
  // No rule reaches the search page itself (/search/?q=…), whose HTML changes with every build.
  const patterns = lines.filter((line) => line.startsWith('/'));
  assert.ok(!patterns.some((pattern) => '/search/'.startsWith(pattern.replace(/\*$/u, ''))), `a rule covers /search/: ${patterns.join(', ')}`);
});
