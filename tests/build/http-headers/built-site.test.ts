import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readBuiltSite } from '../../../src/build/http-headers/built-site';

let dist: string;
afterEach(() => rmSync(dist, { recursive: true, force: true }));

function build(files: Record<string, string>): string {
  dist = mkdtempSync(join(tmpdir(), 'built-site-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dist, path, '..'), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  return dist;
}

describe('reading a build', () => {
  it('covers everything outside /_astro/ with patterns that do not reach into it', () => {
    const site = readBuiltSite(
      build({
        'index.html': '',
        '404.html': '',
        'caching/index.html': '',
        'en/caching/index.html': '',
        'pagefind/pagefind.js': '',
        'favicon.svg': '',
        '_astro/page.js': '',
        _headers: '',
      }),
    );
    expect(site.otherPaths).toEqual(['/', '/404.html', '/caching/*', '/en/*', '/favicon.svg', '/index.html', '/pagefind/*']);
  });

  it('writes the patterns under the base of a build made for a sub-path', () => {
    const site = readBuiltSite(
      build({ 'index.html': '', 'caching/index.html': '', 'favicon.svg': '', '_astro/page.js': '' }),
      '/modulo-05/',
    );
    expect(site.otherPaths).toEqual(['/modulo-05/', '/modulo-05/caching/*', '/modulo-05/favicon.svg', '/modulo-05/index.html']);
  });

  it('collects the inline scripts of every page, nested ones included', () => {
    const site = readBuiltSite(
      build({ 'index.html': '<script>console.log(1)</script>', 'en/caching/index.html': '<script>console.log(1)</script>' }),
    );
    expect(site.inline.script).toEqual(['sha256-CihokcEcBW4atb/CW/XWsvWwbTjqwQlE9nj9ii5ww5M=']);
  });
});
