import { expect, test, type Page, type Response } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { locales } from '../../src/i18n/locales';
import { EDITS_STORAGE_KEY } from '../../src/playground/edits-storage';
import { tokenClass } from '../../src/playground/syntax-classes';
import {
  CHECKLIST_VALUE,
  activate,
  checklistValue,
  editorText,
  guardOrigin,
  originalSource,
  parts,
  playgroundPage,
  seedChecklist,
  textPage,
  typeProgram,
  waitForRunEnd,
} from './playground-support';

/** What the golden-rule-io program prints, per language: the lesson's two timings and their ratio. */
const lesson = {
  'pt-BR': {
    sequential: /Sequencial: 3 respostas em (\d+) ms/,
    concurrent: /Concorrente: 3 respostas em (\d+) ms/,
    ratio: /Promise\.all foi (\d+,\d)× mais rápido/,
    run: 'Executar',
    done: /Concluído\. Tempo simulado: ([\d.]+) ms · tempo real: [\d,.]+ ms\./,
    report: 'Relatório do laboratório',
    edited: 'Esta é a sua versão, salva neste navegador.',
  },
  en: {
    sequential: /Sequential: 3 responses in (\d+) ms/,
    concurrent: /Concurrent: 3 responses in (\d+) ms/,
    ratio: /Promise\.all was (\d+\.\d)× faster/,
    run: 'Run',
    done: /Done\. Simulated time: ([\d,]+) ms · real time: [\d,.]+ ms\./,
    report: 'Lab report',
    edited: 'This is your version, saved in this browser.',
  },
};

/** Starlight's themes, as its theme picker names them. */
const siteThemes = ['dark', 'light'] as const;

/**
 * How code is drawn: its visible characters in runs of one colour and font style, e.g.
 * `rgb(255, 123, 114) normal:const`. Runs in the page; whitespace is left out, as it shows no colour.
 */
function codeLooks(code: Element): string[] {
  const runs: string[] = [];
  let last = '';
  const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const style = getComputedStyle(node.parentElement!);
    const look = `${style.color} ${style.fontStyle}`;
    for (const char of (node.textContent ?? '').replace(/\s+/g, '')) {
      if (look !== last) runs.push(`${look}:`);
      last = look;
      runs[runs.length - 1] += char;
    }
  }
  return runs;
}

/** Tall enough for the whole program to be drawn, so the editor's text can be read from the page. */
const tallViewport = { width: 1280, height: 2400 };

let outside: string[] = [];
test.beforeEach(async ({ context, baseURL }) => {
  outside = await guardOrigin(context, baseURL!);
});
test.afterEach(() => {
  expect(outside, 'requests that left the site').toEqual([]);
});

/** Scripts a page loads from the network until it is idle, without any interaction. */
async function scriptsAtStart(page: Page, path: string): Promise<Map<string, number>> {
  const responses: Response[] = [];
  const onResponse = (r: Response) => {
    if (r.request().resourceType() === 'script') responses.push(r);
  };
  page.on('response', onResponse);
  await page.goto(path, { waitUntil: 'networkidle' });
  page.off('response', onResponse);
  const sizes = new Map<string, number>();
  for (const r of responses) sizes.set(new URL(r.url()).pathname, (await r.body()).length);
  return sizes;
}

for (const locale of locales) {
  test.describe(`playground (${locale})`, () => {
    const page$ = playgroundPage[locale];
    const text = lesson[locale];

    test('requests no more JavaScript at start than a text page, and no editor code', async ({ page }) => {
      const onText = await scriptsAtStart(page, textPage[locale]);
      const onPlayground = await scriptsAtStart(page, page$);
      const bytes = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
      expect([...onPlayground.keys()].sort()).toEqual([...onText.keys()].sort());
      expect(bytes(onPlayground)).toBeLessThanOrEqual(bytes(onText));
      await expect(parts(page).staticCode).toBeVisible();
      await expect(parts(page).content).toHaveCount(0);
    });

    test('shows the code statically in the language of the page, with the editor’s size and colours', async ({ page }) => {
      await page.setViewportSize(tallViewport); // CodeMirror draws only the lines near the viewport
      await page.goto(page$);
      const p = parts(page);
      const original = originalSource('golden-rule-io', locale);
      await expect(p.staticCode).toHaveText(original);
      await expect(p.run).toHaveText(new RegExp(text.run));
      const before = await parts(page).root.locator('.pg-editor').boundingBox();
      const staticTokens = await p.staticCode.locator('span').evaluateAll((spans) => spans.map((s) => `${s.className}:${s.textContent}`));
      const themes = page.locator('starlight-theme-select select').first();
      const staticLooks: Record<(typeof siteThemes)[number], string[]> = { dark: [], light: [] };
      for (const theme of siteThemes) {
        await themes.selectOption(theme);
        staticLooks[theme] = await p.staticCode.evaluate(codeLooks);
      }
      await activate(page);
      const after = await parts(page).root.locator('.pg-editor').boundingBox();
      expect(Math.abs(after!.height - before!.height)).toBeLessThanOrEqual(1);
      expect(Math.abs(after!.width - before!.width)).toBeLessThanOrEqual(1);
      expect(await editorText(page)).toBe(original);
      const liveTokens = await p.content
        .locator(
          Object.values(tokenClass)
            .map((c) => `span.${c}`)
            .join(', '),
        )
        .evaluateAll(
          (spans, classes) => spans.map((s) => `${[...s.classList].find((c) => classes.includes(c))}:${s.textContent}`),
          Object.values(tokenClass) as string[],
        );
      expect(liveTokens).toEqual(staticTokens);
      for (const theme of siteThemes) {
        await themes.selectOption(theme);
        expect(await p.content.evaluate(codeLooks), `colours in the ${theme} theme`).toEqual(staticLooks[theme]);
      }
      expect(new Set(staticLooks.dark.map((run) => run.slice(0, run.indexOf(':')))).size, 'colours and styles used').toBeGreaterThan(3);
      expect(staticLooks.light).not.toEqual(staticLooks.dark);
    });

    test('activates when the reader scrolls to it', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 400 });
      await page.goto(page$);
      await expect(parts(page).staticCode).toBeAttached();
      await expect(parts(page).content).toHaveCount(0);
      // Scroll with the wheel, as a reader does, until the playground comes into view.
      await expect(async () => {
        await page.mouse.wheel(0, 300);
        await expect(parts(page).content).toBeVisible({ timeout: 500 });
      }).toPass();
    });

    test('a click on Run before the editor loads activates it and runs the program', async ({ page }) => {
      await page.goto(page$);
      await seedChecklist(page);
      const p = parts(page);
      await p.run.click();
      await expect(p.content).toBeVisible();
      expect(await waitForRunEnd(page)).toBe('ok');
      const out = await p.output.innerText();
      const sequential = Number(text.sequential.exec(out)?.[1]);
      const concurrent = Number(text.concurrent.exec(out)?.[1]);
      const ratio = Number(text.ratio.exec(out)?.[1]?.replace(',', '.'));
      // The lesson: concurrent waits for the slowest call, sequential for the sum of all three.
      expect(concurrent).toBeGreaterThan(0);
      expect(sequential).toBeGreaterThan(concurrent);
      expect(ratio).toBeCloseTo(sequential / concurrent, 1);
      const simulated = Number(text.done.exec(await p.status.innerText())?.[1]?.replace(/[.,]/g, ''));
      expect(simulated).toBe(sequential + concurrent);
      await expect(p.root.locator('.pg-report')).toContainText(text.report);
      await expect(p.root.locator('.pg-report')).toContainText('https://api1.com');
      expect(await checklistValue(page)).toBe(CHECKLIST_VALUE);
    });

    test('keeps the reader’s edit across a reload, and Reset brings the original back', async ({ page }) => {
      await page.setViewportSize(tallViewport); // CodeMirror draws only the lines near the viewport
      await page.goto(page$);
      await seedChecklist(page);
      const p = parts(page);
      const original = originalSource('golden-rule-io', locale);
      const edit = "const who: string = 'reader';\nconsole.log(`edited by ${who}`);";
      await typeProgram(page, edit);
      await p.run.click();
      await expect(p.lines.first()).toHaveText('edited by reader');
      await expect(p.note).toHaveText(text.edited);

      // From the top, so the reload restores no scroll position (scrolling would activate it at once).
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.reload();
      await expect(p.staticCode).toHaveText(original);
      await activate(page);
      await expect.poll(() => editorText(page)).toBe(edit);
      await expect(p.note).toHaveText(text.edited);
      await expect(p.reset).toBeEnabled();

      await p.reset.click();
      await expect.poll(() => editorText(page)).toBe(original);
      await expect(p.note).toHaveCount(0);
      await expect(p.reset).toBeDisabled();
      expect(await page.evaluate((key) => localStorage.getItem(key), EDITS_STORAGE_KEY)).toBeNull();
      expect(await checklistValue(page)).toBe(CHECKLIST_VALUE);

      await page.reload();
      await activate(page);
      await expect.poll(() => editorText(page)).toBe(original);
    });

    test('Ctrl+Enter in the editor runs the program without touching the code', async ({ page }) => {
      await page.goto(page$);
      const p = parts(page);
      await typeProgram(page, "console.log('run by keyboard');");
      await page.keyboard.press('Control+Enter');
      await expect(p.lines.first()).toHaveText('run by keyboard');
      expect(await editorText(page)).toBe("console.log('run by keyboard');");
    });

    test('is usable from the keyboard alone: focus Run, press Enter', async ({ page }) => {
      await page.goto(page$);
      const p = parts(page);
      await p.run.focus();
      await page.keyboard.press('Enter');
      expect(await waitForRunEnd(page)).toBe('ok');
      await expect(p.run).toBeFocused();
      await expect(p.run).toBeEnabled();
    });

    test('shows a running state and a Stop button while a program runs', async ({ page }) => {
      await page.goto(page$);
      const p = parts(page);
      await typeProgram(page, 'while (true) {}');
      await expect(p.stop).toBeDisabled();
      await p.run.click();
      await expect(p.run).toBeDisabled();
      await expect(p.run).toContainText(locale === 'en' ? 'Running…' : 'Executando…');
      await expect(p.status).toHaveText(locale === 'en' ? 'Running…' : 'Executando…');
      await p.stop.click();
      await expect(p.output).toHaveAttribute('data-status', 'stopped');
      await expect(p.status).toHaveText(locale === 'en' ? 'Stopped by you.' : 'Parado por você.');
      await expect(p.run).toBeEnabled();
      await expect(p.stop).toBeDisabled();
    });

    test('shows levels, objects and tables readably', async ({ page }) => {
      await page.goto(page$);
      const p = parts(page);
      await typeProgram(
        page,
        [
          "console.info('info line');",
          "console.warn('careful');",
          "console.error('bad');",
          "console.log({ user: { id: 1, tags: new Set(['a']) } });",
          "console.table([{ id: 1, name: 'Ana' }, { id: 2, name: 'Bia' }]);",
          'await new Promise((resolve) => setTimeout(resolve, 60_000));',
        ].join('\n'),
      );
      await p.run.click();
      await expect(p.lines.nth(0)).toHaveAttribute('data-level', 'info');
      await expect(p.lines.nth(1)).toHaveAttribute('data-level', 'warn');
      await expect(p.lines.nth(1).locator('.pg-level')).toHaveText(locale === 'en' ? 'warning' : 'aviso');
      await expect(p.lines.nth(2)).toHaveAttribute('data-level', 'error');
      await expect(p.lines.nth(3)).toHaveText("{ user: { id: 1, tags: Set(1) { 'a' } } }");
      const table = p.lines.nth(4).locator('table');
      await expect(table.locator('thead th')).toHaveText(['(index)', 'id', 'name']);
      await expect(table.locator('tbody tr').nth(1)).toHaveText(['1', '2', "'Bia'"].join(''));
      expect(await waitForRunEnd(page)).toBe('ok');
      await expect(p.status).toContainText(/60[.,]000 ms/);
    });

    test('follows the site’s light and dark themes', async ({ page }) => {
      await page.goto(page$);
      const p = parts(page);
      const themes = page.locator('starlight-theme-select select').first();
      const background = (selector: string) => p.root.locator(selector).evaluate((el) => getComputedStyle(el).backgroundColor);
      await themes.selectOption('dark');
      const darkStatic = await background('.pg-static');
      await themes.selectOption('light');
      const lightStatic = await background('.pg-static');
      expect(lightStatic).not.toBe(darkStatic);
      await activate(page);
      const lightLive = await background('.cm-editor');
      await themes.selectOption('dark');
      await expect.poll(() => background('.cm-editor')).toBe(darkStatic);
      expect(lightLive).toBe(lightStatic);
      await expect(p.content.locator(`.${tokenClass.keyword}`).first()).toBeVisible();
    });

    test('fits a phone: output below the editor and no sideways scrolling of the page', async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 740 });
      await page.goto(page$);
      const p = parts(page);
      await p.run.click();
      expect(await waitForRunEnd(page)).toBe('ok');
      const editor = await parts(page).root.locator('.pg-editor').boundingBox();
      const output = await p.output.boundingBox();
      expect(output!.y).toBeGreaterThanOrEqual(editor!.y + editor!.height - 1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    });

    test('has no accessibility violations, before and after running', async ({ page }) => {
      await page.goto(page$);
      const scan = () => new AxeBuilder({ page }).include('.pg').analyze();
      expect((await scan()).violations).toEqual([]);
      await parts(page).run.click();
      expect(await waitForRunEnd(page)).toBe('ok');
      expect((await scan()).violations).toEqual([]);
    });
  });
}
