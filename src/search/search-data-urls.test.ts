/** Unit tests of the search data's URLs (tests/site/headers.test.ts checks that hosts may keep them). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { searchDataBase, searchDataPaths } from './search-data-urls.ts';

test('every file of a version lies under /search/data/<version>/', () => {
  const paths = searchDataPaths(searchDataBase('3f2a9c0d1e4b5a6c'));
  assert.equal(paths.manifest, '/search/data/3f2a9c0d1e4b5a6c/manifest.json');
  assert.equal(paths.bundle, '/search/data/3f2a9c0d1e4b5a6c/blocks.json');
  assert.equal(paths.blocks('han-lu-sco-international-cooperation'), '/search/data/3f2a9c0d1e4b5a6c/blocks/han-lu-sco-international-cooperation.json');
});
