import { toLocale, type Locale } from '../i18n/locales';

/** What this needs of `Astro.locals`: the route data Starlight sets for the page being rendered. */
interface StarlightLocals {
  starlightRoute: { lang: string };
}

/** The language of the page being rendered, as Starlight resolved it; pass `Astro.locals`. */
export function pageLocale(locals: StarlightLocals): Locale {
  return toLocale(locals.starlightRoute.lang);
}
