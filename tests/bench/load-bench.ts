/**
 * Figures for `@lab/load` (run with `npm run bench:load`): the median real time in Node of a
 * 10,000-request run (1,000 req/s for 10 virtual seconds, each request one Redis GET and a 5 ms
 * wait) through the same runner the playgrounds use, and the gzipped bytes the load module adds
 * to the Worker's bundle. With E2E_PORT set to a running `astro preview` of a build, it also runs
 * the same program in a playground in Chromium (real time as the page reports it, median of 10)
 * and reports the gzipped size of the output panel's lazily loaded chart chunk.
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { nodeThreads } from '../../src/lab/cpu/node-threads';
import { runProgram, type RunHost } from '../../src/runner/run-program';

const root = fileURLToPath(new URL('../../', import.meta.url));
const RUNS = 10;

async function gzipBytes(entry: string): Promise<number> {
  const out = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
  });
  return gzipSync(out.outputFiles[0]!.contents, { level: 9 }).byteLength;
}

const silent: RunHost = {
  console: { log() {}, info() {}, warn() {}, error() {}, debug() {}, table() {} },
  report() {},
  locale: 'en',
  cpu: nodeThreads,
};

const program = `
import { load } from '@lab/load';
import { sleep } from '@lab/clock';
import Redis from 'ioredis';
const redis = new Redis();
const r = await load(async (i) => { await redis.get('k' + (i % 100)); await sleep(5); }, { rate: 1000, duration: 10_000 });
if (r.completed !== 10_000) throw new Error('expected 10,000 completed, got ' + r.completed);
`;

const times: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const outcome = await runProgram(program, 'load.ts', silent);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  times.push(outcome.realMs);
}
times.sort((a, b) => a - b);
const median = (times[RUNS / 2 - 1]! + times[RUNS / 2]!) / 2;
const world = await gzipBytes("export { createLabWorld } from './src/lab/world';\n");
const load = await gzipBytes("export { loadPart } from './src/lab/load/module';\n");
console.log(
  `10,000-request load run, Node, median of ${RUNS}: ${median.toFixed(0)} ms (min ${times[0]!.toFixed(0)}, max ${times[RUNS - 1]!.toFixed(0)})`,
);
console.log(`@lab/load alone, minified + gzip: ${load} B; the whole lab world with it: ${world} B`);

/** The same run in a playground of the built site, in Chromium: the real time its status line reports. */
async function chromiumTimes(base: string): Promise<number[]> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${base}/en/rate-limiting/`);
    const pg = page.locator('.pg[data-playground="load-rate-limit"]');
    await pg.locator('.pg-static, .cm-content').first().click();
    await pg.locator('.cm-content').click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText(program.trim());
    const out: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const output = pg.locator('.pg-output');
      await pg.locator('.pg-run').click();
      // A 10,000-request run takes hundreds of ms, so its running state is seen before it ends.
      await output.and(page.locator('[data-status="running"]')).waitFor();
      await output.and(page.locator('[data-status]:not([data-status="running"])')).waitFor({ timeout: 20_000 });
      const status = (await pg.locator('.pg-status').textContent()) ?? '';
      const real = /real time: ([\d,.]+) ms/.exec(status);
      if (!real) throw new Error(`run ${i + 1} did not finish: ${status}`);
      out.push(Number(real[1]!.replace(/,/g, '')));
    }
    return out;
  } finally {
    await browser.close();
  }
}

if (process.env.E2E_PORT) {
  const browserTimes = (await chromiumTimes(`http://127.0.0.1:${process.env.E2E_PORT}`)).sort((a, b) => a - b);
  const browserMedian = (browserTimes[RUNS / 2 - 1]! + browserTimes[RUNS / 2]!) / 2;
  console.log(
    `10,000-request load run, Chromium playground, median of ${RUNS}: ${browserMedian.toFixed(0)} ms (min ${browserTimes[0]}, max ${browserTimes[RUNS - 1]})`,
  );
  const chunk = readdirSync(`${root}dist/_astro`).find((f) => /^LoadChart\..*\.js$/.test(f));
  if (chunk) {
    const gz = gzipSync(readFileSync(`${root}dist/_astro/${chunk}`), { level: 9 }).byteLength;
    console.log(`load chart chunk (${chunk}), gzip: ${gz} B, fetched when a run first sends a load chart`);
  }
}
