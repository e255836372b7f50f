import { describe, expect, it } from 'vitest';
import { describeRun, locales, runPlayground } from './support/run-playground';
import { printedNumbers, sameInBoth, type Labels } from './support/labels';

/** The figures the program measured in each phase: the lab's counters are run-wide. */
const labels = {
  burst: { 'pt-BR': /^20 requisições juntas, limite 5:/, en: /^20 requests at once, limit 5:/ },
  racyPassed: sameInBoth(/^ {2}❌/),
  atomicPassed: sameInBoth(/^ {2}✅/),
  ttlAfterCrash: sameInBoth(/^ {2}TTL rate_limit:7 = /),
  twoHoursLater: { 'pt-BR': /^ {2}duas horas depois:/, en: /^ {2}two hours later:/ },
  ttlWithMulti: { 'pt-BR': /^Com MULTI: TTL/, en: /^With MULTI: TTL/ },
} satisfies Labels;

describe('rate-limit-redis', () => {
  for (const locale of locales) {
    it(`${locale}: the module's read-then-increment lets more than the limit through, INCR first lets exactly the limit`, async () => {
      const run = await runPlayground('rate-limit-redis', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);
      const [requests, limit] = printedNumbers(run, labels.burst);
      const [racy] = printedNumbers(run, labels.racyPassed);
      const [atomic] = printedNumbers(run, labels.atomicPassed);
      expect(racy).toBeGreaterThan(limit!);
      expect(racy).toBeLessThanOrEqual(requests!);
      expect(atomic).toBe(limit);
    });

    it(`${locale}: a crash between INCR and EXPIRE leaves a key that never expires; MULTI sets the window`, async () => {
      const run = await runPlayground('rate-limit-redis', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);
      expect(printedNumbers(run, labels.ttlAfterCrash)).toEqual([7, -1]);
      expect(printedNumbers(run, labels.twoHoursLater)).toEqual([429]);
      // The module's default window, 3600 s, is what the atomic version sets.
      expect(printedNumbers(run, labels.ttlWithMulti)).toEqual([7, 3600]);
    });
  }
});
