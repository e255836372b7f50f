import { expect, test, type Page } from '@playwright/test';

/** The search UI's own words, which Pagefind would otherwise leave in English on Portuguese pages. */
const searchUi = {
  'pt-BR': { button: /^Pesquisar/, region: 'Pesquisar neste site', clear: 'Limpar' },
  en: { button: /^Search/, region: 'Search this site', clear: 'Clear' },
} as const;

/** Opens Starlight's search dialog, types a query and returns the result links once Pagefind answers. */
async function search(page: Page, query: string, locale: keyof typeof searchUi) {
  const ui = searchUi[locale];
  await page.getByRole('button', { name: ui.button }).first().click();
  const dialog = page.locator('dialog[open]');
  const region = dialog.getByRole('search', { name: ui.region });
  await region.getByRole('textbox').fill(query);
  await expect(region.getByRole('button', { name: ui.clear })).toBeVisible();
  const results = dialog.locator('.pagefind-ui__result-link');
  await expect(results.first()).toBeVisible();
  return results;
}

test('a Portuguese query on a Portuguese page finds the Portuguese page', async ({ page }) => {
  await page.goto('/');
  const results = await search(page, 'invalidação', 'pt-BR');
  const hrefs = await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hrefs).toContain('/caching/');
  expect(hrefs.every((h) => !h.startsWith('/en/'))).toBe(true);
});

test('an English query on an English page finds the English page', async ({ page }) => {
  await page.goto('/en/');
  const results = await search(page, 'invalidation', 'en');
  const hrefs = await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hrefs).toContain('/en/caching/');
  expect(hrefs.every((h) => h.startsWith('/en/'))).toBe(true);
});
