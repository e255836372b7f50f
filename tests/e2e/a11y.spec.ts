import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitePages, useTheme } from './support/site';

/** axe violations that block readers; moderate/minor findings are reviewed by hand. */
const blocking = new Set(['serious', 'critical']);

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    for (const { path } of sitePages) {
      test(`${path} has no serious or critical axe violation`, async ({ page }) => {
        // axe walks every node of the long topic pages: on a busy machine that alone nears the default 30 s.
        test.setTimeout(60_000);
        await useTheme(page, theme);
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        // Expressive Code makes a code block that scrolls sideways focusable once it has measured it
        // (after a resize observer and an idle callback); audit the page as a reader gets it.
        await page.waitForFunction(() =>
          [...document.querySelectorAll('.expressive-code pre')].every(
            (pre) => pre.scrollWidth <= pre.clientWidth || pre.getAttribute('tabindex') === '0',
          ),
        );
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        const found = results.violations
          .filter((v) => blocking.has(v.impact ?? ''))
          .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(found).toEqual([]);
      });
    }
  });
}
