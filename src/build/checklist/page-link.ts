import { getEntry } from 'astro:content';
import type { PageSlug } from '../../data/pages';
import { localePrefix, type Locale } from '../../i18n/locales';

interface PageLink {
  href: string;
  title: string;
}

/** The link to a site page in `locale`, titled as the page itself is (the slug when the page is missing). */
export async function pageLink(slug: PageSlug, locale: Locale, anchor?: string): Promise<PageLink> {
  const entry = await getEntry('docs', `${localePrefix(locale).slice(1)}${slug}`);
  const href = `${localePrefix(locale, import.meta.env.BASE_URL)}${slug}/${anchor ? `#${anchor}` : ''}`;
  return { href, title: entry?.data.title ?? slug };
}
