import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { pagePath } from '../../src/data/pages';
import { locales, type Locale } from '../../src/i18n/locales';
import { loadChartText } from '../../src/playground/load-chart-strings';
import { RUN_TIME_LIMIT_MS } from '../../src/runner/protocol';
import { guardOrigin } from './playground-support';

/**
 * A load playground in the page: its run ends with a chart of every load run (fetched only
 * then), a table of the same figures behind a toggle and Little's law under both, in both
 * languages and themes, with no axe violation and no sideways scrolling on a phone.
 */
const ID = 'load-rate-limit';

function playground(page: Page) {
  const root = page.locator(`.pg[data-playground="${ID}"]`);
  return { root, run: root.locator('.pg-run'), output: root.locator('.pg-output'), chart: root.locator('[data-load-chart]') };
}

/** Runs the playground and waits for its load chart. */
async function runToChart(page: Page, locale: Locale) {
  const p = playground(page);
  await page.goto(pagePath('rate-limiting', locale));
  await p.run.click();
  await expect(p.output).toHaveAttribute('data-status', 'ok', { timeout: RUN_TIME_LIMIT_MS + 10_000 });
  await expect(p.chart.locator('svg[role="img"]')).toBeVisible();
  return p;
}

const scan = (page: Page) => new AxeBuilder({ page }).include(`.pg[data-playground="${ID}"]`).analyze();

for (const locale of locales) {
  const t = loadChartText[locale];
  const names = locale === 'en' ? ['fixed window', 'sliding window'] : ['janela fixa', 'janela deslizante'];

  test.describe(`${locale} load chart`, () => {
    test('appears after the run, loaded only then, with a table view and Little’s law', async ({ page, context, baseURL }) => {
      const outside = await guardOrigin(context, baseURL!);
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
      });
      const p = playground(page);
      await page.goto(pagePath('rate-limiting', locale));
      await p.run.click();
      await expect(p.output).toHaveAttribute('data-status', 'ok', { timeout: RUN_TIME_LIMIT_MS + 10_000 });
      await expect(p.chart).toBeVisible();
      expect(scripts.filter((s) => /LoadChart/.test(s))).toHaveLength(1);

      const svg = p.chart.getByRole('img', { name: t.svgTitle(names[0]!) });
      await expect(svg).toBeVisible();
      // The fixed window refuses requests: their marks are drawn under the bars.
      await expect(svg.locator('.lc-refused').first()).toBeAttached();
      await expect(svg.locator('.lc-mark-refused')).toHaveAttribute('d', /M/);
      await expect(p.chart.locator('[data-little]')).toContainText('λ × W');

      // Both runs are in the picker; choosing the second redraws the chart for it.
      const picker = p.chart.getByRole('combobox', { name: t.runPicker });
      await expect(picker.locator('option')).toHaveText(names);
      await picker.selectOption({ label: names[1]! });
      await expect(p.chart.getByRole('img', { name: t.svgTitle(names[1]!) })).toBeVisible();

      await p.chart.getByRole('button', { name: t.table }).click();
      await expect(p.chart.getByRole('button', { name: t.table })).toHaveAttribute('aria-pressed', 'true');
      const table = p.chart.getByRole('table', { name: t.tableCaption(names[1]!) });
      await expect(table).toBeVisible();
      // Three virtual seconds of traffic, and the answers of the last ones.
      expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(3);
      await expect(table.locator('thead th').first()).toHaveText(t.columns.second);
      await expect(p.chart.locator('[data-little]')).toBeVisible();
      await p.chart.getByRole('button', { name: t.chart }).click();
      await expect(p.chart.getByRole('img')).toBeVisible();
      expect(outside).toEqual([]);
    });

    for (const theme of ['dark', 'light'] as const) {
      test(`has no accessibility violation in the ${theme} theme, chart and table`, async ({ page, context }) => {
        await context.addInitScript((value) => {
          if (location.origin !== 'null') localStorage.setItem('starlight-theme', value);
        }, theme);
        const p = await runToChart(page, locale);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        expect((await scan(page)).violations).toEqual([]);
        await p.chart.getByRole('button', { name: t.table }).click();
        expect((await scan(page)).violations).toEqual([]);
      });
    }

    test('fits a 375 px phone without sideways scrolling of the page', async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 740 });
      const p = await runToChart(page, locale);
      const box = await p.chart.locator('svg').boundingBox();
      expect(box!.width).toBeGreaterThan(250);
      expect(box!.x + box!.width).toBeLessThanOrEqual(375);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await p.chart.getByRole('button', { name: t.table }).click();
      await expect(p.chart.getByRole('table')).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    });
  });
}
