import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

/** Unit and contract tests: everything under tests/ except the browser suite. */
export default defineConfig({
  resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // A real redis-server for the Redis contract suite (tests/lab/redis/contract.test.ts).
    globalSetup: ['tests/setup/redis-server.ts'],
    // Some tests do real CPU work (worker pools, benchmarks, property runs); on a busy two-core
    // machine they can exceed Vitest's 5 s default without anything being wrong.
    testTimeout: 30_000,
  },
});
