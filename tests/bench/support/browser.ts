/** Serving the built site and recording what Chromium loads from it, for the browser benches. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page, type Response } from '@playwright/test';

async function serverUp(base: string): Promise<boolean> {
  try {
    return (await fetch(`${base}/`)).ok;
  } catch {
    return false;
  }
}

/** Serves `dist/` with `astro preview` on `port`, unless something already answers there; the child to kill after, if started. */
export async function startServer(port: number): Promise<ChildProcess | undefined> {
  const base = `http://127.0.0.1:${port}`;
  if (await serverUp(base)) return undefined;
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `astro build` first');
  const child = spawn('npx', ['astro', 'preview', '--port', String(port), '--host', '127.0.0.1'], { stdio: 'ignore' });
  const deadline = Date.now() + 60_000;
  while (!(await serverUp(base))) {
    if (Date.now() > deadline) throw new Error(`astro preview did not answer on ${base}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return child;
}

/** Debian's Chromium (or `CHROMIUM_PATH`), as the tests launch it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  });
}

/** One response the page received, with its body's size raw and gzipped (-6, as a static host serves it). */
export interface Transfer {
  url: string;
  type: string;
  raw: number;
  gzip: number;
}

/**
 * Records what the page loads, with gzip -6 sizes of the bodies (as a static host would serve
 * them). A file counts once: `astro preview` makes the browser revalidate every reuse (a new
 * Worker fetching its script again), where a real host serves hashed assets as immutable.
 */
export function recordTransfers(page: Page): { list: Transfer[]; pending: Promise<void>[] } {
  const list: Transfer[] = [];
  const pending: Promise<void>[] = [];
  const seen = new Set<string>();
  page.on('response', (r: Response) => {
    if (seen.has(r.url())) return;
    seen.add(r.url());
    pending.push(
      r.body().then(
        (body) => {
          list.push({ url: new URL(r.url()).pathname, type: r.request().resourceType(), raw: body.length, gzip: gzipSync(body).length });
        },
        () => {},
      ),
    );
  });
  return { list, pending };
}
