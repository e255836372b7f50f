/**
 * A site behind nginx (the shipped server block, tests/setup/nginx.ts) whose deploy the test can
 * change while the browser keeps its origin: nginx serves a symbolic link, and a deploy swaps what
 * the link points to, as a host swaps the published folder. Nothing else of the origin changes,
 * which is what a service worker sees of a real deploy.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { serviceWorkerOptions } from '../../../src/build/service-worker/options';
import { startSiteNginx, type RunningNginx } from '../../setup/nginx';

export interface DeployedSite {
  /** `http://127.0.0.1:<port><base>` */
  url: string;
  /** Publishes `dir` in place of what is served now. */
  publish(dir: string): void;
  /** Publishes an empty folder: every request answers 404, as if the site had gone. */
  takeDown(): void;
  /** A copy of the first build with `change` applied to the pages named (paths inside the build) and a service worker generated for it, as the build makes one. */
  nextDeploy(pages: readonly string[], change: (html: string) => string): Promise<string>;
  stop(): Promise<void>;
}

/** Serves the build in `buildDir` (made for `base`) through a link the test can repoint. */
export async function deployedSite(buildDir: string, base: string): Promise<DeployedSite> {
  const work = mkdtempSync(join(tmpdir(), 'offline-site-'));
  const live = join(work, 'live');
  const empty = join(work, 'empty');
  mkdirSync(empty);
  symlinkSync(buildDir, live);
  let nginx: RunningNginx;
  try {
    nginx = await startSiteNginx(live, base);
  } catch (e) {
    rmSync(work, { recursive: true, force: true });
    throw e;
  }
  let deploys = 0;
  // A new link renamed over the old one: nginx, which resolves the path on every request, sees one or the other.
  const publish = (dir: string) => {
    const next = join(work, 'live.next');
    symlinkSync(dir, next);
    renameSync(next, live);
  };
  return {
    url: nginx.url,
    publish,
    takeDown: () => publish(empty),
    async nextDeploy(pages, change) {
      const dir = join(work, `deploy-${++deploys}`);
      cpSync(buildDir, dir, { recursive: true });
      for (const page of pages) writeFileSync(join(dir, page), change(readFileSync(join(dir, page), 'utf8')));
      await generateSW(serviceWorkerOptions(dir, base));
      return dir;
    },
    async stop() {
      await nginx.stop();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
