/**
 * The reader's colour scheme: what is stored and what is shown. Used by ThemeToggle.astro in the browser;
 * ThemeHead.astro's inline head script applies the same rule as `resolveTheme` (it cannot import).
 *
 * - `themeStorageKey`: the localStorage key holding the reader's choice, `light` or `dark`; absent when
 *   the page follows the system (`prefers-color-scheme`).
 * - `resolveTheme(stored, systemDark)` → the scheme to show: a valid stored choice wins, anything else
 *   (null, a stale or foreign value) follows the system.
 * - `toggledChoice(shown, systemDark)` → what to store after the toggle is pressed while `shown` is
 *   displayed: the other scheme, or null (store nothing, follow the system again) when the other scheme is
 *   what the system asks for anyway. So the toggle has two states and the default is the system's.
 * Errors: none.
 */
export type Theme = 'light' | 'dark';

export const themeStorageKey = 'sco-theme';

export function isTheme(value: unknown): value is Theme {
  return value === 'light' || value === 'dark';
}

export function resolveTheme(stored: string | null, systemDark: boolean): Theme {
  if (isTheme(stored)) return stored;
  return systemDark ? 'dark' : 'light';
}

export function toggledChoice(shown: Theme, systemDark: boolean): Theme | null {
  const next: Theme = shown === 'dark' ? 'light' : 'dark';
  return next === (systemDark ? 'dark' : 'light') ? null : next;
}
