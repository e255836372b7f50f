import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  /** Gzipped bytes of the HTML document itself (inline scripts and styles included). */
  html: number;
  /** Gzipped bytes of external JS the page loads at start: module scripts and their static imports. */
  js: number;
  /** Gzipped bytes of the page's inline scripts, each compressed alone (they are part of `html` too). */
  inlineJs: number;
  /** Gzipped bytes of external stylesheets linked from the page. */
  css: number;
  files: string[];
}

const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

/** Resolves a URL found in a built page or script to a file in the build output. */
function toFile(dist: string, fromUrlPath: string, ref: string): string | undefined {
  if (/^(?:[a-z]+:)?\/\//i.test(ref) || ref.startsWith('data:')) return undefined;
  const urlPath = ref.startsWith('/') ? ref : posix.join(posix.dirname(fromUrlPath), ref);
  const file = join(dist, urlPath.split('?')[0]!);
  return existsSync(file) ? file : undefined;
}

/**
 * What a built page costs at start, read from the files: the HTML, its stylesheets, and its module
 * scripts with everything they import statically. Dynamic `import()` (search UI, islands that
 * hydrate later) is left out: it is not loaded at start.
 */
export function pageWeight(dist: string, pageUrlPath: string): PageWeight {
  const htmlFile = join(dist, pageUrlPath, pageUrlPath.endsWith('/') ? 'index.html' : '');
  const html = readFileSync(htmlFile, 'utf8');
  const css = new Set<string>();
  const js = new Set<string>();
  for (const m of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) {
    const f = toFile(dist, pageUrlPath, m[1]!);
    if (f) css.add(f);
  }
  const queue: { file: string; urlPath: string }[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) {
    const f = toFile(dist, pageUrlPath, m[1]!);
    if (f) queue.push({ file: f, urlPath: m[1]!.startsWith('/') ? m[1]! : posix.join(pageUrlPath, m[1]!) });
  }
  for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) {
    const f = toFile(dist, pageUrlPath, m[1]!);
    if (f) queue.push({ file: f, urlPath: m[1]! });
  }
  while (queue.length > 0) {
    const { file, urlPath } = queue.pop()!;
    if (js.has(file)) continue;
    js.add(file);
    const code = readFileSync(file, 'utf8');
    // Static imports only: `import "x"`, `import {a} from "x"`, `export * from "x"`.
    for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
      const next = toFile(dist, urlPath, m[1]!);
      if (next) queue.push({ file: next, urlPath: posix.join(posix.dirname(urlPath), m[1]!) });
    }
  }
  const sum = (files: Set<string>) => [...files].reduce((n, f) => n + gz(readFileSync(f)), 0);
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).filter((code) => code.trim());
  const inlineJs = inline.reduce((n, code) => n + gz(code), 0);
  return { html: gz(html), js: sum(js), inlineJs, css: sum(css), files: [...js, ...css].map((f) => f.slice(dist.length)) };
}

/** Median of a non-empty list of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Every page of a build, as URL paths (`/`, `/en/caching/`), sorted; the search index and assets are not pages. */
export function builtPages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(/[\\/]/))
    .filter((parts) => parts.at(-1) === 'index.html' && !['_astro', 'pagefind'].includes(parts[0]!))
    .map(
      (parts) =>
        `/${parts
          .slice(0, -1)
          .map((p) => `${p}/`)
          .join('')}`,
    )
    .sort();
}
