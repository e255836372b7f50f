import { describe, expect, it } from 'vitest';
import { describeRun, locales, runPlayground } from './support/run-playground';
import { blockingReport } from './support/lab-records';
import { printedMatches, type Label } from './support/labels';

/** The module's slow_function sleeps one second. */
const sleepMs = 1000;

/** The printed lines this test reads: what each decorator measured, which only the program knows. */
const labels = {
  /** One decorator's report: the function's name and its seconds, four decimals as the module prints them. */
  took: { 'pt-BR': /^(\w+) levou (\d+\.\d{4})s$/, en: /^(\w+) took (\d+\.\d{4})s$/ },
  /** A wrapped call's return value, printed after the arrow. */
  returned: { 'pt-BR': /^→ (.*)$/, en: /^→ (.*)$/ },
} satisfies Record<string, Label>;

describe('benchmark-decorator', () => {
  for (const locale of locales) {
    it(`${locale}: the timing decorator reports the virtual sleep, and the word-for-word one misses an async function's wait`, async () => {
      const run = await runPlayground('benchmark-decorator', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);
      const timings = printedMatches(run, labels.took);
      expect(timings.map((m) => m[1])).toEqual(['slowFunctionSync', 'slowFunction', 'slowFunction']);
      expect(timings.map((m) => m[2])).toEqual([(sleepMs / 1000).toFixed(4), (0).toFixed(4), (sleepMs / 1000).toFixed(4)]);
      // Every call returned the function's value through the wrapper.
      expect(printedMatches(run, labels.returned).map((m) => m[1])).toEqual(['done', 'done', 'done']);
      // Three sleeps of one second on the virtual clock; only the blocking one stalled the loop.
      expect(run.outcome.simulatedMs).toBe(3 * sleepMs);
      expect(blockingReport(run)).toEqual({ mainThreadBlockedMs: sleepMs, tasks: 0 });
    });
  }
});
