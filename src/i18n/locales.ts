/** The site's two languages, as BCP 47 tags (the values of `<html lang>`). */
export const locales = ['pt-BR', 'en'] as const;

export type Locale = (typeof locales)[number];

/** Text that exists in every locale; the type makes a missing translation a compile error. */
export type Localized<T = string> = Record<Locale, T>;

/** Maps whatever `<html lang>` or Starlight reports (`pt-BR`, `pt`, `en`, `en-US`, undefined) to a site locale. */
export function toLocale(lang: string | undefined): Locale {
  return lang?.toLowerCase().startsWith('en') ? 'en' : 'pt-BR';
}

/** Where each locale's pages live under the site's base: Portuguese at the base itself, English under `en/`. */
const prefixes: Localized<string> = { 'pt-BR': '', en: 'en/' };

/**
 * The URL prefix of a locale's pages. `base` is the path the site is served under (Astro's `base`,
 * with its trailing slash), passed in by the build so this module stays free of Vite's globals.
 */
export function localePrefix(locale: Locale, base = '/'): string {
  return `${base}${prefixes[locale]}`;
}
