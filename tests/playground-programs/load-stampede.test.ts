import { describe, expect, it } from 'vitest';
import { loadRuns } from './support/load-runs';
import { queryLog } from './support/lab-records';
import { describeRun, locales, runPlayground } from './support/run-playground';

describe('load-stampede', () => {
  for (const locale of locales) {
    it(`${locale}: a hot key expiring under 1,000 req/s sends a burst of queries; the SET NX lock sends one per expiry`, async () => {
      const run = await runPlayground('load-stampede', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);
      const [naive, locked] = loadRuns(run);
      expect(naive!.sent).toBe(locked!.sent);
      expect(naive!.sent).toBeGreaterThan(2_800);
      for (const r of [naive!, locked!]) expect(r.failed + r.timedOut + r.refused).toBe(0);

      // Every heavy query reads the users table; split the log at the second run's start.
      const log = queryLog(run);
      const splitMs = naive!.elapsedMs;
      const before = log.filter((e) => e.atMs < splitMs).length;
      const after = log.length - before;
      // The key lives 1 s and takes ~100 ms to rebuild: about 3 rebuilds in 3 s. Without the lock
      // every request arriving during a rebuild (≈ 100 at 1,000 req/s) queries as well.
      expect(after).toBeGreaterThanOrEqual(2);
      expect(after).toBeLessThanOrEqual(4);
      expect(before).toBeGreaterThan(after * 60);
    });
  }
});
