import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { cacheControl, compression } from '../../../src/data/http-headers';
import { serviceWorkerFile } from '../../../src/data/service-worker';
import { cspReportPath } from '../../setup/nginx-config';
import { rawGet } from '../../support/raw-get';

/**
 * The headers nginx sends with the shipped server block, read off the wire, and the `_headers`
 * file the same rules became for static hosts. (No browser here: plain HTTP requests.)
 */

const decode = { gzip: gunzipSync, br: brotliDecompressSync } as const;
const dist = fileURLToPath(new URL('../../../dist/', import.meta.url));

/** The `_headers` file as blocks: a URL pattern and its headers. */
function headersFileBlocks(): { pattern: string; headers: Record<string, string> }[] {
  const blocks: { pattern: string; headers: Record<string, string> }[] = [];
  for (const line of readFileSync(join(dist, '_headers'), 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!line.startsWith(' ')) blocks.push({ pattern: line, headers: {} });
    else {
      const at = line.indexOf(':');
      blocks.at(-1)!.headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
    }
  }
  return blocks;
}

const matches = (pattern: string, path: string) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);

/** The one `_headers` block for `path`, failing if there are none or several. */
function headersFileRule(path: string): Record<string, string> {
  const found = headersFileBlocks().filter((b) => matches(b.pattern, path));
  expect(
    found.map((b) => b.pattern),
    `_headers rules for ${path}`,
  ).toHaveLength(1);
  return found[0]!.headers;
}

/** What nginx must send as the policy: the `_headers` one for the same path, plus the tests' report-uri. */
const servedPolicy = (path: string) => `${headersFileRule(path)['content-security-policy']}; report-uri ${cspReportPath}`;

/** The stylesheets and scripts a page links to in /_astro/. */
function hashedAssets(html: string): string[] {
  return [...new Set([...html.matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/g)].map((m) => m[1]!))];
}

test('a page is compressed (gzip and brotli), revalidated on every use, and sent with the page policy', async ({ baseURL }) => {
  const url = new URL('/caching/', baseURL).href;
  const identity = await rawGet(url);
  for (const encoding of ['gzip', 'br'] as const) {
    const res = await rawGet(url, { 'accept-encoding': encoding });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding'], encoding).toBe(encoding);
    expect(res.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(decode[encoding](res.body).equals(identity.body), `${encoding} decodes to the page`).toBe(true);
    expect(res.wireBytes).toBeLessThan(identity.wireBytes);
  }
  expect(identity.headers['cache-control']).toBe(cacheControl.revalidate);
  expect(identity.headers['content-security-policy']).toBe(servedPolicy('/caching/'));
  expect(identity.headers['x-content-type-options']).toBe('nosniff');
  // Revalidating an unchanged page costs a 304 and no body.
  const again = await rawGet(url, { 'if-none-match': identity.headers['etag']! });
  expect(again.status).toBe(304);
  expect(again.wireBytes).toBe(0);
});

test('hashed CSS and JS are compressed, cached for a year as immutable, and sent with the Worker policy', async ({ baseURL }) => {
  const page = await rawGet(new URL('/caching/', baseURL).href);
  const assets = hashedAssets(page.body.toString('utf8'));
  expect(assets.some((a) => a.endsWith('.css'))).toBe(true);
  expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
  for (const asset of assets) {
    const res = await rawGet(new URL(asset, baseURL).href, { 'accept-encoding': 'gzip' });
    expect(res.status, asset).toBe(200);
    expect(res.headers['cache-control'], asset).toBe(cacheControl.immutable);
    expect(res.headers['content-security-policy'], asset).toBe(servedPolicy(asset));
    // A file too small to gain from compression goes as it is.
    const worthIt = statSync(join(dist, asset)).size >= compression.minLength;
    expect(res.headers['content-encoding'], asset).toBe(worthIt ? 'gzip' : undefined);
  }
});

test('the 404 page carries the page headers too', async ({ baseURL }) => {
  const res = await rawGet(new URL('/no-such-page/', baseURL).href);
  expect(res.status).toBe(404);
  expect(res.headers['cache-control']).toBe(cacheControl.revalidate);
  expect(res.headers['content-security-policy']).toBe(servedPolicy('/404.html'));
});

test('the service worker is revalidated on every visit, never cached as immutable', async ({ baseURL }) => {
  // A cached worker would keep readers on the deploy it precached: browsers check it for changes on each visit.
  const res = await rawGet(new URL(`/${serviceWorkerFile}`, baseURL).href);
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toMatch(/javascript/);
  expect(res.headers['cache-control']).toBe(cacheControl.revalidate);
  expect(res.headers['content-security-policy']).toBe(servedPolicy(`/${serviceWorkerFile}`));
});

test('the static hosts’ rules file is not served', async ({ baseURL }) => {
  expect((await rawGet(new URL('/_headers', baseURL).href)).status).toBe(404);
});

test('_headers gives every file of the build exactly one rule', () => {
  const top = readdirSync(dist, { withFileTypes: true }).filter((e) => e.name !== '_headers');
  const paths = top.map((e) => (e.isDirectory() ? `/${e.name}/` : e.name === 'index.html' ? '/' : `/${e.name}`));
  expect(paths).toContain('/_astro/');
  for (const path of [...paths, '/index.html', '/en/caching/']) headersFileRule(path);
});
