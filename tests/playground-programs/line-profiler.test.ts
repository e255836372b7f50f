import { describe, expect, it } from 'vitest';
import { describeRun, locales, runPlayground } from './support/run-playground';
import { numbersOf } from './support/printed';

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

describe('line-profiler', () => {
  for (const locale of locales) {
    it(`${locale}: counts hits per line exactly and the O(n) scan dominates the slow version`, async () => {
      const run = await runPlayground('line-profiler', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);
      const [orders, distinct] = numbersOf(run, /^\d+ (orders|pedidos), \d+/);
      const tables = run.calls.filter((c) => c.level === 'table');
      expect(tables).toHaveLength(2);
      const [slow, fast] = tables.map((c) => profileRows(c.args[0], c.args[1] as string[]));

      for (const [rows, check] of [[slow!, 'seen.includes(id)'], [fast!, 'seen.has(id)']] as const) {
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
      const answers = run.lines.filter((l) => l.includes('(orders) →')).map((l) => l.split('→ ')[1]);
      expect(answers).toHaveLength(2);
      expect(answers[0]).toBe(answers[1]);
      expect(numbersOf(run, /^uniqueOrders\(orders\) →/)[0]).toBe(distinct);
    });
  }
});
