import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { latencies, throughputs } from '../../src/data/reference-numbers';
import { chartStrings } from '../../src/charts/strings';
import type { Locale } from '../../src/i18n/locales';

const pages: readonly { locale: Locale; path: string }[] = [
  { locale: 'pt-BR', path: '/reference-numbers/' },
  { locale: 'en', path: '/en/reference-numbers/' },
];
const themes = ['light', 'dark'] as const;
type Theme = (typeof themes)[number];

/**
 * Collects uncaught exceptions and console errors for the whole test. The one error let
 * through is the browser's own request for /favicon.svg, which the site does not ship yet
 * and which has nothing to do with the charts.
 */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    if (m.text().startsWith('Failed to load resource') && new URL(m.location().url).pathname === '/favicon.svg') return;
    errors.push(`console: ${m.text()} (${m.location().url})`);
  });
  return errors;
}

/** Opens a page in a theme, set the way Starlight's own theme picker stores it. */
async function open(page: Page, path: string, theme: Theme): Promise<void> {
  await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/** The chart itself: the figure's SVG with role="img" (legend keys are aria-hidden SVGs without a role). */
function chartSvg(figure: Locator): Locator {
  return figure.locator('svg[role="img"]');
}

/**
 * Serious and critical axe violations in the charts (figures, legends, tables, sources).
 * Scoped to the component: Starlight's own header is checked by the site-wide tests.
 */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations, passes } = await new AxeBuilder({ page }).include('.reference-numbers').analyze();
  // Guard against a vacuous run: the charts' SVGs and tables must have been examined.
  expect(passes.map((p) => p.id)).toEqual(expect.arrayContaining(['svg-img-alt', 'th-has-data-cells']));
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function keepScreenshot(figure: Locator, name: string, testInfo: TestInfo): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  // Starlight's sticky header would cover the top of a figure scrolled into view.
  await figure.screenshot({ path, style: 'header.header { visibility: hidden; }' });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** Relative luminance of a CSS rgb() colour, 0 (black) to 1 (white). */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => {
    const s = Number(c) / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

for (const { locale, path } of pages) {
  const t = chartStrings[locale];

  for (const theme of themes) {
    test.describe(`${path} in the ${theme} theme`, () => {
      test('the latency chart shows every module row with its figure, newer markers and the fibre floor', async ({ page }, testInfo) => {
        const errors = watchErrors(page);
        await open(page, path, theme);
        const figure = page.locator('figure[data-chart="latency"]');
        const svg = chartSvg(figure);
        await expect(svg).toBeVisible();
        await expect(svg).toHaveAccessibleName(t.latency.title);
        await expect(figure.locator('figcaption')).toHaveText(t.latency.caption);

        for (const row of latencies) {
          const g = svg.locator(`[data-row="${row.id}"]`);
          await expect(g.locator('.rn-label')).toContainText(row.label[locale]);
          await expect(g.locator('circle.rn-dot')).toHaveCount(1);
          await expect(g.locator('path.rn-marker')).toHaveCount(row.newer.length);
          const tr = figure.locator(`tr[data-latency="${row.id}"]`);
          await expect(tr.locator('th[scope="row"]')).toHaveText(row.label[locale]);
          await expect(tr.locator('td.rn-module')).toHaveText(row.moduleText);
        }
        await expect(svg.locator('[data-row="net-cross-dc"] .rn-floor')).toBeVisible();
        await expect(svg.locator('.rn-floor')).toHaveCount(1);

        // A few of the module's strings written out, so the test cannot pass on empty data.
        const table = figure.locator('table');
        for (const literal of ['0.5 ns', '7 ns', '150 μs', '500 μs', '10 ms', '150 ms']) {
          await expect(table).toContainText(literal);
        }
        await expect(table.locator('caption')).toHaveText(t.latency.tableCaption);
        await expect(table.locator('thead th[scope="col"]')).toHaveCount(3);
        // The figure on the chart itself is formatted for the locale.
        await expect(svg.locator('[data-row="l1"] .rn-value')).toHaveText(locale === 'en' ? '0.5 ns' : '0,5 ns');
        await expect(svg.locator('.rn-ticks text').first()).toHaveText(locale === 'en' ? '0.1 ns' : '0,1 ns');
        await expect(svg.locator('.rn-ticks text')).toHaveCount(11);
        // The module writes μ as GREEK SMALL LETTER MU; the MICRO SIGN (U+00B5) must not creep in.
        const text = await page.locator('.reference-numbers').textContent();
        expect(text).toContain('\u03bcs');
        expect(text).not.toContain('\u00b5');
        await expect(figure.locator('.rn-legend li')).toHaveCount(5);
        await expect(figure.locator('.rn-legend')).toContainText('Colin Scott, 2020');
        await expect(figure.locator('.rn-legend')).toContainText('napkin-math, 2017');

        // Chart text takes Starlight's text colour, which flips with the theme.
        const fill = await svg
          .locator('.rn-label')
          .first()
          .evaluate((el) => getComputedStyle(el).fill);
        if (theme === 'dark') expect(luminance(fill)).toBeGreaterThan(0.4);
        else expect(luminance(fill)).toBeLessThan(0.1);

        await keepScreenshot(figure, `latency-${locale}-${theme}`, testInfo);
        await keepScreenshot(page.locator('figure[data-chart="human-scale"]'), `human-scale-${locale}-${theme}`, testInfo);
        expect(errors).toEqual([]);
      });

      test('the human-scale chart stretches every row ×1e9 and words it in the locale', async ({ page }) => {
        const errors = watchErrors(page);
        await open(page, path, theme);
        const figure = page.locator('figure[data-chart="human-scale"]');
        const svg = chartSvg(figure);
        await expect(svg).toBeVisible();
        await expect(svg).toHaveAccessibleName(t.human.title);
        for (const row of latencies) {
          await expect(svg.locator(`[data-row="${row.id}"] .rn-label`)).toContainText(row.label[locale]);
          await expect(figure.locator(`tr[data-latency="${row.id}"] td.rn-module`)).toHaveText(row.moduleText);
        }
        const human = (id: string) => figure.locator(`tr[data-latency="${id}"] td.rn-human`);
        // L1 half a second, SSD about 1.7 days, cross-datacenter almost five years.
        if (locale === 'en') {
          await expect(human('l1')).toHaveText('0.5 seconds');
          await expect(human('ssd')).toHaveText('1.7 days');
          await expect(human('net-cross-dc')).toHaveText('4.8 years');
        } else {
          await expect(human('l1')).toHaveText('0,5 segundo');
          await expect(human('ssd')).toHaveText('1,7 dia');
          await expect(human('net-cross-dc')).toHaveText('4,8 anos');
        }
        expect(errors).toEqual([]);
      });

      test('the throughput chart draws the four ranges, with 100k+ open-ended', async ({ page }, testInfo) => {
        const errors = watchErrors(page);
        await open(page, path, theme);
        const figure = page.locator('figure[data-chart="throughput"]');
        const svg = chartSvg(figure);
        await expect(svg).toBeVisible();
        await expect(svg).toHaveAccessibleName(t.throughput.title);
        for (const row of throughputs) {
          const g = svg.locator(`[data-row="${row.id}"]`);
          await expect(g.locator('.rn-label')).toContainText(row.label[locale]);
          await expect(g.locator('.rn-value')).toHaveText(row.moduleText);
          await expect(g.locator('rect.rn-bar')).toHaveCount(1);
          await expect(g.locator('.rn-arrow')).toHaveCount(row.max === null ? 1 : 0);
          await expect(figure.locator(`tr[data-throughput="${row.id}"] td.rn-module`)).toHaveText(row.moduleText);
        }
        await expect(svg.locator('[data-row="redis"] rect.rn-bar-open')).toHaveCount(1);
        // The open bar reaches the right end of the plot; the closed Nginx bar stops at 100k, left of it.
        const redisEnd = await svg
          .locator('[data-row="redis"] rect')
          .evaluate((r: SVGRectElement) => r.x.baseVal.value + r.width.baseVal.value);
        const nginxEnd = await svg
          .locator('[data-row="nginx"] rect')
          .evaluate((r: SVGRectElement) => r.x.baseVal.value + r.width.baseVal.value);
        expect(redisEnd).toBeGreaterThan(nginxEnd);

        const table = figure.locator('table');
        for (const literal of ['10k-20k req/s', '10k-40k reads/s', '100k+ ops/s', '50k-100k req/s']) {
          await expect(table).toContainText(literal);
        }
        await expect(figure.locator('tr[data-throughput="redis"] td.rn-num')).toHaveText(
          locale === 'en' ? '100,000 or more' : '100.000 ou mais',
        );
        await expect(figure.locator('.rn-note')).toContainText('keep-alive');
        await expect(figure.locator('.rn-note')).toContainText('pipelining');
        await keepScreenshot(figure, `throughput-${locale}-${theme}`, testInfo);
        expect(errors).toEqual([]);
      });

      test('axe finds no serious or critical violation', async ({ page }) => {
        await open(page, path, theme);
        await expect(chartSvg(page.locator('figure[data-chart="throughput"]'))).toBeVisible();
        expect(await seriousViolations(page)).toEqual([]);
      });
    });
  }

  test(`${path} fits a 375 px phone screen without horizontal overflow`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    const errors = watchErrors(page);
    await open(page, path, 'light');
    const figures = page.locator('.reference-numbers figure');
    await expect(figures).toHaveCount(3);
    const doc = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(doc.scroll).toBeLessThanOrEqual(doc.client);
    for (const el of await page.locator('.reference-numbers :is(svg[role="img"], table)').all()) {
      const box = await el.evaluate((n) => ({ scroll: n.scrollWidth, client: n.clientWidth, right: n.getBoundingClientRect().right }));
      expect(box.right).toBeLessThanOrEqual(375);
      // A table wider than its box would scroll sideways inside the page.
      expect(box.scroll).toBeLessThanOrEqual(box.client);
    }
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test(`${path} shows the charts with JavaScript turned off, and ships no script for them`, async ({ browser, request }) => {
    const html = await (await request.get(path)).text();
    for (const chart of ['latency', 'human-scale', 'throughput']) expect(html).toContain(`data-chart="${chart}"`);

    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(path);
    for (const chart of ['latency', 'human-scale', 'throughput']) {
      await expect(chartSvg(page.locator(`figure[data-chart="${chart}"]`))).toBeVisible();
    }
    await expect(page.locator('[data-chart="latency"] svg [data-row]')).toHaveCount(latencies.length);
    await expect(page.locator('[data-chart="throughput"] svg [data-row]')).toHaveCount(throughputs.length);
    await expect(page.locator('.reference-numbers script')).toHaveCount(0);
    await context.close();
  });
}
