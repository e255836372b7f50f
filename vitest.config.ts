import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

/** Suites that talk to a real server the global setup starts (today: the Redis contract suite). */
const contract = ['tests/lab/redis/contract.test.ts'];
/** The README's commands on a fresh clone: a full install and build, run in CI. */
const readme = ['tests/readme/**/*.test.ts'];

/**
 * Unit and contract tests: everything under tests/ except the browser suite. The `unit` project
 * needs nothing installed, so `vitest run --project unit <file>` works without redis-server; the
 * `contract` project starts a real redis-server first. `vitest run` runs both.
 */
export default defineConfig({
  resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    exclude: ['tests/e2e/**', 'node_modules/**'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: [...contract, ...readme] } },
      // A real redis-server for the Redis contract suite, on a free port it provides as `redisPort`.
      { extends: true, test: { name: 'contract', include: contract, globalSetup: ['tests/setup/redis-server.ts'] } },
      { extends: true, test: { name: 'readme', include: readme } },
    ],
  },
});
