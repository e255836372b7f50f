/**
 * The site built under a sub-path (`SITE_BASE=/modulo-05/`, as on a GitHub Pages project site):
 * every page answers, its links stay under the base, and the parts that load files of their own
 * (search, the playground's Worker and CPU threads, the checklist) work from there.
 */
import { expect, test, type Page } from '@playwright/test';
import { STORAGE_KEY } from '../../../src/checklist/storage-key';
import { pagePath, pageSlugs } from '../../../src/data/pages';
import { locales } from '../../../src/i18n/locales';

const base = '/modulo-05/';

const pages = locales.flatMap((locale) => pageSlugs.map((slug) => ({ slug, locale, path: pagePath(slug, locale, base) })));

/** Every request the page and its Workers make that is not under the base (data: and blob: URLs are the page's own). */
function outsideBase(page: Page): string[] {
  const outside: string[] = [];
  page.context().on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'http:' && !url.pathname.startsWith(base)) outside.push(request.url());
  });
  return outside;
}

test('every page in both languages answers under the base, and so does every link it has', async ({ page, request }) => {
  const outside = outsideBase(page);
  const links = new Set<string>();
  for (const { path } of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs.filter((h) => h.startsWith('/') && !h.startsWith('//'))) {
      expect(href, `a link on ${path}`).toMatch(new RegExp(`^${base}`));
      links.add(href.split('#')[0]!);
    }
  }
  for (const link of links) expect((await request.get(link)).status(), link).toBe(200);
  expect(outside).toEqual([]);
});

test('the 404 page is served under the base', async ({ page }) => {
  const outside = outsideBase(page);
  const response = await page.goto(`${base}no-such-page/`);
  expect(response?.status()).toBe(404);
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.filter((h) => !h.startsWith(base))).toEqual([]);
  expect(outside).toEqual([]);
});

test('the language switcher leads to the twin page', async ({ page }) => {
  await page.goto(pagePath('caching', 'pt-BR', base));
  await page
    .locator('starlight-lang-select select')
    .first()
    .selectOption({ value: pagePath('caching', 'en', base) });
  await expect(page).toHaveURL(new RegExp(`${pagePath('caching', 'en', base)}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('search finds pages under the base', async ({ page }) => {
  const outside = outsideBase(page);
  await page.goto(pagePath('index', 'en', base));
  await page
    .getByRole('button', { name: /^Search/ })
    .first()
    .click();
  const region = page.locator('dialog[open]').getByRole('search', { name: 'Search this site' });
  await region.getByRole('textbox').fill('invalidation');
  const results = page.locator('dialog[open] .pagefind-ui__result-link');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hrefs).toContain(pagePath('caching', 'en', base));
  expect(outside).toEqual([]);
});

test('a playground that starts CPU threads runs in its Worker', async ({ page }) => {
  const outside = outsideBase(page);
  await page.goto(pagePath('threading-multiprocessing-async', 'en', base));
  const playground = page.locator('.pg[data-playground="golden-rule-cpu"]');
  await playground.locator('.pg-run').click();
  const output = playground.locator('.pg-output');
  await expect(output).not.toHaveAttribute('data-status', /^(idle|running)$/, { timeout: 30_000 });
  await expect(output).toHaveAttribute('data-status', 'ok');
  expect(outside).toEqual([]);
});

test('a ticked checklist item shows in the overview progress widget', async ({ page }) => {
  const outside = outsideBase(page);
  await page.goto(pagePath('checklist', 'en', base));
  await expect(page.locator('[data-checklist][data-checklist-ready]')).toBeAttached();
  await page.getByRole('checkbox').first().check();
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).not.toBeNull();
  await page.goto(pagePath('index', 'en', base));
  const widget = page.locator('[data-checklist-progress]');
  await expect(widget).toBeVisible();
  await expect(widget.locator('[data-progress-of="overall"] [data-count]')).toHaveText(/^1 of \d+$/);
  await expect(widget.getByRole('link')).toHaveAttribute('href', pagePath('checklist', 'en', base));
  expect(outside).toEqual([]);
});
