import { describe, expect, it } from 'vitest';
import { crossDcRoundTripMs, sameDcRoundTripMs, serviceLatencies, serviceRequestMs } from '~/data/latency-model';
import { httpStats } from './support/lab-records';
import { describeRun, locales, runPlayground } from './support/run-playground';

const VISITORS = 200;

describe('cdn', () => {
  for (const locale of locales) {
    it(`${locale}: an edge answers most visitors in a same-datacenter round trip; SWR hides the misses`, async () => {
      const run = await runPlayground('cdn', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);
      const rows = (run.tables[0] as Record<string, number>[]).map((r) => Object.values(r).slice(1) as number[]);
      expect(rows).toHaveLength(3);
      const [direct, ttl, swr] = rows.map(([hit = NaN, mean = NaN, p95 = NaN, toOrigin = NaN]) => ({ hit, mean, p95, toOrigin }));
      const origin = serviceRequestMs(serviceLatencies['catalog.example']);
      expect(serviceLatencies['catalog.example'].networkMs).toBe(crossDcRoundTripMs);

      expect(direct).toEqual({ hit: 0, mean: origin, p95: origin, toOrigin: VISITORS });
      // A visitor every 3 s against a 60 s TTL: 1 miss in 20, plus one after the purge.
      expect(ttl!.toOrigin).toBe(11);
      expect(ttl!.hit).toBe(95);
      expect(ttl!.p95).toBe(sameDcRoundTripMs + origin);
      // Stale-while-revalidate: only the first request and the one after the purge wait for the origin.
      expect(swr!.hit).toBe(99);
      expect(swr!.p95).toBe(sameDcRoundTripMs);
      expect(swr!.mean).toBeLessThan(ttl!.mean);

      // What the origin actually received.
      expect(httpStats(run)['https://catalog.example']!.requests).toBe(direct!.toOrigin + ttl!.toOrigin + swr!.toOrigin);
    });
  }
});
