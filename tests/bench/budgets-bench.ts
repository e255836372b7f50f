/**
 * The site's weight and speed budgets, measured on a build next to a bare Starlight starter with the
 * same number of pages, built the same way in the same run; prints one table and exits non-zero
 * when a figure is over its budget. Figures that depend on the machine's load (build time) are
 * compared as a ratio to the starter's, measured interleaved with the site's.
 *
 *   npm run bench:budgets            (BENCH_RUNS builds each, 3 by default; serves dist/ on $E2E_PORT or 4321)
 *
 * Budgets: HTML ≤ 12 KB gz on every page of both languages (the reference page ≤ 14 KB); JS at start
 * ≤ the starter's + 3 KB gz on every page; bytes to activate a playground ≤ 200 KB gz; build time
 * ≤ 1.5 × the starter's.
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pagePath } from '../../src/data/pages';
import { locales } from '../../src/i18n/locales';
import { launchChromium, recordTransfers, startServer } from './support/browser';
import { builtPages, kb, median, pageWeight } from './support/page-assets';
import { makeStarter, timeBuild } from './support/starter';

const root = resolve(import.meta.dirname, '../..');
const runs = Number(process.env.BENCH_RUNS ?? 3);
const port = Number(process.env.E2E_PORT ?? 4321);
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');
const KB = 1024;

const budget = {
  html: 12 * KB,
  /** The reference page carries three charts and their tables. */
  referenceHtml: 14 * KB,
  jsOverStarter: 3 * KB,
  activation: 200 * KB,
  buildRatio: 1.5,
};
const referencePages = new Set(locales.map((locale) => pagePath('reference-numbers', locale)));
/** The playground the activation is measured on: the first one of a topic page. */
const activationPage = pagePath('caching', 'pt-BR');

interface Row {
  figure: string;
  site: string;
  starter: string;
  limit: string;
  ok: boolean;
}

/**
 * Bytes loaded when the first playground of a page activates, as a reader scrolling to it
 * activates it (a touch would also warm the Worker, which is the first Run's cost, not the editor's).
 */
async function activationBytes(path: string): Promise<{ total: number; files: string }> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 500 } });
    await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' });
    const rec = recordTransfers(page);
    const editor = page.locator('.pg .cm-content').first();
    while (!(await editor.isVisible())) await page.mouse.wheel(0, 200);
    await page.waitForLoadState('networkidle');
    await Promise.all(rec.pending);
    const files = [...rec.list]
      .sort((a, b) => b.gzip - a.gzip)
      .map((t) => `${t.url.replace(/^.*\//, '')} ${kb(t.gzip)}`)
      .join(', ');
    return { total: rec.list.reduce((n, t) => n + t.gzip, 0), files };
  } finally {
    await browser.close();
  }
}

async function main() {
  // The site first, to know its page count; then both, interleaved, so they see the same machine.
  const siteTimes = [timeBuild(astroBin, root)];
  const dist = join(root, 'dist');
  const pages = builtPages(dist);
  const starter = makeStarter(root, pages.length);
  const rows: Row[] = [];
  let activation: { total: number; files: string };
  try {
    const starterTimes = [timeBuild(astroBin, starter)];
    for (let i = 1; i < runs; i++) {
      starterTimes.push(timeBuild(astroBin, starter));
      siteTimes.push(timeBuild(astroBin, root));
    }
    const starterDist = join(starter, 'dist');
    const bare = pageWeight(starterDist, '/guides/example/');
    const bareJs = bare.js + bare.inlineJs;
    for (const path of pages) {
      const w = pageWeight(dist, path);
      const limit = referencePages.has(path) ? budget.referenceHtml : budget.html;
      rows.push({ figure: `HTML gz ${path}`, site: kb(w.html), starter: kb(bare.html), limit: `≤ ${kb(limit)}`, ok: w.html <= limit });
    }
    for (const path of pages) {
      const w = pageWeight(dist, path);
      const js = w.js + w.inlineJs;
      rows.push({
        figure: `JS gz at start ${path}`,
        site: kb(js),
        starter: kb(bareJs),
        limit: `≤ ${kb(bareJs + budget.jsOverStarter)}`,
        ok: js <= bareJs + budget.jsOverStarter,
      });
    }
    const server = await startServer(port);
    try {
      activation = await activationBytes(activationPage);
    } finally {
      server?.kill();
    }
    rows.push({
      figure: `activate a playground (${activationPage})`,
      site: kb(activation.total),
      starter: '',
      limit: `≤ ${kb(budget.activation)}`,
      ok: activation.total <= budget.activation,
    });
    const ratio = median(siteTimes) / median(starterTimes);
    rows.push({
      figure: `build time (median of ${runs}), ${pages.length} pages`,
      site: `${(median(siteTimes) / 1000).toFixed(1)} s`,
      starter: `${(median(starterTimes) / 1000).toFixed(1)} s`,
      limit: `${ratio.toFixed(2)} ≤ ${budget.buildRatio}×`,
      ok: ratio <= budget.buildRatio,
    });
  } finally {
    rmSync(starter, { recursive: true, force: true });
  }

  const widths = [52, 12, 12, 16];
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('');
  console.log('Budgets (gzip -9 of the built files; JS at start: module scripts with their static imports, and inline scripts)');
  console.log(line(['', 'this site', 'bare', 'budget', '']));
  for (const r of rows) console.log(`${line([r.figure, r.site, r.starter, r.limit])}  ${r.ok ? 'ok' : 'OVER'}`);
  console.log(`activation loads: ${activation.files}`);
  const over = rows.filter((r) => !r.ok);
  if (over.length > 0) {
    console.log(`${over.length} figure(s) over budget`);
    process.exitCode = 1;
  }
}

await main();
