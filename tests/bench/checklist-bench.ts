/**
 * What the checklist adds to the JavaScript a page loads at start (external module scripts with
 * their static imports, plus inline scripts), gzipped, next to a plain text page of the same build.
 * Run after `astro build`: `npm run bench:checklist`.
 */
import { join, resolve } from 'node:path';
import { pageWeight } from './support/page-assets';

const dist = join(resolve(import.meta.dirname, '../..'), 'dist');

const rows: [string, string, string][] = [
  ['checklist (pt-BR)', '/checklist/', '/next-steps/'],
  ['checklist (en)', '/en/checklist/', '/en/next-steps/'],
  ['overview with progress widget (en)', '/en/', '/en/next-steps/'],
];
for (const [name, path, plainPath] of rows) {
  const page = pageWeight(dist, path);
  const plain = pageWeight(dist, plainPath);
  const bytes = page.js + page.inlineJs;
  const base = plain.js + plain.inlineJs;
  const added = page.files.filter((f) => f.endsWith('.js') && !plain.files.includes(f));
  console.log(`${name}: ${bytes} B gzipped JS at start; text page ${plainPath}: ${base} B; added ${bytes - base} B (${added.join(', ')})`);
}
