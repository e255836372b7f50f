/**
 * Starts a real nginx (the Debian package) serving the built site (`dist/`) with the server block
 * the project ships (src/build/http-headers/nginx-config.ts), on 127.0.0.1 on a free port.
 * Everything nginx writes goes to a temporary prefix directory, removed when it stops, so it runs
 * as the current user and touches nothing else. A missing build, nginx or brotli module fails loudly.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { headerRules } from '../../src/data/http-headers';
import { readBuiltSite } from '../../src/build/http-headers/built-site';
import { renderNginxServer } from '../../src/build/http-headers/nginx-config';
import { freePort } from './free-port';
import { cspReportPath, nginxSystemFiles, testNginxConfig } from './nginx-config';

export interface RunningNginx {
  /** `http://127.0.0.1:<port><base>` */
  url: string;
  /** Resolves when nginx exits, whoever stopped it. */
  exited: Promise<number | null>;
  /** Stops nginx (a fast shutdown) and removes its directory. */
  stop(): Promise<void>;
}

/** Starts nginx on the build in `distDir`, made for `base`; resolves once it accepts connections. */
export async function startSiteNginx(distDir = resolve('dist'), base = '/'): Promise<RunningNginx> {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error('dist/ has no build: run `npx astro build` before the nginx tests.');
  if (!existsSync(nginxSystemFiles.brotliFilter)) {
    throw new Error(
      `nginx's brotli module is missing (${nginxSystemFiles.brotliFilter}): apt-get install libnginx-mod-http-brotli-filter.`,
    );
  }
  const port = await freePort();
  const prefix = mkdtempSync(join(tmpdir(), 'site-nginx-'));
  mkdirSync(join(prefix, 'temp'));
  const conf = join(prefix, 'nginx.conf');
  const site = readBuiltSite(distDir, base);
  // The shipped rules, plus a report-uri so that violations in Workers reach the tests too (see tests/e2e/nginx/csp-guard.ts).
  const rules = headerRules(site.inline, { reportUri: cspReportPath });
  const server = renderNginxServer(rules, { listen: `127.0.0.1:${port}`, root: distDir, brotli: true, base });
  writeFileSync(conf, testNginxConfig({ prefix, server, brotli: true, user: process.getuid?.() === 0 ? userInfo().username : undefined }));

  // nginx writes its pid file once its listening socket is open: from then on connections queue for it.
  const pidFile = join(prefix, 'nginx.pid');
  const watcher = watch(prefix);
  const listening = new Promise<void>((resolveListening) => watcher.on('change', () => existsSync(pidFile) && resolveListening()));
  const nginx = spawn(nginxSystemFiles.binary, ['-p', prefix, '-c', conf, '-e', 'stderr', '-g', 'daemon off;'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const failed = new Promise<never>((_, reject) => {
    nginx.once('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'ENOENT' ? new Error('nginx is not installed: the nginx tests need it (apt-get install nginx).') : e),
    );
    nginx.once('exit', (code) => reject(new Error(`nginx exited (code ${code}) before it listened.`)));
  });
  const exited = new Promise<number | null>((resolveExit) =>
    nginx.once('exit', (code) => {
      rmSync(prefix, { recursive: true, force: true });
      resolveExit(code);
    }),
  );
  // Only the start can fail this way; an exit after it is what `exited` reports.
  failed.catch(() => undefined);
  try {
    await Promise.race([listening, failed]);
  } catch (e) {
    if (nginx.pid !== undefined && nginx.exitCode === null) nginx.kill('SIGTERM');
    rmSync(prefix, { recursive: true, force: true });
    throw e;
  } finally {
    watcher.close();
  }
  return {
    url: `http://127.0.0.1:${port}${base}`,
    exited,
    async stop() {
      if (nginx.exitCode === null && nginx.signalCode === null) nginx.kill('SIGTERM');
      await exited;
    },
  };
}
