/**
 * Playground figures, measured in Chromium against the built site (`astro build` first):
 * JS loaded at start on a playground page vs a text page (gzipped), bytes loaded when a
 * playground activates and on its first run, and the time from Run to the first output line,
 * cold (fresh browser, first run) and warm (run again), median of 10.
 *
 *   npm run bench:playground            (serves dist/ with astro preview on $E2E_PORT or 4321)
 */
import { readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { locales, type Locale } from '../../src/i18n/locales';
import { launchChromium, recordTransfers, startServer, type Transfer } from './support/browser';

const port = Number(process.env.E2E_PORT ?? 4321);
const base = `http://127.0.0.1:${port}`;
const RUNS = 10;
const pages: Record<'playground' | 'text', Record<Locale, string>> = {
  playground: { 'pt-BR': '/threading-multiprocessing-async/', en: '/en/threading-multiprocessing-async/' },
  text: { 'pt-BR': '/next-steps/', en: '/en/next-steps/' },
};

const sum = (items: Transfer[], f: (t: Transfer) => boolean, key: 'raw' | 'gzip') => items.filter(f).reduce((a, t) => a + t[key], 0);
const isJs = (t: Transfer) => t.type === 'script' || t.url.endsWith('.js');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) throw new RangeError('median of no figures');
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** JS the page loads before any interaction (external scripts, plus inline scripts in its HTML). */
async function startBytes(browser: Browser, path: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const rec = recordTransfers(page);
  await page.goto(base + path, { waitUntil: 'networkidle' });
  await Promise.all(rec.pending);
  const inline = await page.evaluate(() =>
    Array.from(document.querySelectorAll('script:not([src])'), (s) => s.textContent ?? '').join('\n'),
  );
  await context.close();
  return {
    externalGzip: sum(rec.list, isJs, 'gzip'),
    externalRaw: sum(rec.list, isJs, 'raw'),
    scripts: rec.list.filter(isJs).length,
    inlineGzip: gzipSync(Buffer.from(inline)).length,
  };
}

/**
 * Click Run and time until the first output line of this run appears, measured in the page.
 * (A string, because tsx would wrap named functions in a helper the page does not have.)
 */
function runToFirstLine(page: Page): Promise<number> {
  return page.evaluate(`new Promise((resolve) => {
    const root = document.querySelector('.pg[data-playground="golden-rule-io"]');
    const output = root.querySelector('.pg-output');
    let running = false;
    const t0 = performance.now();
    const observer = new MutationObserver(() => {
      running ||= output.dataset.status === 'running';
      if (running && output.querySelector('.pg-line')) {
        observer.disconnect();
        resolve(performance.now() - t0);
      }
    });
    observer.observe(output, { childList: true, subtree: true, attributes: true });
    root.querySelector('.pg-run').click();
  })`) as Promise<number>;
}

async function runEnded(page: Page) {
  await page.waitForFunction(
    () =>
      !/^(idle|running)$/.test(
        document.querySelector<HTMLElement>('.pg[data-playground="golden-rule-io"] .pg-output')?.dataset.status ?? 'idle',
      ),
  );
}

async function main() {
  const server = await startServer(port);
  const browser = await launchChromium();
  try {
    const rows: string[] = [];
    for (const locale of locales) {
      const text = await startBytes(browser, pages.text[locale]);
      const play = await startBytes(browser, pages.playground[locale]);
      rows.push(
        `${locale} start JS, text page:        ${kb(text.externalGzip)} gz (${text.scripts} scripts, ${kb(text.externalRaw)} raw) + inline ${kb(text.inlineGzip)} gz`,
        `${locale} start JS, playground page:  ${kb(play.externalGzip)} gz (${play.scripts} scripts, ${kb(play.externalRaw)} raw) + inline ${kb(play.inlineGzip)} gz`,
      );
    }

    // Activation (by scrolling, as a reader does) and the first run, in a fresh browser context.
    let activationFiles: Transfer[] = [];
    let firstRunFiles: Transfer[] = [];
    const activationBytes: number[] = [];
    const activationJs: number[] = [];
    const firstRunBytes: number[] = [];
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 500 } });
      const page = await context.newPage();
      await page.goto(base + pages.playground.en, { waitUntil: 'networkidle' });
      const activation = recordTransfers(page);
      // Scroll the way a reader does until the measured playground (the page's second) is live.
      const editor = page.locator('.pg[data-playground="golden-rule-io"] .cm-content');
      while (!(await editor.isVisible())) await page.mouse.wheel(0, 200);
      await page.waitForLoadState('networkidle');
      await Promise.all(activation.pending);
      activationBytes.push(sum(activation.list, () => true, 'gzip'));
      if (i === 0) activationFiles = [...activation.list];
      activationJs.push(sum(activation.list, isJs, 'gzip'));
      page.removeAllListeners('response');
      const firstRun = recordTransfers(page);
      cold.push(await runToFirstLine(page));
      await runEnded(page);
      await Promise.all(firstRun.pending);
      firstRunBytes.push(sum(firstRun.list, () => true, 'gzip'));
      if (i === 0) firstRunFiles = [...firstRun.list];
      if (i === 0) {
        for (let j = 0; j < RUNS; j++) {
          warm.push(await runToFirstLine(page));
          await runEnded(page);
        }
      }
      await context.close();
    }
    const ids = readdirSync('playgrounds', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    const count = (locale: Locale) => ids.filter((id) => existsSync(`playgrounds/${id}/${locale}.ts`)).length;

    console.log('Playground figures (Chromium, built site, gzip -6 of each response body)');
    for (const row of rows) console.log(`  ${row}`);
    console.log(`  activation (scroll), everything loaded:   ${kb(median(activationBytes))} gz, of which JS ${kb(median(activationJs))}`);
    const files = (list: Transfer[]) =>
      [...list]
        .sort((a, b) => b.gzip - a.gzip)
        .map((t) => `${t.url.replace('/_astro/', '')} ${kb(t.gzip)}`)
        .join(', ');
    console.log(`    ${files(activationFiles)}`);
    console.log(`  first Run, loaded then (Worker: runner + lab): ${kb(median(firstRunBytes))} gz`);
    console.log(`    ${files(firstRunFiles)}`);
    console.log(
      `  Run → first output line, cold (fresh browser, first run): median ${median(cold).toFixed(0)} ms of ${RUNS} [${cold.map((x) => x.toFixed(0)).join(', ')}]`,
    );
    console.log(
      `  Run → first output line, warm (run again):                median ${median(warm).toFixed(0)} ms of ${RUNS} [${warm.map((x) => x.toFixed(0)).join(', ')}]`,
    );
    console.log(`  playgrounds: ${locales.map((locale) => `${locale} ${count(locale)}`).join(', ')}`);
  } finally {
    await browser.close();
    server?.kill();
  }
}

await main();
