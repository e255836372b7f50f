import { expect, test } from './csp-guard';
import { sitePages } from '../support/site';
import { RUN_TIME_LIMIT_MS } from '../../../src/runner/protocol';

/**
 * The built site behind nginx with the headers it ships: every page loads, a playground runs and
 * search answers, all under the Content-Security-Policy and without one violation (csp-guard.ts).
 */

test('every page in both languages loads under the policy', async ({ page }) => {
  for (const { path } of sitePages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('main h1').first(), path).not.toBeEmpty();
  }
});

test('a playground runs, with its CPU threads, and prints its output', async ({ page }) => {
  await page.goto('/en/threading-multiprocessing-async/');
  // The CPU program starts the pool's threads from Blob URLs inside the Worker: worker-src and 'unsafe-eval' at work.
  const pg = page.locator('.pg[data-playground="golden-rule-cpu"]');
  await pg.locator('.pg-run').click();
  const output = pg.locator('.pg-output');
  await expect(output).not.toHaveAttribute('data-status', /^(idle|running)$/, { timeout: RUN_TIME_LIMIT_MS + 10_000 });
  await expect(output).toHaveAttribute('data-status', 'ok');
  await expect(pg.locator('.pg-line').filter({ hasText: 'Same results per chunk: yes' })).toHaveCount(1);
});

test('search answers', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('button', { name: /^Pesquisar/ })
    .first()
    .click();
  const dialog = page.locator('dialog[open]');
  const box = dialog.getByRole('search', { name: 'Pesquisar neste site' }).getByRole('textbox');
  await box.fill('invalidação');
  await expect(dialog.locator('.pagefind-ui__result-link').first()).toBeVisible();
  // Enter must not submit anything: the policy allows no form action.
  await box.press('Enter');
  await expect(dialog.locator('.pagefind-ui__result-link').first()).toBeVisible();
});
