/** Shared helpers for the playground browser tests. */
import { readFileSync } from 'node:fs';
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { STORAGE_KEY } from '../../src/checklist/storage-key';
import type { Locale } from '../../src/i18n/locales';
import { RUN_TIME_LIMIT_MS } from '../../src/runner/protocol';

export const playgroundPage: Record<Locale, string> = {
  'pt-BR': '/threading-multiprocessing-async/',
  en: '/en/threading-multiprocessing-async/',
};

/**
 * A page with text and a code block but no island, to compare what a page loads at start: the
 * code block brings Expressive Code's small script, which every topic page has for its samples.
 */
export const textPage: Record<Locale, string> = {
  'pt-BR': '/reference-numbers/',
  en: '/en/reference-numbers/',
};

/** A value under the checklist's storage key, which playgrounds must never touch. */
export const CHECKLIST_VALUE = JSON.stringify({ done: ['db-indexes', 'cache-hot-data'], note: 'seeded by the playground tests' });

/** The original program of a playground, as the page shows it. */
export function originalSource(id: string, locale: Locale): string {
  return readFileSync(new URL(`../../playgrounds/${id}/${locale}.ts`, import.meta.url), 'utf8').replace(/\n+$/, '');
}

/**
 * Records every request of the browser context (page and Workers) that is not to the site itself,
 * and aborts it, so a failing check cannot reach the network either.
 */
export async function guardOrigin(context: BrowserContext, baseURL: string): Promise<string[]> {
  const origin = new URL(baseURL).origin;
  const outside: string[] = [];
  const isOwn = (url: string) => {
    const u = new URL(url);
    return u.origin === origin || u.protocol === 'data:' || u.protocol === 'blob:';
  };
  context.on('request', (request) => {
    if (!isOwn(request.url())) outside.push(request.url());
  });
  await context.route('**/*', (route) => {
    if (isOwn(route.request().url())) return route.continue();
    outside.push(route.request().url());
    return route.abort();
  });
  return outside;
}

/** The playground these tests drive; its page has others too. */
const playgroundId = 'golden-rule-io';

/** The parts of the playground under test. */
export function parts(page: Page) {
  const root = page.locator(`.pg[data-playground="${playgroundId}"]`);
  return {
    root,
    staticCode: root.locator('.pg-static'),
    content: root.locator('.cm-content'),
    run: root.locator('.pg-run'),
    stop: root.locator('.pg-stop'),
    reset: root.locator('.pg-reset'),
    status: root.locator('.pg-status'),
    output: root.locator('.pg-output'),
    lines: root.locator('.pg-line'),
    note: root.locator('.pg-note'),
  };
}

/** Activates the playground by touching its code, and waits for the live editor. */
export async function activate(page: Page): Promise<void> {
  const p = parts(page);
  // Whichever is there: the static code may turn into the editor during the click (a scroll activated it).
  await p.root.locator('.pg-static, .cm-content').first().click();
  await expect(p.content).toBeVisible();
}

/** Replaces the editor's text the way a reader would paste a program. */
export async function typeProgram(page: Page, code: string): Promise<void> {
  await activate(page);
  const p = parts(page);
  await p.content.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(code);
  await expect.poll(() => editorText(page)).toBe(code);
}

/** The text in the live editor. */
export async function editorText(page: Page): Promise<string> {
  return parts(page).content.evaluate((el) => Array.from(el.querySelectorAll('.cm-line'), (line) => line.textContent ?? '').join('\n'));
}

/** Waits until the run has ended (whatever the outcome) and returns the output panel's status. */
export async function waitForRunEnd(page: Page): Promise<string> {
  const output = parts(page).output;
  // Long enough for a run the page has to stop at the time limit.
  await expect(output).not.toHaveAttribute('data-status', /^(idle|running)$/, { timeout: RUN_TIME_LIMIT_MS + 10_000 });
  return (await output.getAttribute('data-status')) ?? '';
}

/** Seeds the checklist's stored progress, as a reader who ticked items would have it. */
export async function seedChecklist(page: Page): Promise<void> {
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, CHECKLIST_VALUE] as const);
}

export async function checklistValue(page: Page): Promise<string | null> {
  return page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
}
