/**
 * Astro integration writing the service worker after the build, once Starlight has written
 * Pagefind's index: the precache manifest lists every file of that build with a hash of its content,
 * so a deploy that changes any file is a new worker, which browsers pick up on the next visit.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { serviceWorkerFile } from '../../data/service-worker';
import { configBase } from '../config-base';
import { serviceWorkerOptions } from './options';

/** Generates `dist/sw.js` with Workbox. List it after Starlight and before the `_headers` file's integration, which reads the finished build. */
export function serviceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = configBase(config);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size, warnings } = await generateSW(serviceWorkerOptions(fileURLToPath(dir), base));
        for (const warning of warnings) logger.warn(warning);
        logger.info(`${serviceWorkerFile} written: ${count} files precached (${size} bytes)`);
      },
    },
  };
}
