import { describe, expect, it } from 'vitest';
import { describeRun, locales, runPlayground } from './support/run-playground';
import { printedMatch, type Label } from './support/labels';

type Row = { ncalls: number; 'tottime ms': number; 'cumtime ms': number; 'percall μs': number; function: string };

/** The printed lines this test reads: the program's verdict on the hot spot. */
const labels = {
  /** The function with the most own time. */
  hottest: { 'pt-BR': /^Mais tempo próprio \(tottime\): (\w+)$/, en: /^Most own time \(tottime\): (\w+)$/ },
} satisfies Record<string, Label>;

describe('cprofile', () => {
  for (const locale of locales) {
    it(`${locale}: counts every call exactly, sorts by cumulative time and names the hot spot`, async () => {
      const run = await runPlayground('cprofile', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);
      const rows = run.tables[0] as Row[];
      const calls = Object.fromEntries(rows.map((r) => [r.function, r.ncalls]));
      // One document per tokenize call; similarity runs once for every pair of documents.
      const docs = calls.tokenize!;
      expect(docs).toBeGreaterThan(1);
      expect(calls).toEqual({
        expensiveFunction: 1,
        findDuplicates: 1,
        buildDocs: 1,
        tokenize: docs,
        similarity: (docs * (docs - 1)) / 2,
      });

      // pstats order: cumulative time, descending; the call chain leads to the hot spot.
      const cumulative = rows.map((r) => r['cumtime ms']);
      expect(cumulative).toEqual([...cumulative].sort((a, b) => b - a));
      expect(rows.slice(0, 3).map((r) => r.function)).toEqual(['expensiveFunction', 'findDuplicates', 'similarity']);
      for (const r of rows) {
        expect(r['tottime ms']).toBeLessThanOrEqual(r['cumtime ms'] + 1e-9);
        expect(r['percall μs']).toBeCloseTo((1000 * r['cumtime ms']) / r.ncalls, 0);
      }
      const hottest = [...rows].sort((a, b) => b['tottime ms'] - a['tottime ms'])[0]!;
      expect(hottest.function).toBe('similarity');
      expect(run.lines.at(-1)).toBe(printedMatch(run, labels.hottest)[0]);
      expect(printedMatch(run, labels.hottest)[1]).toBe(hottest.function);
    });
  }
});
