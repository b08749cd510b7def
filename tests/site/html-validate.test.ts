/**
 * Every built page (dist/**.html) validates with html-validate's `html-validate:recommended` preset:
 * no error and no warning. Prints the number of pages, errors and warnings.
 *
 * Why `recommended` and not `standard`: `standard` checks conformance to WHATWG HTML only (content
 * models, attributes, ids, ARIA attribute use); `recommended` adds the `a11y` rules (WCAG techniques:
 * a submit button in every form, labels, alt text, headings) and the document rules (explicit button
 * types, `<tbody>`, no inline styles, unique landmarks…). The site is a reference work read with
 * screen readers and keyboards, so the stricter preset is the one that catches what matters here; the
 * only departure from it is stated below with its reason.
 *
 * Input: dist/ from `npm run build`. Errors: the test fails listing each message as
 * `dist/<file>:<line>:<column> <rule>: <message>` (the first 50), or when dist/ holds no build.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HtmlValidate, type ConfigData, type Message } from 'html-validate';
import { builtPages, distDir } from './support/dist.ts';

/** The configuration, given in code (no .htmlvalidate.json is read). */
const config: ConfigData = {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // Relaxed: `recommended` also requires ids to start with a letter and use only [A-Za-z0-9_-], a
    // convention for CSS selectors that WHATWG HTML does not have (an id must be non-empty and contain
    // no ASCII whitespace; the relaxed rule still enforces that). Our ids are public URL fragments
    // made on purpose from data: timeline events are `<date>-<slug>` (/timeline/#1996-shanghai-five,
    // linked from every 事 marker) and a source report is `r-<raw file name>` (`.txt` included);
    // renaming them would break links already given out.
    'valid-id': ['error', { relaxed: true }],
  },
};

const validator = new HtmlValidate(config);

function format(file: string, message: Message): string {
  return `dist/${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`;
}

test('the configuration is in force: a page with known faults is reported', async () => {
  const report = await validator.validateString(
    [
      '<!DOCTYPE html><html lang="zh-CN"><head><title>t</title></head><body>',
      '<form><input type="search" name="q" aria-label="q"></form>',
      '<span aria-label="出现3次">3</span>',
      '<table><tr><td>1</td></tr></table>',
      '<p id="1996-shanghai-five">relaxed id</p><p id="a b">id with a space</p>',
      '</body></html>',
    ].join('\n'),
  );
  const messages = report.results.flatMap((r) => r.messages);
  const rules = new Set(messages.map((m) => m.ruleId));
  for (const rule of ['wcag/h32', 'aria-label-misuse', 'prefer-tbody', 'valid-id']) assert.ok(rules.has(rule), `${rule} is not in force`);
  const ids = messages.filter((m) => m.ruleId === 'valid-id').map((m) => m.message);
  assert.equal(ids.length, 1, `only the id with a space is reported: ${ids.join('; ')}`);
  assert.match(ids[0]!, /"a b"/u);
});

test('every built page validates with html-validate:recommended', async () => {
  const pages = await builtPages();
  assert.ok(pages.length > 50, `only ${pages.length} pages under dist/`);
  const problems: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const file of pages) {
    const report = await validator.validateFile(`${distDir}${file}`);
    for (const message of report.results.flatMap((r) => r.messages)) {
      if (message.severity >= 2) errors += 1;
      else warnings += 1;
      problems.push(format(file, message));
    }
  }
  console.log(`html-validate (recommended): ${pages.length} pages, ${errors} errors, ${warnings} warnings`);
  assert.equal(
    problems.length,
    0,
    `${errors} errors and ${warnings} warnings:\n${problems.slice(0, 50).join('\n')}${problems.length > 50 ? `\n… and ${problems.length - 50} more` : ''}`,
  );
});
