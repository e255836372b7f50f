/**
 * The service worker that keeps the site readable offline after a first visit (built by
 * src/build/service-worker/, registered by src/components/offline/). Its file sits at the top of the
 * build because a worker controls only the pages under its own folder.
 */
export const serviceWorkerFile = 'sw.js';

/**
 * Query parameters a precached file is looked up without: Pagefind fetches its `pagefind-entry.json`
 * with `?ts=<time>` to step round the HTTP cache, which would otherwise miss the precache every time.
 * (Workbox's own defaults, `utm_*` and `fbclid`, are kept.)
 */
export const ignoredQueryParameters: readonly RegExp[] = [/^utm_/, /^fbclid$/, /^ts$/];
