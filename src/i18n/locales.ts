/** The site's two languages, as BCP 47 tags (the values of `<html lang>`). */
export const locales = ['pt-BR', 'en'] as const;

export type Locale = (typeof locales)[number];

/** Text that exists in every locale; the type makes a missing translation a compile error. */
export type Localized<T = string> = Record<Locale, T>;

/** Maps whatever `<html lang>` or Starlight reports (`pt-BR`, `pt`, `en`, `en-US`, undefined) to a site locale. */
export function toLocale(lang: string | undefined): Locale {
  return lang?.toLowerCase().startsWith('en') ? 'en' : 'pt-BR';
}

/** The URL prefix of a locale's pages: Portuguese lives at the root, English under `/en/`. */
export function localePrefix(locale: Locale): string {
  return locale === 'en' ? '/en/' : '/';
}
