/**
 * Offline after the first visit, behind nginx with the production headers: the first visit's
 * service worker precaches the site; with the network and the server gone every page of both
 * languages opens, search answers and a playground runs; then a new deploy reaches the open pages
 * as a notice in their language, and the next page the reader opens is the new version.
 */
import { resolve } from 'node:path';
import { expect, test as base, type Page } from '@playwright/test';
import { pagePath, pageSlugs } from '../../../src/data/pages';
import { locales } from '../../../src/i18n/locales';
import { updateNoticeText } from '../../../src/components/offline/update-notice-text';
import { RUN_TIME_LIMIT_MS } from '../../../src/runner/protocol';
import { deployedSite, type DeployedSite } from './deploys';

interface OfflineOptions {
  /** The build to serve, and the base it was made for (set per project in playwright.offline.config.ts). */
  buildDir: string;
  siteBase: string;
}

const test = base.extend<{ origin: string }, OfflineOptions & { site: DeployedSite }>({
  buildDir: ['dist', { option: true, scope: 'worker' }],
  siteBase: ['/', { option: true, scope: 'worker' }],
  site: [
    async ({ buildDir, siteBase }, use) => {
      const site = await deployedSite(resolve(buildDir), siteBase);
      await use(site);
      await site.stop();
    },
    { scope: 'worker' },
  ],
  origin: async ({ site }, use) => use(new URL(site.url).origin),
});

/** The marker a changed deploy carries in the head of its changed pages. */
const nextDeployMarker = '<meta name="deploy" content="next">';

/** Resolves once a service worker controls `page`: the site's takes control only once its precache is complete. */
async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, { timeout: 60_000 });
}

async function search(page: Page, query: string, locale: (typeof locales)[number]) {
  const ui = locale === 'en' ? { button: /^Search/, region: 'Search this site' } : { button: /^Pesquisar/, region: 'Pesquisar neste site' };
  await page.getByRole('button', { name: ui.button }).first().click();
  const dialog = page.locator('dialog[open]');
  await dialog.getByRole('search', { name: ui.region }).getByRole('textbox').fill(query);
  const results = dialog.locator('.pagefind-ui__result-link');
  await expect(results.first()).toBeVisible();
  return results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

test('after one visit the site works with the network gone, and a new deploy is announced and then served', async ({
  page,
  context,
  site,
  siteBase,
  origin,
}) => {
  test.setTimeout(180_000);
  const url = (path: string) => `${origin}${path}`;
  const notice = (p: Page) => p.locator('[data-update-notice]');

  await test.step('the first visit installs the worker and precaches the site, with no notice', async () => {
    await page.goto(url(pagePath('index', 'pt-BR', siteBase)));
    await controlled(page);
    await expect(notice(page).getByRole('button')).toHaveCount(0);
  });

  // Every request that reaches the network from here on fails twice over: the browser is offline and the server serves nothing.
  const failed: string[] = [];
  context.on('requestfailed', (request) => failed.push(`${request.url()} (${request.failure()?.errorText})`));

  await test.step('offline, every page of both languages opens', async () => {
    site.takeDown();
    await context.setOffline(true);
    for (const locale of locales) {
      for (const slug of pageSlugs) {
        const path = pagePath(slug, locale, siteBase);
        const response = await page.goto(url(path));
        expect(response?.status(), path).toBe(200);
        expect(response?.fromServiceWorker(), path).toBe(true);
        await expect(page.locator('html'), path).toHaveAttribute('lang', locale);
        await expect(page.locator('main h1').first(), path).not.toBeEmpty();
      }
    }
  });

  await test.step('offline, search answers in both languages', async () => {
    await page.goto(url(pagePath('index', 'pt-BR', siteBase)));
    expect(await search(page, 'invalidação', 'pt-BR')).toContain(pagePath('caching', 'pt-BR', siteBase));
    await page.goto(url(pagePath('index', 'en', siteBase)));
    expect(await search(page, 'invalidation', 'en')).toContain(pagePath('caching', 'en', siteBase));
  });

  await test.step('offline, a playground runs in its Worker, with its CPU threads', async () => {
    await page.goto(url(pagePath('threading-multiprocessing-async', 'en', siteBase)));
    const playground = page.locator('.pg[data-playground="golden-rule-cpu"]');
    await playground.locator('.pg-run').click();
    const output = playground.locator('.pg-output');
    await expect(output).not.toHaveAttribute('data-status', /^(idle|running)$/, { timeout: RUN_TIME_LIMIT_MS + 10_000 });
    await expect(output).toHaveAttribute('data-status', 'ok');
    await expect(playground.locator('.pg-line').filter({ hasText: 'Same results per chunk: yes' })).toHaveCount(1);
  });

  expect(failed, 'requests that needed the network').toEqual([]);

  await test.step('a new deploy is announced on the open pages, in their language', async () => {
    await context.setOffline(false);
    const changed = ['caching/index.html', 'en/caching/index.html'];
    site.publish(await site.nextDeploy(changed, (html) => html.replace('</head>', `${nextDeployMarker}</head>`)));
    // Each page is the old version, from the precache; opening it is what makes the browser check for a new worker.
    const english = await context.newPage();
    await page.goto(url(pagePath('caching', 'pt-BR', siteBase)));
    await english.goto(url(pagePath('caching', 'en', siteBase)));
    for (const [p, locale] of [
      [page, 'pt-BR'],
      [english, 'en'],
    ] as const) {
      expect(await p.content(), locale).not.toContain(nextDeployMarker);
      const text = updateNoticeText[locale];
      await expect(notice(p).getByRole('button', { name: text.reload }), locale).toBeVisible({ timeout: 60_000 });
      await expect(notice(p), locale).toContainText(text.ready);
      await expect(notice(p).getByRole('button', { name: text.dismiss }), locale).toBeVisible();
    }

    await test.step('its button loads the new version', async () => {
      await notice(page).getByRole('button', { name: updateNoticeText['pt-BR'].reload }).click();
      await expect(page.locator('meta[name="deploy"]')).toHaveAttribute('content', 'next');
      await expect(notice(page).getByRole('button')).toHaveCount(0);
    });

    await test.step('the next page opened is the new version, with no notice', async () => {
      await notice(english).getByRole('button', { name: updateNoticeText.en.dismiss }).click();
      await expect(notice(english).getByRole('button')).toHaveCount(0);
      await english.goto(url(pagePath('caching', 'en', siteBase)));
      await expect(english.locator('meta[name="deploy"]')).toHaveAttribute('content', 'next');
      await expect(notice(english).getByRole('button')).toHaveCount(0);
    });
  });
});
