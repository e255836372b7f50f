import { describe, expect, it } from 'vitest';
import { backend4Outage } from '~/lab/http/services';
import { describeRun, locales, runPlayground } from './support/run-playground';
import { httpStats } from './support/lab-records';
import { numbersIn } from './support/printed';

const REQUESTS = 1200;
const PROBE_EVERY_MS = 4_000;
const RUN_MS = REQUESTS * 50;

describe('health-checks', () => {
  for (const locale of locales) {
    it(`${locale}: passive checks stop the failed attempts but bring the server back late; an active check brings it back within an interval`, async () => {
      const run = await runPlayground('health-checks', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);
      expect(run.tables).toHaveLength(1);
      const sec = (v: unknown) => (v === '-' ? null : numbersIn(String(v), locale)[0]! * 1000);
      const [none, defaults, fix, active] = Object.values(run.tables[0] as Record<string, Record<string, unknown>>).map((r) => {
        const [failed, errors, served, probes, outAt, backAt] = Object.values(r);
        return {
          failed: failed as number,
          errors: errors as number,
          served: served as number,
          probes: probes as number,
          outAt: sec(outAt),
          backAt: sec(backAt),
        };
      });
      const rows = [none!, defaults!, fix!, active!];

      // proxy_next_upstream retries every failed attempt elsewhere: no client ever gets a 502.
      for (const r of rows) expect(r.errors).toBe(0);

      // Without checks, real requests meet the dead server all through the outage.
      expect(none!.outAt).toBeNull();
      expect(none!.failed).toBeGreaterThan(100);
      expect(none!.backAt).toBeGreaterThanOrEqual(backend4Outage.untilMs);
      expect(none!.backAt).toBeLessThan(backend4Outage.untilMs + 100);

      // max_fails=1 fail_timeout=10s: out at the first failure, one failed trial 10 s later, back
      // with the first trial after the recovery.
      expect(defaults!.failed).toBe(2);
      expect(defaults!.outAt).toBeGreaterThanOrEqual(backend4Outage.fromMs);
      expect(defaults!.backAt).toBeGreaterThanOrEqual(backend4Outage.untilMs);
      expect(defaults!.backAt).toBeLessThan(backend4Outage.untilMs + 10_000);

      // max_fails=3 fail_timeout=30s: three failures, then the server is idle until the next
      // trial, 30 s after it went out, well after it recovered.
      expect(fix!.failed).toBe(3);
      expect(fix!.backAt).toBeGreaterThanOrEqual(fix!.outAt! + 30_000);
      expect(fix!.backAt! - backend4Outage.untilMs).toBeGreaterThan(5_000);
      expect(fix!.served).toBeLessThan(none!.served);

      // The active check: same detection under traffic (passive is first), back within one interval.
      expect(active!.failed).toBe(3);
      expect(active!.outAt).toBe(fix!.outAt);
      expect(active!.backAt).toBeGreaterThanOrEqual(backend4Outage.untilMs);
      expect(active!.backAt).toBeLessThanOrEqual(backend4Outage.untilMs + PROBE_EVERY_MS);
      expect(active!.served).toBeGreaterThan(fix!.served);
      const ticks = Math.floor(RUN_MS / PROBE_EVERY_MS);
      expect(active!.probes).toBe(3 * ticks);
      for (const r of [none!, defaults!, fix!]) expect(r.probes).toBe(0);

      // What backend4 itself saw: every failed attempt and failed probe as a dropped connection,
      // every served request and passing probe as a 200.
      const ticksAt = Array.from({ length: ticks }, (_, k) => (k + 1) * PROBE_EVERY_MS);
      const probesDown = ticksAt.filter((t) => t >= backend4Outage.fromMs && t < backend4Outage.untilMs).length;
      const failed = rows.reduce((a, r) => a + r.failed, 0);
      const served = rows.reduce((a, r) => a + r.served, 0);
      expect(httpStats(run)['http://backend4:8000']).toEqual({
        requests: failed + probesDown + served + (ticks - probesDown),
        statuses: { 200: served + ticks - probesDown, reset: failed + probesDown },
      });
      // Every request was answered by someone: 4 balancers × 1,200 requests, plus the probes.
      const all = Object.values(httpStats(run)).reduce((a, o) => a + o.requests, 0);
      expect(all).toBe(4 * REQUESTS + failed + active!.probes);
    });
  }
});
