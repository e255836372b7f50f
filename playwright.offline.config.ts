import { defineConfig } from '@playwright/test';
import { chromium } from './tests/e2e/support/chromium';

/**
 * The offline pass (tests/e2e/offline/), apart from the other end-to-end tests because it lets the
 * site's service worker run, and precaching the whole site is a cost no other test should pay. Each
 * project serves a build behind nginx, which the test starts itself so it can swap the deploy: `dist/`
 * (`astro build`) at the root, and `dist-base/` under a sub-path (the main config's base-path build,
 * which `npm run test:e2e` runs first).
 */
export default defineConfig({
  testDir: './tests/e2e/offline',
  outputDir: './test-results/offline',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
  projects: [
    { name: 'offline', use: { ...chromium, serviceWorkers: 'allow', buildDir: 'dist', siteBase: '/' } },
    { name: 'offline-base', use: { ...chromium, serviceWorkers: 'allow', buildDir: 'dist-base', siteBase: '/modulo-05/' } },
  ],
});
