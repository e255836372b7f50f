import { expect, test, type Page } from '@playwright/test';

/** Opens Starlight's search dialog, types a query and returns the result links once Pagefind answers. */
async function search(page: Page, query: string) {
  await page.getByRole('button', { name: /pesquisar|search/i }).first().click();
  const dialog = page.locator('dialog[open]');
  await dialog.getByRole('searchbox').fill(query);
  const results = dialog.locator('.pagefind-ui__result-link');
  await expect(results.first()).toBeVisible();
  return results;
}

test('a Portuguese query on a Portuguese page finds the Portuguese page', async ({ page }) => {
  await page.goto('/');
  const results = await search(page, 'invalidação');
  const hrefs = await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hrefs).toContain('/caching/');
  expect(hrefs.every((h) => !h.startsWith('/en/'))).toBe(true);
});

test('an English query on an English page finds the English page', async ({ page }) => {
  await page.goto('/en/');
  const results = await search(page, 'invalidation');
  const hrefs = await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hrefs).toContain('/en/caching/');
  expect(hrefs.every((h) => h.startsWith('/en/'))).toBe(true);
});
