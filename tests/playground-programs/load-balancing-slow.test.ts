import { describe, expect, it } from 'vitest';
import { loadRuns } from './support/load-runs';
import { describeRun, locales, runPlayground } from './support/run-playground';

describe('load-balancing-slow', () => {
  for (const locale of locales) {
    it(`${locale}: with one slow backend round robin's tail latency grows without bound; least connections keeps it near the service time`, async () => {
      const run = await runPlayground('load-balancing-slow', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);
      const [roundRobin, leastConnections] = loadRuns(run);
      expect(roundRobin!.sent).toBe(leastConnections!.sent);
      for (const r of [roundRobin!, leastConnections!]) expect(r.completed).toBe(r.sent);
      // backend3 gets 67 req/s and serves 50: its queue grows by ~17 requests a second, 20 ms each.
      expect(roundRobin!.latency.p99).toBeGreaterThan(1_000);
      // Least connections never lets a queue form: the p99 stays within a few service times.
      expect(leastConnections!.latency.p99).toBeLessThan(100);
      expect(roundRobin!.latency.p50).toBeCloseTo(leastConnections!.latency.p50, -1);
      // The last seconds of round robin are the worst: the queue is longest when the arrivals stop.
      const p99s = roundRobin!.series.map((s) => s.latency.p99);
      expect(p99s[4]!).toBeGreaterThan(p99s[0]! * 3);
    });
  }
});
