/**
 * Build time and start-up weight of the site, next to a bare Starlight starter built the same way
 * in the same run (the machines are noisy: compare the ratio, not the absolute figures).
 *
 *   npm run bench:site            # 3 builds each, medians
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { kb, median, pageWeight } from './support/page-assets';
import { makeStarter, timeBuild } from './support/starter';

const root = resolve(import.meta.dirname, '../..');
const runs = Number(process.env.BENCH_RUNS ?? 3);
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');

function countPages(dist: string, prefix: string): number {
  let n = 0;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (!(prefix === '' && p === join(dist, 'en')) && !p.includes('pagefind') && !p.includes('_astro')) walk(p);
      } else if (name === 'index.html') n++;
    }
  };
  walk(join(dist, prefix));
  return n;
}

const starter = makeStarter(root);
try {
  const site: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Interleave so both see the same machine conditions.
    base.push(timeBuild(astroBin, starter));
    site.push(timeBuild(astroBin, root));
  }
  const dist = join(root, 'dist');
  const textPage = pageWeight(dist, '/next-steps/');
  const textPageEn = pageWeight(dist, '/en/next-steps/');
  const starterPage = pageWeight(join(starter, 'dist'), '/guides/example/');

  const rows = [
    ['', 'this site', 'bare starter', 'ratio'],
    [
      'build time (median)',
      `${(median(site) / 1000).toFixed(2)} s`,
      `${(median(base) / 1000).toFixed(2)} s`,
      (median(site) / median(base)).toFixed(2),
    ],
    ['pages, Portuguese (/)', String(countPages(dist, '')), '', ''],
    ['pages, English (/en/)', String(countPages(dist, 'en')), '', ''],
    ['text page HTML gz', kb(textPage.html), kb(starterPage.html), (textPage.html / starterPage.html).toFixed(2)],
    ['text page JS gz at start', kb(textPage.js), kb(starterPage.js), (textPage.js / Math.max(1, starterPage.js)).toFixed(2)],
    ['text page CSS gz', kb(textPage.css), kb(starterPage.css), (textPage.css / starterPage.css).toFixed(2)],
    ['text page JS gz at start (en)', kb(textPageEn.js), '', ''],
  ];
  console.log(`builds: ${runs} each, interleaved; text page: /next-steps/ vs the starter's /guides/example/`);
  for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(32) : c.padStart(14))).join(''));
} finally {
  rmSync(starter, { recursive: true, force: true });
}
