import { describe, expect, it } from 'vitest';
import { connectionSetupMs, queryMs } from '~/data/latency-model';
import { describeRun, locales, reportLines, runPlayground } from './support/run-playground';
import { lineMatching, numbersIn, numbersOf } from './support/printed';

const requests = 100;
/** One get_user: a primary-key lookup reading one row. */
const lookupMs = queryMs(1);

describe('async-handler', () => {
  for (const locale of locales) {
    it(`${locale}: concurrent requests gain up to the pool size, a missing user is a 404`, async () => {
      const run = await runPlayground('async-handler', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);

      expect(run.tables).toHaveLength(1);
      const rows = (run.tables[0] as Record<string, unknown>[]).map((r) => Object.values(r) as [string, number, number, number, number]);
      expect(rows.map((r) => r[1])).toEqual([5, 1, 5, 20]);
      // One at a time: one connection opened, then every lookup waits for the previous one.
      // Together, the pool opens its connections at once and serves poolSize lookups per round trip.
      const expectedMs = rows.map(([, pool], i) =>
        i === 0 ? connectionSetupMs + requests * lookupMs : connectionSetupMs + Math.ceil(requests / pool) * lookupMs,
      );
      rows.forEach(([, , ms, perSecond, ok], i) => {
        expect(ok).toBe(requests);
        expect(ms).toBeCloseTo(expectedMs[i]!, 2);
        expect(perSecond).toBe(Math.round(requests / (expectedMs[i]! / 1000)));
      });
      const [sequential, poolOf1, ...concurrent] = rows;
      // A pool of one gains nothing; otherwise the gain is real but never above the pool size.
      expect(poolOf1[2]).toBeCloseTo(sequential[2], 2);
      for (const [, pool, ms] of concurrent) {
        const gain = sequential[2] / ms;
        expect(gain).toBeGreaterThan(1);
        expect(gain).toBeLessThanOrEqual(pool);
      }
      const [printedGain, bound] = numbersOf(run, /^(Gain with pool 5|Ganho com pool 5):/).slice(1);
      expect(printedGain).toBeCloseTo(sequential[2] / concurrent[0]![2], 1);
      expect(bound).toBe(5);

      // The pool of 5 opened 5 connections and made the other 95 requests wait their turn.
      const db = reportLines(run, /^(Database|Banco de dados)$/);
      expect(db, describeRun(run)).toBeDefined();
      const title = db!.findIndex((l) => /(all at once|todas juntas), pool 5:/.test(l));
      expect(title).toBeGreaterThan(-1);
      const [created, reused, waited, timedOut] = numbersIn(db![title + 1]!, locale);
      expect([created, reused, waited, timedOut]).toEqual([5, requests - 5, requests - 5, 0]);

      // scalar_one_or_none's None becomes a 404 with a detail, not a 200 with null.
      const line = lineMatching(run, /^GET \/users\/999999 → /);
      expect(line).toMatch(/→ 404 /);
      const call = run.calls.find((c) => c.text === line)!;
      expect(call.args[1]).toEqual({ detail: 'User not found' });
    });
  }
});
