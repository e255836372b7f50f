/** The reader's theme choice as Starlight stores it under `starlight-theme`. Pure. */

/** `auto` follows the system's colour scheme. */
export type Theme = 'auto' | 'dark' | 'light';

/** Whatever was stored (nothing, garbage, a theme) as a theme: anything unknown means auto. */
export function parseTheme(value: unknown): Theme {
  return value === 'dark' || value === 'light' || value === 'auto' ? value : 'auto';
}

/** What Starlight stores for a choice: the theme, or an empty string for auto. */
export function storedForm(theme: Theme): string {
  return theme === 'auto' ? '' : theme;
}
