/**
 * Prints the JavaScript each page loads at start (module scripts, their static imports, inline
 * scripts), gzipped, from the built site, and what the checklist adds over a plain text page.
 * Run after `astro build`: `npx tsx tests/checklist/page-js-bytes.ts`.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Gzipped bytes of one file or inline script. */
const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Every JS file a page loads before any dynamic import, with the inline scripts' text. */
export function pageScripts(path: string): { files: Set<string>; inline: string[] } {
  const html = readFileSync(`${dist}${path.replace(/^\//, '')}index.html`, 'utf8');
  const files = new Set<string>();
  const inline: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = match[1] ?? '';
    const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
    if (src) collect(src.replace(/^\//, ''), files);
    else if (!/type="application\/(ld\+)?json"/.test(attrs)) inline.push(match[2] ?? '');
  }
  return { files, inline };
}

function collect(file: string, files: Set<string>): void {
  if (files.has(file)) return;
  files.add(file);
  const code = readFileSync(`${dist}${file}`, 'utf8');
  const dir = file.slice(0, file.lastIndexOf('/') + 1);
  // Static imports only (`import ... from "./x.js"` and `import "./x.js"`); `import("./x.js")` loads later.
  for (const m of code.matchAll(/\bimport\s*(?:[^"'();]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    collect(new URL(m[1] ?? '', `file:///${dir}`).pathname.slice(1), files);
  }
}

/** Gzipped JS a page loads at start: files (each compressed alone, as served) plus inline scripts. */
export function pageJsBytes(path: string): number {
  const { files, inline } = pageScripts(path);
  return [...files].reduce((sum, f) => sum + gz(readFileSync(`${dist}${f}`)), 0) + inline.reduce((sum, s) => sum + gz(s), 0);
}

const rows: [string, string, string][] = [
  ['checklist (pt-BR)', '/checklist/', '/profiling/'],
  ['checklist (en)', '/en/checklist/', '/en/profiling/'],
  ['overview with progress widget (en)', '/en/', '/en/profiling/'],
];
for (const [name, page, plain] of rows) {
  const bytes = pageJsBytes(page);
  const base = pageJsBytes(plain);
  const added = [...pageScripts(page).files].filter((f) => !pageScripts(plain).files.has(f));
  console.log(`${name}: ${bytes} B gzipped JS at start; text page ${plain}: ${base} B; added ${bytes - base} B (${added.join(', ')})`);
}
