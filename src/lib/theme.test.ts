/**
 * The colour-scheme rules of src/lib/theme.ts: a stored choice wins over the system, anything else
 * follows it; pressing the toggle shows the other scheme and stores it only when it differs from the
 * system's.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveTheme, toggledChoice } from './theme.ts';

test('resolveTheme: a stored light or dark wins; nothing or an unknown value follows the system', () => {
  assert.equal(resolveTheme('dark', false), 'dark');
  assert.equal(resolveTheme('light', true), 'light');
  assert.equal(resolveTheme(null, true), 'dark');
  assert.equal(resolveTheme(null, false), 'light');
  assert.equal(resolveTheme('auto', true), 'dark');
  assert.equal(resolveTheme('DARK', false), 'light');
});

test('toggledChoice: the other scheme, stored only when the system would not show it', () => {
  // System light: light → dark is a choice to remember; dark → light is the system's own again.
  assert.equal(toggledChoice('light', false), 'dark');
  assert.equal(toggledChoice('dark', false), null);
  // System dark: the mirror image.
  assert.equal(toggledChoice('dark', true), 'light');
  assert.equal(toggledChoice('light', true), null);
});
