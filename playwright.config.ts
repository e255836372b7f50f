import { defineConfig } from '@playwright/test';
import { chromium as siteChromium } from './tests/e2e/support/chromium';

const port = Number(process.env.E2E_PORT ?? 4321);
/** The site built under a sub-path, as a GitHub Pages project site serves it, on a port of its own. */
const basePort = Number(process.env.E2E_BASE_PORT ?? port + 1);
const siteBase = '/modulo-05/';

/**
 * The site's service worker is blocked here: registered on every page, it would precache the whole
 * site in each test's fresh context. The offline pass has its own config (playwright.offline.config.ts).
 */
const chromium = { ...siteChromium, serviceWorkers: 'block' as const };

/**
 * End-to-end tests run against the built site (`astro build` first): the suite in `chromium`
 * against `astro preview`, and a smoke pass in `nginx` against a real nginx serving `dist/` with
 * the headers the site ships (tests/setup/nginx-server.ts picks the port and prints it).
 */
export default defineConfig({
  testDir: './tests/e2e',
  outputDir: './test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [
    // A regular expression: a glob would be matched against the absolute path, whatever folders it passes through.
    { name: 'chromium', testIgnore: /\/tests\/e2e\/(nginx|base-path|offline)\//, use: chromium },
    { name: 'nginx', testDir: './tests/e2e/nginx', use: { ...chromium, baseURL: `http://127.0.0.1:${process.env.E2E_NGINX_PORT}` } },
    { name: 'base-path', testDir: './tests/e2e/base-path', use: { ...chromium, baseURL: `http://127.0.0.1:${basePort}` } },
  ],
  webServer: [
    {
      command: `npx astro preview --port ${port} --host 127.0.0.1 --ignore-lock`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      name: 'nginx',
      command: 'npx tsx tests/setup/nginx-server.ts',
      // The named group becomes process.env.E2E_NGINX_PORT, read above when the test workers load this file.
      wait: { stdout: /nginx is serving dist\/ at http:\/\/127\.0\.0\.1:(?<e2e_nginx_port>\d+)\// },
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
      timeout: 30_000,
    },
    {
      name: 'base-path',
      // Its own build, into its own folder: `dist/` stays the root build the other projects test.
      command: `npx astro build --outDir dist-base && npx astro preview --outDir dist-base --port ${basePort} --host 127.0.0.1 --ignore-lock`,
      env: { SITE_BASE: siteBase },
      url: `http://127.0.0.1:${basePort}${siteBase}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
  ],
});
