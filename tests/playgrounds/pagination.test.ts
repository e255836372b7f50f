import { describe, expect, it } from 'vitest';
import { queryMs } from '~/data/latency-model';
import { describeRun, locales, runPlayground } from './support/run-playground';
import { lineMatching, numbersOf } from './support/printed';

const pageSize = 20;
const offset = 10_000;

describe('pagination', () => {
  for (const locale of locales) {
    it(`${locale}: OFFSET 10000 reads 10,020 rows, the cursor 20, for the same page`, async () => {
      const run = await runPlayground('pagination', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);

      // Label numbers (10000, 20 or 10000, 20), then returned, rows read, ms.
      const [, , offReturned, offRead, offMs] = numbersOf(run, /^OFFSET 10000 LIMIT 20:/);
      expect(offReturned).toBe(pageSize);
      expect(offRead).toBe(offset + pageSize);
      expect(offMs).toBeCloseTo(queryMs(offset + pageSize), 2);

      const [, , curReturned, curRead, curMs] = numbersOf(run, /^Cursor id > 10000 LIMIT 20:/);
      expect(curReturned).toBe(pageSize);
      expect(curRead).toBe(pageSize);
      expect(curMs).toBeCloseTo(queryMs(pageSize), 2);

      // Both plans walk the primary key; only OFFSET throws rows away.
      expect(run.lines).toContain(`    ->  Index Scan using posts_pkey on posts  (rows read ${offset + pageSize})`);
      expect(run.lines).toContain(`    ->  Index Scan using posts_pkey on posts  (rows read ${pageSize})`);

      // The same rows: the program compares them; the ids are the page after the first 10,000.
      expect(lineMatching(run, /^(Same page from both\?|Mesma página nas duas\?)/)).toMatch(/\? (yes|sim) \(/);
      expect(numbersOf(run, /^(Same page from both\?|Mesma página nas duas\?)/)).toEqual([offset + 1, offset + pageSize]);

      // Next pages: OFFSET reads everything before the page, the cursor only the page.
      expect(run.tables).toHaveLength(1);
      const rows = (run.tables[0] as Record<string, number>[]).map((r) => Object.values(r));
      expect(rows.map((r) => r[0])).toEqual([502, 503, 504, 505]);
      for (const [page, offRows, offRowMs, curRows, curRowMs] of rows) {
        expect(offRows).toBe(page! * pageSize);
        expect(offRowMs).toBeCloseTo(queryMs(page! * pageSize), 2);
        expect(curRows).toBe(pageSize);
        expect(curRowMs).toBeCloseTo(queryMs(pageSize), 2);
      }
    });
  }
});
