import { expect, test } from '@playwright/test';
import { pagePath, topicSlugs } from '../../src/data/pages';
import { locales } from '../../src/i18n/locales';
import { RUN_TIME_LIMIT_MS } from '../../src/runner/protocol';
import { guardOrigin } from './playground-support';

/**
 * Every playground on every topic page, in both languages, runs in the browser and prints
 * something, without an error, without leaving the site's origin.
 */
for (const locale of locales) {
  for (const slug of topicSlugs) {
    test(`${locale} ${slug}: every playground runs and shows its output`, async ({ page, context, baseURL }) => {
      const outside = await guardOrigin(context, baseURL!);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(pagePath(slug, locale));
      const playgrounds = page.locator('.pg');
      const count = await playgrounds.count();
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        const pg = playgrounds.nth(i);
        const id = await pg.getAttribute('data-playground');
        await pg.locator('.pg-run').click();
        const output = pg.locator('.pg-output');
        await expect(output, id ?? '').not.toHaveAttribute('data-status', /^(idle|running)$/, { timeout: RUN_TIME_LIMIT_MS + 10_000 });
        await expect(output, `${id} ended ok`).toHaveAttribute('data-status', 'ok');
        await expect(pg.locator('.pg-error'), `${id} printed no error`).toHaveCount(0);
        expect(await pg.locator('.pg-line').count(), `${id} printed lines`).toBeGreaterThan(0);
      }
      expect(errors).toEqual([]);
      expect(outside).toEqual([]);
    });
  }
}
