import { describe, expect, it } from 'vitest';
import { describeRun, locales, playgroundSource, runPlayground, runSource } from './support/run-playground';
import { printedNumbers, type Labels } from './support/labels';

/** The program's closing line: the ratio of the two medians, to one decimal. */
const labels = {
  speedup: { 'pt-BR': /^countPrimesSieve: \d+(,\d)?× /, en: /^countPrimesSieve: \d+(\.\d)?× / },
} satisfies Labels;

describe('pytest-benchmark', () => {
  for (const locale of locales) {
    it(`${locale}: statistics are consistent for both implementations, and their results pass the assertion`, async () => {
      const run = await runPlayground('pytest-benchmark', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);
      const table = run.tables[0] as Record<string, Record<string, number>>;
      expect(Object.keys(table)).toEqual(['countPrimesNaive', 'countPrimesSieve']);
      const rounds = new Set<number>();
      for (const row of Object.values(table)) {
        const [min, max, mean, stddev, median, ops, roundCount, iterations] = Object.values(row) as number[];
        expect(min).toBeGreaterThan(0);
        expect(min).toBeLessThanOrEqual(median!);
        expect(median).toBeLessThanOrEqual(max!);
        expect(min).toBeLessThanOrEqual(mean!);
        expect(mean).toBeLessThanOrEqual(max!);
        expect(stddev).toBeGreaterThanOrEqual(0);
        expect(stddev).toBeLessThanOrEqual(max! - min! + 0.001);
        // ops/s is the inverse of the mean time (the mean is printed rounded to 0.001 ms).
        expect(Math.abs(ops! - 1000 / mean!) / ops!).toBeLessThan(0.01);
        expect(Number.isInteger(iterations) && iterations! >= 1).toBe(true);
        expect(roundCount).toBeGreaterThan(1);
        rounds.add(roundCount!);
      }
      expect(rounds.size).toBe(1);
      expect(run.lines.at(-1)).toMatch(labels.speedup[locale]);
      // The ratio is the table's medians', rounded to one decimal.
      const median = (name: string) => Object.values(table[name]!)[4]!; // columns are named in the page's language
      const [ratio] = printedNumbers(run, labels.speedup);
      expect(Math.abs(ratio! - median('countPrimesNaive') / median('countPrimesSieve'))).toBeLessThanOrEqual(0.05 + 1e-9);
    });

    it(`${locale}: a broken implementation fails the assertion, however fast it is`, async () => {
      const source = playgroundSource('pytest-benchmark', locale);
      const broken = source.replace('composite[j] = 1', 'composite[j] = 0');
      expect(broken).not.toBe(source);
      const run = await runSource(broken, locale, `${locale}.ts`);
      expect(run.outcome.ok).toBe(false);
      const match = /^AssertionError: assert (\d+) == (\d+)$/.exec(run.outcome.error?.message ?? '');
      expect(match, describeRun(run)).not.toBeNull();
      expect(match![1]).not.toBe(match![2]);
      expect(run.outcome.error?.line).toBeGreaterThan(0);
      // The report never printed: the failing assertion stops the test, as in pytest.
      expect(run.tables).toHaveLength(0);
    });
  }
});
