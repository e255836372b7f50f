/**
 * The `nginx` Playwright project's web server (playwright.config.ts): starts nginx on the build
 * (see nginx.ts), prints `nginx is serving dist/ at <url>` once it listens (the config waits for
 * that line and takes the port from it), and stops it on SIGTERM or SIGINT.
 */
import { startSiteNginx } from './nginx';

try {
  const nginx = await startSiteNginx();
  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      stopping = true;
      void nginx.stop().then(() => process.exit(0));
    });
  }
  void nginx.exited.then((code) => {
    if (!stopping) {
      console.error(`nginx exited (code ${code}) while the tests needed it.`);
      process.exit(1);
    }
  });
  console.log(`nginx is serving dist/ at ${nginx.url}`);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
