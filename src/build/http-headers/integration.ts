/**
 * Astro integration writing `dist/_headers` after the build, because the policy in it names the
 * hashes of the inline scripts the build just produced: a file kept in `public/` would
 * go stale at the first change to a page's scripts.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headerRules } from '../../data/http-headers';
import { readBuiltSite } from './built-site';
import { headersFileName, renderHeadersFile } from './headers-file';
import { configBase } from '../config-base';

/** Writes the `_headers` file static hosts read (see src/data/http-headers.ts). */
export function httpHeadersFile(): AstroIntegration {
  let base = '/';
  return {
    name: 'http-headers-file',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = configBase(config);
      },
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const site = readBuiltSite(distDir, base);
        writeFileSync(new URL(headersFileName, dir), renderHeadersFile(headerRules(site.inline), site.otherPaths, base));
        logger.info(`${headersFileName} written (${site.inline.script.length} inline script hashes)`);
      },
    },
  };
}
