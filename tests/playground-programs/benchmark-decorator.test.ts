import { describe, expect, it } from 'vitest';
import { describeRun, locales, reportLines, runPlayground } from './support/run-playground';
import { numbersIn } from './support/printed';

/** The module's slow_function sleeps one second. */
const sleepMs = 1000;

describe('benchmark-decorator', () => {
  for (const locale of locales) {
    it(`${locale}: the timing decorator reports the virtual sleep, and the word-for-word one misses an async function's wait`, async () => {
      const run = await runPlayground('benchmark-decorator', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);
      const timings = run.lines.filter((l) => / (took|levou) \d+\.\d{4}s$/.test(l));
      expect(timings.map((l) => l.split(' ')[0])).toEqual(['slowFunctionSync', 'slowFunction', 'slowFunction']);
      // Printed as the module prints it: seconds with four decimals.
      expect(timings.map((l) => /(\d+\.\d{4})s$/.exec(l)![1])).toEqual([
        (sleepMs / 1000).toFixed(4),
        (0).toFixed(4),
        (sleepMs / 1000).toFixed(4),
      ]);
      // Every call returned the function's value through the wrapper.
      expect(run.lines.filter((l) => l === '→ done')).toHaveLength(3);
      // Three sleeps of one second on the virtual clock; only the blocking one stalled the loop.
      expect(run.outcome.simulatedMs).toBe(3 * sleepMs);
      const blocking = reportLines(run, locale === 'en' ? 'Blocking calls' : 'Chamadas bloqueantes')!;
      expect(numbersIn(blocking[0]!, locale)[0]).toBe(sleepMs);
    });
  }
});
