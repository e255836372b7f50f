import { describe, expect, it } from 'vitest';
import { describeRun, locales, runPlayground } from './support/run-playground';
import { numbersIn } from './support/printed';
import { printedMatches, printedNumbers, type Label } from './support/labels';

type Row = Record<string, number | string>;

/** A printed line-profile table as [hits, ms, share, contents] per source line. */
function profileRows(table: unknown, columns: string[]) {
  return (table as Row[]).map((row) => ({
    hits: (row[columns[0]!] as number | undefined) ?? 0,
    ms: row[columns[1]!] as number | undefined,
    share: row[columns[2]!] as number | undefined,
    text: row[columns[3]!] as string,
  }));
}

/** The printed lines this test reads: the input's size, and what each version returned. */
const labels = {
  /** [orders, distinct ids]. */
  input: { 'pt-BR': /^[\d.]+ pedidos, [\d.]+ ids distintos$/, en: /^[\d,]+ orders, [\d,]+ distinct ids$/ },
  /** Each version's name and answer. */
  answer: { 'pt-BR': /^(uniqueOrders(?:Set)?)\(orders\) → (.*)$/, en: /^(uniqueOrders(?:Set)?)\(orders\) → (.*)$/ },
} satisfies Record<string, Label>;

describe('line-profiler', () => {
  for (const locale of locales) {
    it(`${locale}: counts hits per line exactly and the O(n) scan dominates the slow version`, async () => {
      const run = await runPlayground('line-profiler', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);
      const [orders, distinct] = printedNumbers(run, labels.input);
      const tables = run.calls.filter((c) => c.level === 'table');
      expect(tables).toHaveLength(2);
      const [slow, fast] = tables.map((c) => profileRows(c.args[0], c.args[1] as string[]));

      for (const [rows, check] of [
        [slow!, 'seen.includes(id)'],
        [fast!, 'seen.has(id)'],
      ] as const) {
        const byText = (part: string) => rows.find((r) => r.text.includes(part))!;
        expect(rows[0]!.text).toMatch(/^function uniqueOrders(Set)?\(orders\) \{$/);
        expect(byText(check).hits).toBe(orders);
        expect(byText('total += id % 100;').hits).toBe(distinct);
        for (const part of ['const seen', 'let total = 0;', 'return `']) expect(byText(part).hits).toBe(1);
        // Closing braces are not statements: no hits, no time.
        for (const r of rows.filter((x) => x.text === '}')) expect(r.hits).toBe(0);
        const shares = rows.reduce((a, r) => a + (r.share ?? 0), 0);
        expect(shares).toBeGreaterThan(99);
        expect(shares).toBeLessThan(101);
      }
      // In the Array version the scan line holds most of the time.
      const scan = slow!.find((r) => r.text.includes('seen.includes(id)'))!;
      expect(scan.share).toBeGreaterThan(50);
      expect(Math.max(...slow!.map((r) => r.ms ?? 0))).toBe(scan.ms);

      // Both versions compute the same answer.
      const answers = printedMatches(run, labels.answer);
      expect(answers.map((m) => m[1])).toEqual(['uniqueOrders', 'uniqueOrdersSet']);
      expect(answers[0]![2]).toBe(answers[1]![2]);
      expect(numbersIn(answers[0]![2]!, locale)[0]).toBe(distinct);
    });
  }
});
