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
  },
});
