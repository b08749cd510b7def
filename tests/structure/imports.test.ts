/**
 * The import rules of the repository (tools/gates/import-rules.ts, on dependency-cruiser's graph of src/,
 * scripts/, tools/, tests/ and astro.config.mjs): one test per rule, failing with the offending imports.
 *
 * - the normaliser and the content model import nothing from Astro (directly or through what they import);
 * - browser modules (src/search/client/**, src/components/*.ts, what `<script>`s of .astro files import)
 *   load nothing from Node (`node:…`);
 * - nothing outside tests/ imports from tests/; the product (src/, scripts/, astro.config.mjs) nothing from tools/;
 * - no cycle of imports between modules (type imports included);
 * - no cycle between the folders of src/, each directory counted on its own (src/normaliser apart from
 *   src/normaliser/blocks, src/search/index apart from src/search/client);
 * - every local import resolves.
 *
 * Input: the working tree. Errors: a failing rule lists its violations, one per line.
 */
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { before, test } from 'node:test';
import { checkImportRules, type ImportRuleReport, type RuleName } from '../../tools/gates/import-rules.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
let report: ImportRuleReport;

before(async () => {
  report = await checkImportRules(root);
  console.log(`# ${report.modules} modules; ${report.browserModules.length} browser modules`);
});

const rules: [RuleName, string][] = [
  ['framework-free', 'src/normaliser and src/content-model import nothing from Astro'],
  ['browser-no-node', 'browser modules import nothing from node:'],
  ['tests-only-from-tests', 'nothing outside tests/ imports from tests/'],
  ['product-not-from-tools', 'src/, scripts/ and astro.config.mjs import nothing from tools/'],
  ['no-module-cycles', 'no module-level import cycles'],
  ['no-folder-cycles', 'no folder-level import cycles among src/ folders'],
  ['unresolved', 'every local import resolves'],
];

test('the graph holds the project and its browser modules', () => {
  assert.ok(report.modules > 100, `only ${report.modules} modules in the graph`);
  assert.ok(report.browserModules.length > 0, 'no browser module found');
});

for (const [rule, title] of rules) {
  test(title, () => {
    const found = report.violations[rule];
    assert.equal(found.length, 0, `${rule}:\n  ${found.join('\n  ')}`);
  });
}
