import { expect, test } from '@playwright/test';
import { pagePath } from '../../src/data/pages';
import { recordRequests, sitePages } from './support/site';

test.describe('every page, both languages', () => {
  for (const { path, locale, slug } of sitePages) {
    test(`${path} is served with a title, lang=${locale} and a switcher to its twin`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('main h1').first()).not.toBeEmpty();
      expect((await page.title()).trim().length).toBeGreaterThan(0);

      const twinLocale = locale === 'en' ? 'pt-BR' : 'en';
      const twin = pagePath(slug, twinLocale);
      const select = page.locator('starlight-lang-select select').first();
      // On narrow layouts the select lives in the mobile menu; the desktop project always shows it.
      await select.selectOption({ value: twin });
      await expect(page).toHaveURL(new RegExp(`${twin.replace(/\//g, '\\/')}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', twinLocale);
    });
  }
});

test.describe('no page requests anything outside the site origin', () => {
  // One test per page: each page's idle-time assets get the whole timeout, however many pages the site has.
  for (const { path } of sitePages) {
    test(`${path} and what it loads stay on the site`, async ({ page, baseURL }) => {
      const origin = new URL(baseURL!).origin;
      const urls = recordRequests(page);
      await page.goto(path, { waitUntil: 'load' });
      // Pagefind and other idle-time assets load after `load`; wait for the network to settle.
      await page.waitForLoadState('networkidle');
      const foreign = urls.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin);
      // The page itself and at least its stylesheet or a script: the recorder saw the traffic.
      expect(urls.length).toBeGreaterThan(1);
      expect(foreign).toEqual([]);
    });
  }
});

test('an unknown address gets the localized 404 page, not a blank one', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('main h1')).not.toBeEmpty();
});
