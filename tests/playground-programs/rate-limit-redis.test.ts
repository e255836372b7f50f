import { describe, expect, it } from 'vitest';
import { describeRun, locales, runPlayground } from './support/run-playground';
import { numbersOf } from './support/printed';

describe('rate-limit-redis', () => {
  for (const locale of locales) {
    it(`${locale}: the module's read-then-increment lets more than the limit through, INCR first lets exactly the limit`, async () => {
      const run = await runPlayground('rate-limit-redis', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);
      const [requests, limit] = numbersOf(run, /^20 (requests at once|requisições juntas), (limit|limite) 5:/);
      const [racy] = numbersOf(run, /^ {2}❌/);
      const [atomic] = numbersOf(run, /^ {2}✅/);
      expect(racy).toBeGreaterThan(limit!);
      expect(racy).toBeLessThanOrEqual(requests!);
      expect(atomic).toBe(limit);
    });

    it(`${locale}: a crash between INCR and EXPIRE leaves a key that never expires; MULTI sets the window`, async () => {
      const run = await runPlayground('rate-limit-redis', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);
      expect(numbersOf(run, /^ {2}TTL rate_limit:7 = /)).toEqual([7, -1]);
      expect(numbersOf(run, /^ {2}(two hours later|duas horas depois):/)).toEqual([429]);
      // The module's default window, 3600 s, is what the atomic version sets.
      expect(numbersOf(run, /^(With|Com) MULTI: TTL/)).toEqual([7, 3600]);
    });
  }
});
