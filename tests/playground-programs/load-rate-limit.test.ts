import { describe, expect, it } from 'vitest';
import { loadRuns } from './support/load-runs';
import { describeRun, locales, runPlayground } from './support/run-playground';

describe('load-rate-limit', () => {
  for (const locale of locales) {
    it(`${locale}: a burst across a window boundary gets twice the limit through the fixed window, the limit through the sliding one`, async () => {
      const run = await runPlayground('load-rate-limit', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);
      const [fixed, sliding] = loadRuns(run);
      // 3 s at 20 req/s, plus 0.2 s at 1,000 req/s instead of 20: 60 − 4 + 200 = 256 requests.
      for (const r of [fixed!, sliding!]) {
        expect(r.sent).toBe(256);
        expect(r.completed + r.refused).toBe(256);
      }
      // The burst's 200 straddle the boundary: the fixed window's two counters take 100 each.
      const burstSecondsFixed = fixed!.series[0]!.completed + fixed!.series[1]!.completed;
      expect(burstSecondsFixed).toBeGreaterThanOrEqual(190);
      // The sliding window lets 100 through in the first second of traffic and refuses the rest of the burst.
      expect(sliding!.refused).toBeGreaterThan(fixed!.refused + 50);
      expect(sliding!.completed).toBeLessThan(fixed!.completed - 50);
      // The printed "at most N in one second": about twice the limit for the fixed window, the limit for the sliding one.
      const most = run.lines
        .map((l) => /(\d+)\D*$/.exec(l)?.[1])
        .filter(Boolean)
        .map(Number);
      expect(most.slice(0, 2)).toEqual([expect.any(Number), 100]);
      expect(most[0]!).toBeGreaterThan(180);
    });
  }
});
