import { describe, expect, it } from 'vitest';
import { littlesLaw } from '~/lab/load/summary';
import { loadRuns } from './support/load-runs';
import { describeRun, locales, runPlayground } from './support/run-playground';

describe('load-blocking', () => {
  for (const locale of locales) {
    it(`${locale}: a handler that blocks the loop queues up under 150 req/s; one that awaits answers in its 10 ms`, async () => {
      const run = await runPlayground('load-blocking', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);
      const [blocking, awaiting] = loadRuns(run);
      expect(blocking!.sent).toBe(awaiting!.sent);
      // Awaiting: every request takes exactly its 10 ms, and L = λW holds.
      expect(awaiting!.latency.min).toBe(10);
      expect(awaiting!.latency.max).toBe(10);
      const law = littlesLaw(awaiting!);
      expect(Math.abs(law.measured - law.predicted) / law.predicted).toBeLessThan(0.05);
      // Blocking: one request at a time, 10 ms each, so at most 100 req/s get through and the rest wait.
      expect(blocking!.throughput).toBeLessThanOrEqual(100.5);
      expect(blocking!.latency.p50).toBeGreaterThan(500);
      const inFlight = blocking!.series.map((s) => s.inFlight.mean);
      for (let s = 1; s < 4; s++) expect(inFlight[s]!).toBeGreaterThan(inFlight[s - 1]!);
      // Both summaries were printed, each with its Little's law line.
      expect(run.reports.filter((r) => r.lines.some((l) => l.includes('λ × W')))).toHaveLength(2);
    });
  }
});
