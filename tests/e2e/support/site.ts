import type { Page } from '@playwright/test';
import { pagePath, pageSlugs, type PageSlug } from '../../../src/data/pages';
import { locales, type Locale } from '../../../src/i18n/locales';

export interface SitePage {
  slug: PageSlug;
  locale: Locale;
  path: string;
}

/** Every page of the site in both locales. */
export const sitePages: readonly SitePage[] = locales.flatMap((locale) =>
  pageSlugs.map((slug) => ({ slug, locale, path: pagePath(slug, locale) })),
);

/** Sets Starlight's stored theme before any page script runs, so the page renders in that theme. */
export async function useTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
}

/** Records every request URL the page makes, from the first byte on. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}
