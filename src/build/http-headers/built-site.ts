/**
 * What the header files need to know of a build in `dist/`: the inline hashes of its pages, and
 * the URL patterns of everything outside /_astro/, for hosts whose rules are URL patterns.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashedAssetsPrefix, type InlineHashes } from '../../data/http-headers';
import { headersFileName } from './headers-file';
import { inlineHashes } from './inline-hashes';

export interface BuiltSite {
  inline: InlineHashes;
  /** URL patterns covering every file of the build outside /_astro/, none of them overlapping it. */
  otherPaths: string[];
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Reads the build in `distDir`, a site served under `base` (Astro's `base`, with its trailing slash). */
export function readBuiltSite(distDir: string, base = '/'): BuiltSite {
  const inline = inlineHashes(htmlFiles(distDir).map((file) => readFileSync(file, 'utf8')));
  const hashedFolder = hashedAssetsPrefix.replace(/\//g, '');
  const otherPaths = readdirSync(distDir, { withFileTypes: true })
    .filter((entry) => entry.name !== hashedFolder && entry.name !== headersFileName)
    .flatMap((entry) =>
      entry.isDirectory()
        ? [`${base}${entry.name}/*`]
        : entry.name === 'index.html'
          ? [base, `${base}index.html`]
          : [`${base}${entry.name}`],
    )
    .sort();
  return { inline, otherPaths };
}
