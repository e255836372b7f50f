import { describe, expect, it } from 'vitest';
import { describeRun, locales, runPlayground } from './support/run-playground';
import { numbersIn } from './support/printed';
import type { Labels } from './support/labels';

/** How the program qualifies each memory figure: the point of the lesson is which ones are measured. */
const labels = {
  measured: { 'pt-BR': /\(medido\)$/, en: /\(measured\)$/ },
  estimated: { 'pt-BR': /\(estimado\)$/, en: /\(estimated\)$/ },
} satisfies Labels;

describe('memory-profiler', () => {
  for (const locale of locales) {
    it(`${locale}: list, typed array and generator sum alike; only the generator holds one value at a time`, async () => {
      const run = await runPlayground('memory-profiler', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);
      const table = run.tables[0] as Record<string, Record<string, number | string>>;
      const [list, typed, generator] = Object.values(table).map((row) => Object.values(row));
      const n = typed![1] as number;
      expect(n).toBeGreaterThan(1);

      const expectedSum = (n * (n - 1)) / 2;
      for (const row of [list!, typed!, generator!]) expect(row[0]).toBe(expectedSum);

      // The list holds every value before summing; the generator one at a time, whatever n is.
      expect(list![1]).toBe(n);
      expect(generator![1]).toBe(1);

      // A Float64Array's size is measured exactly: 8 bytes per value.
      expect(numbersIn(String(typed![2]), locale)[0]).toBe((8 * n) / 1e6);
      expect(String(typed![2])).toMatch(labels.measured[locale]);
      // The lab, like a browser Worker, has no process.memoryUsage(): the list's size is an estimate.
      expect(String(list![2])).toMatch(labels.estimated[locale]);
    });
  }
});
