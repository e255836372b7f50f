import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { LEGACY_STORAGE_KEY, STORAGE_KEY } from '../../src/checklist/storage-key';
import { checklistLabels } from '../../src/checklist/labels';
import { locales, type Locale } from '../../src/i18n/locales';
import { EDITS_STORAGE_KEY } from '../../src/playground/edits-storage';
import { playgroundText } from '../../src/playground/strings';
import { parts, playgroundPage, typeProgram, waitForRunEnd } from './playground-support';
import { sitePages } from './support/site';

/**
 * Every page must work, with no error, where the browser's storage fails: blocked (reading
 * `window.localStorage` throws, as where site data is blocked), full (every write throws) or holding
 * values the site never wrote. One browser context per condition visits every page in turn.
 */
type Condition = 'blocked' | 'full' | 'garbage';

/** Starlight's key for the reader's theme, and its sidebar state (in sessionStorage). */
const THEME_KEY = 'starlight-theme';
const SIDEBAR_KEY = 'sl-sidebar-state';

/** Nonsense of each kind: not JSON, far too large, and the right type with a value nobody uses. */
const notJson = '{not json';
/** Stands for a 5 MB string, made in the page: sending it with the init script on every navigation would cost seconds. */
const huge = '<5 MB>';
const HUGE_LENGTH = 5 * 1000 * 1000;
const wrongValue = 'purple';

/**
 * Garbage sets, one per visit in turn, so each key meets each kind of nonsense across the pages.
 * The huge value is never written twice in one set: storage would not hold it.
 */
const garbageSets: Record<string, string>[] = [
  { [THEME_KEY]: notJson, [STORAGE_KEY]: wrongValue, [LEGACY_STORAGE_KEY]: notJson, [EDITS_STORAGE_KEY]: huge },
  { [THEME_KEY]: huge, [STORAGE_KEY]: notJson, [LEGACY_STORAGE_KEY]: wrongValue, [EDITS_STORAGE_KEY]: wrongValue },
  { [THEME_KEY]: wrongValue, [STORAGE_KEY]: huge, [LEGACY_STORAGE_KEY]: '[1,{}]', [EDITS_STORAGE_KEY]: notJson },
];

/** The colour scheme the reader's system prefers in each condition; the page must follow it. */
const systemScheme: Record<Condition, 'light' | 'dark'> = { blocked: 'light', full: 'dark', garbage: 'light' };

/** Makes storage fail the way `condition` says, before any page script runs, on every navigation. */
async function breakStorage(context: BrowserContext, condition: Condition): Promise<void> {
  if (condition === 'blocked') {
    await context.addInitScript(() => {
      for (const name of ['localStorage', 'sessionStorage']) {
        Object.defineProperty(window, name, {
          configurable: true,
          get() {
            throw new DOMException(
              `Failed to read the '${name}' property from 'Window': Access is denied for this document.`,
              'SecurityError',
            );
          },
        });
      }
    });
  } else if (condition === 'full') {
    await context.addInitScript(() => {
      Storage.prototype.setItem = function setItem() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
  } else {
    await context.addInitScript(
      ({ sets, sidebarKey, hugeToken, hugeLength }) => {
        if (location.origin === 'null') return;
        const visit = Number(sessionStorage.getItem('e2e.visit') ?? 0);
        sessionStorage.setItem('e2e.visit', String(visit + 1));
        sessionStorage.setItem(sidebarKey, '{"open":"nope","hash":');
        localStorage.clear();
        for (const [key, value] of Object.entries(sets[visit % sets.length]!)) {
          localStorage.setItem(key, value === hugeToken ? 'x'.repeat(hugeLength) : value);
        }
        // Reached only when storage took every value: the test would otherwise check less than it says.
        (window as unknown as { e2eSeeded: boolean }).e2eSeeded = true;
      },
      { sets: garbageSets, sidebarKey: SIDEBAR_KEY, hugeToken: huge, hugeLength: HUGE_LENGTH },
    );
  }
  // Every value the page gives the theme attribute, from the first script on: a flash of the wrong theme shows here.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { e2eThemes: string[] }).e2eThemes = seen;
    new MutationObserver((records) => {
      for (const record of records) seen.push((record.target as Element).getAttribute('data-theme') ?? '');
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-theme'] });
  });
}

/** Collects uncaught errors and console errors of every page of the context. */
function watchErrors(context: BrowserContext): string[] {
  const errors: string[] = [];
  context.on('page', (page) => {
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.name}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${page.url()}: console: ${message.text()}`);
    });
  });
  return errors;
}

async function openContext(browser: import('@playwright/test').Browser, condition: Condition) {
  const context = await browser.newContext({ colorScheme: systemScheme[condition] });
  await breakStorage(context, condition);
  const errors = watchErrors(context);
  const page = await context.newPage();
  return { context, errors, page };
}

/** The theme values the page has set so far. */
const themesSet = (page: Page) => page.evaluate(() => (window as unknown as { e2eThemes: string[] }).e2eThemes);

const themePicker = (page: Page) => page.locator('starlight-theme-select select').first();

for (const condition of ['blocked', 'full', 'garbage'] as const) {
  test.describe(`with storage ${condition}`, () => {
    for (const locale of locales) {
      test(`every ${locale} page loads in the system theme without an error`, async ({ browser }) => {
        const { context, errors, page } = await openContext(browser, condition);
        const scheme = systemScheme[condition];
        for (const { path } of sitePages.filter((p) => p.locale === locale)) {
          await page.goto(path, { waitUntil: 'load' });
          await expect(page.locator('html'), path).toHaveAttribute('data-theme', scheme);
          await expect(themePicker(page), path).toHaveValue('auto');
          expect(new Set(await themesSet(page)), path).toEqual(new Set([scheme]));
          if (condition === 'garbage') expect(await page.evaluate(() => 'e2eSeeded' in window), path).toBe(true);
        }
        await context.close();
        expect(errors).toEqual([]);
      });
    }

    test('the theme picker, the checklist and a playground still work', async ({ browser }) => {
      const { context, errors, page } = await openContext(browser, condition);
      const locale: Locale = condition === 'full' ? 'en' : 'pt-BR';
      const saves = condition === 'garbage';

      await page.goto(playgroundPage[locale], { waitUntil: 'load' });
      await themePicker(page).selectOption('dark');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await themePicker(page).selectOption('light');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

      const p = parts(page);
      await typeProgram(page, "console.log('storage', 'may fail');");
      if (saves) await expect(p.note).toHaveText(playgroundText[locale].edited);
      else await expect(p.note).toHaveText(playgroundText[locale].cannotSave);
      await p.run.click();
      expect(await waitForRunEnd(page)).toBe('ok');
      await expect(p.lines).toHaveText(['storage may fail']);

      await page.goto(locale === 'en' ? '/en/checklist/' : '/checklist/', { waitUntil: 'load' });
      await expect(page.locator('[data-checklist][data-checklist-ready]')).toBeAttached();
      const notice = page.getByText(checklistLabels[locale].cannotSave);
      if (saves) await expect(notice).toBeHidden();
      else await expect(notice).toBeVisible();
      const box = page.getByRole('checkbox').first();
      await box.check();
      await expect(box).toBeChecked();

      await context.close();
      expect(errors).toEqual([]);
    });
  });
}
