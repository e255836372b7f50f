import { expect, test, type Page } from '@playwright/test';
import { pagePath } from '../../src/data/pages';
import { locales } from '../../src/i18n/locales';
import { guardOrigin } from './playground-support';

/** A topic page with several playgrounds; its first one is measured. */
const topic = 'caching';
const themes = ['dark', 'light'] as const;
const viewports = { desktop: { width: 1280, height: 900 }, phone: { width: 375, height: 800 } };

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The page-relative box of the first element matching `selector` inside the first playground. */
async function boxOf(page: Page, selector: string): Promise<Box> {
  return page
    .locator('.pg')
    .first()
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height };
    });
}

/** What the reader sees around the code: the code's box, the frame, and where the page goes on after the playground. */
async function layout(page: Page, code: string) {
  return {
    code: await boxOf(page, code),
    frame: await boxOf(page, '.pg-frame'),
    after: await page
      .locator('.pg')
      .first()
      .evaluate((el) => (el.nextElementSibling?.getBoundingClientRect().y ?? 0) + scrollY),
  };
}

const near = (a: Box, b: Box) => {
  for (const k of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(a[k] - b[k]), k).toBeLessThanOrEqual(1);
};

let outside: string[] = [];
test.beforeEach(async ({ context, baseURL }) => {
  outside = await guardOrigin(context, baseURL!);
});
test.afterEach(() => {
  expect(outside, 'requests that left the site').toEqual([]);
});

for (const locale of locales) {
  for (const theme of themes) {
    for (const [device, viewport] of Object.entries(viewports)) {
      test(`the editor takes the static code's box when it activates (${locale}, ${theme}, ${device})`, async ({ page }) => {
        await page.setViewportSize(viewport);
        // Starlight's own storage key for the theme the reader picked.
        await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
        await page.goto(pagePath(topic, locale));
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const playground = page.locator('.pg').first();
        // Measured where the page opens: a scroll would activate the playground.
        const before = await layout(page, '.pg-static');
        // The reader reaches the code with the keyboard: it activates and the editor takes the focus.
        await playground.locator('.pg-static').focus();
        await expect(playground.locator('.cm-content')).toBeVisible();
        await expect.poll(() => playground.evaluate((el) => el.querySelector('.pg-editor')!.contains(document.activeElement))).toBe(true);
        const after = await layout(page, '.pg-editor > :first-child');
        near(after.code, before.code);
        near(after.frame, before.frame);
        expect(Math.abs(after.after - before.after), 'the content after the playground').toBeLessThanOrEqual(1);
      });
    }
  }
}
