/**
 * Bytes on the wire for a topic page behind nginx with the shipped config: its HTML, and the HTML
 * with the CSS and JS it loads at start, sent raw, gzip and brotli (after `npx astro build`).
 *
 *   npm run bench:nginx [-- /en/caching/]
 */
import { resolve } from 'node:path';
import { startSiteNginx } from '../setup/nginx';
import { rawGet } from '../support/raw-get';
import { pageWeight } from './support/page-assets';

const path = process.argv[2] ?? '/caching/';
const dist = resolve('dist');
const encodings = { raw: 'identity', gzip: 'gzip', brotli: 'br' } as const;
const bytes = (n: number) => `${n.toLocaleString('en')} B`;
const files = [path, ...pageWeight(dist, path).files];

const nginx = await startSiteNginx(dist);
try {
  const rows: string[] = [];
  for (const [label, encoding] of Object.entries(encodings)) {
    let html = 0;
    let all = 0;
    for (const file of files) {
      const res = await rawGet(new URL(file, nginx.url).href, { 'accept-encoding': encoding });
      if (res.status !== 200) throw new Error(`${file}: ${res.status}`);
      if (file === path) html = res.wireBytes;
      all += res.wireBytes;
    }
    rows.push(`${label.padEnd(8)} ${bytes(html).padStart(10)} ${bytes(all).padStart(12)}`);
  }
  console.log(`${path} behind nginx: ${files.length - 1} CSS and JS files at start`);
  console.log(`${'encoding'.padEnd(8)} ${'HTML'.padStart(10)} ${'HTML+CSS+JS'.padStart(12)}`);
  for (const row of rows) console.log(row);
} finally {
  await nginx.stop();
}
