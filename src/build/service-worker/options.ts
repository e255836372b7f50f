/**
 * What the service worker precaches and how it takes over, as Workbox's `generateSW` options for a
 * build in `distDir` served under `base`. Workbox writes the worker and does all the caching: this
 * only says which files, and that a new deploy's worker takes over as soon as it has them all.
 */
import { join } from 'node:path';
import type { GenerateSWOptions } from 'workbox-build';
import { ignoredQueryParameters, serviceWorkerFile } from '../../data/service-worker';

/**
 * Every file a page may need with the network gone: the pages of both languages, their CSS, fonts and
 * scripts, the playground's code (its island, its Worker, which carries the lab and the CPU threads'
 * script), and Pagefind's search (its scripts, WebAssembly and index chunks).
 */
const precached = ['**/*.{html,css,js,json,svg,woff2,wasm,pagefind,pf_meta,pf_index,pf_fragment,pf_filter}'];

/**
 * Files the site never loads, or that are not the site: the sitemaps are for crawlers, the static
 * hosts' rules file is not served, and Starlight's search uses Pagefind's default UI, never its
 * modular or web-component ones. The worker itself is never in its own precache.
 */
const notPrecached = [serviceWorkerFile, '_headers', 'sitemap-*.xml', 'pagefind/pagefind-modular-ui.*', 'pagefind/pagefind-component-ui.*'];

/** The largest single file the precache takes: the playground's island bundle (about 0.6 MB) with room to grow. */
const largestFile = 4 * 1024 * 1024;

/** Workbox's `generateSW` options for the build in `distDir`, a site served under `base` (with its trailing slash). */
export function serviceWorkerOptions(distDir: string, base: string): GenerateSWOptions {
  return {
    globDirectory: distDir,
    globPatterns: precached,
    globIgnores: notPrecached,
    swDest: join(distDir, serviceWorkerFile),
    // The manifest lists paths relative to the build; the site answers them under its base.
    modifyURLPrefix: { '': base },
    // Vite names /_astro/ files after their content: the URL is the revision, no cache-busting needed.
    dontCacheBustURLsMatching: /\/_astro\//,
    ignoreURLParametersMatching: [...ignoredQueryParameters],
    maximumFileSizeToCacheInBytes: largestFile,
    // A new deploy's worker takes over once its precache is complete, so the next page the reader
    // opens is the new version; the page it replaced tells the reader (see update-watch.ts).
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // One file, revalidated on every visit, instead of the worker plus a Workbox runtime file beside it.
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
  };
}
