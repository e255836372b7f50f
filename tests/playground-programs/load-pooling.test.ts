import { describe, expect, it } from 'vitest';
import { labText } from '~/lab/messages';
import { loadRuns } from './support/load-runs';
import { describeRun, locales, runPlayground } from './support/run-playground';

describe('load-pooling', () => {
  for (const locale of locales) {
    it(`${locale}: under 100 → 600 req/s the 5 + 10 pool runs dry and times out where 20 + 10 does not`, async () => {
      const run = await runPlayground('load-pooling', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);
      const [big, small, perRequest] = loadRuns(run);
      // The same arrivals for the three: the ramp's area, about 2,100 requests.
      for (const r of [big!, small!, perRequest!]) expect(r.sent).toBe(big!.sent);
      expect(big!.sent).toBeGreaterThan(1_900);
      expect(big!.sent).toBeLessThan(2_300);

      // 20 + 10 holds 600 req/s × 40 ms = 24 connections at once: no error, p99 near the 40 ms of work.
      expect(big!.failed).toBe(0);
      expect(big!.latency.p99).toBeLessThan(60);
      // 5 + 10 tops out at 15 connections, about 370 req/s: requests queue for a connection and
      // past the 0.5 s pool timeout fail with the pool's TimeoutError.
      expect(small!.failed).toBeGreaterThan(50);
      expect(small!.latency.p99).toBeGreaterThan(500);
      expect(Object.keys(small!.errors)).toEqual([`DbError: ${labText[locale].poolTimeout(5, 10, 500)}`]);
      const firstBad = small!.series.find((s) => s.latency.p99 > 100 || s.failed > 0)!;
      expect(firstBad.sent).toBeGreaterThan(300);
      expect(firstBad.sent).toBeLessThan(500);
      // A connection per request never waits (the lab has no max_connections) but pays the set-up.
      expect(perRequest!.failed).toBe(0);
      expect(perRequest!.latency.p50).toBeGreaterThan(big!.latency.p50);
    });
  }
});
