import { localePrefix, type Locale } from '../i18n/locales';

/**
 * The site's pages in reading order. Every slug exists in both locales (Portuguese under
 * `content/docs/`, English under `content/docs/en/`); the sidebar and the tests read this list.
 */
export const topicSlugs = [
  'threading-multiprocessing-async',
  'connection-pooling',
  'caching',
  'query-optimization',
  'async-api',
  'load-balancing',
  'rate-limiting',
  'profiling',
  'benchmarking',
  'http-delivery',
  'operations',
] as const;

export const referenceSlugs = ['checklist', 'reference-numbers', 'next-steps'] as const;

export type PageSlug = 'index' | (typeof topicSlugs)[number] | (typeof referenceSlugs)[number];

export const pageSlugs: readonly PageSlug[] = ['index', ...topicSlugs, ...referenceSlugs];

/** The built URL of a page in a locale: `/` and `/caching/` in Portuguese, `/en/` and `/en/caching/` in English. */
export function pagePath(slug: PageSlug, locale: Locale, base = '/'): string {
  const prefix = localePrefix(locale, base);
  return slug === 'index' ? prefix : `${prefix}${slug}/`;
}
