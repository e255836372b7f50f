/**
 * Build time and start-up weight of the site, next to a bare Starlight starter built the same way
 * in the same run (the machines are noisy: compare the ratio, not the absolute figures).
 *
 *   npm run bench:site            # 3 builds each, medians
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { kb, median, pageWeight } from './support/page-assets';

const root = resolve(import.meta.dirname, '../..');
const runs = Number(process.env.BENCH_RUNS ?? 3);
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');

/**
 * A Starlight starter with two pages. It sits inside the project (git-ignored) so Node resolves the
 * project's installed packages: same versions, no second install, no symlinks for Vite to trip on.
 */
function makeStarter(): string {
  mkdirSync(join(root, '.bench'), { recursive: true });
  const dir = mkdtempSync(join(root, '.bench', 'starlight-starter-'));
  const { dependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  // Vite decides what to bundle for SSR from the declared dependencies, as in a real starter.
  const starterDeps = { astro: dependencies.astro, '@astrojs/starlight': dependencies['@astrojs/starlight'] };
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'starter', type: 'module', private: true, dependencies: starterDeps }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Starter', sidebar: [{ label: 'Guides', items: [{ autogenerate: { directory: 'guides' } }] }] })] });\n`,
  );
  mkdirSync(join(dir, 'src/content/docs/guides'), { recursive: true });
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  writeFileSync(join(dir, 'src/content/docs/index.md'), '---\ntitle: Welcome\n---\n\nA starter page.\n');
  writeFileSync(
    join(dir, 'src/content/docs/guides/example.md'),
    '---\ntitle: Example guide\n---\n\n## A heading\n\nSome text with `code`.\n\n```js\nconsole.log("hello");\n```\n',
  );
  return dir;
}

function timeBuild(dir: string): number {
  const start = performance.now();
  execFileSync(process.execPath, [astroBin, 'build'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  return performance.now() - start;
}

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

const starter = makeStarter();
try {
  const site: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Interleave so both see the same machine conditions.
    base.push(timeBuild(starter));
    site.push(timeBuild(root));
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
