import { describe, expect, it } from 'vitest';
import { queryMs } from '~/data/latency-model';
import { describeRun, locales, reportLines, runPlayground, type PlaygroundRun } from './support/run-playground';
import { numbersIn, numbersOf } from './support/printed';

const PAGE = 20;
const OFFSET = 10_000;

/** [rows returned, first id, last id, rows read, ms] of the page line starting with `label`. */
const pageLine = (run: PlaygroundRun, label: RegExp) => numbersOf(run, label).slice(-5);

describe('pagination', () => {
  for (const locale of locales) {
    it(`${locale}: OFFSET 10000 reads 10,020 rows, the cursor 20, for the same page`, async () => {
      const run = await runPlayground('pagination', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);

      // The same page either way: the 20 posts after id 10,000.
      const offset = pageLine(run, /^OFFSET 10000 LIMIT 20:/);
      const cursor = pageLine(run, /^Cursor id > 10000 LIMIT 20:/);
      expect(offset.slice(0, 4)).toEqual([PAGE, OFFSET + 1, OFFSET + PAGE, OFFSET + PAGE]);
      expect(cursor.slice(0, 4)).toEqual([PAGE, OFFSET + 1, OFFSET + PAGE, PAGE]);
      // Time follows the latency model: one round trip plus the rows read.
      expect(offset[4]).toBeCloseTo(queryMs(OFFSET + PAGE), 3);
      expect(cursor[4]).toBeCloseTo(queryMs(PAGE), 3);
      expect(run.lines.some((l) => /^(Same rows on both pages: yes|Mesmas linhas nas duas páginas: sim)$/.test(l))).toBe(true);

      // The SQL each one stands for, and the plan: both walk the primary key, one throws 10,000 rows away.
      expect(run.lines).toContain('  SELECT id, user_id AS "userId", title, likes, published FROM posts ORDER BY id ASC LIMIT $1 OFFSET $2');
      expect(run.lines).toContain('  SELECT id, user_id AS "userId", title, likes, published FROM posts WHERE id > $1 ORDER BY id ASC LIMIT $2');
      expect(run.lines.filter((l) => /Index Scan using posts_pkey on posts {2}\(rows read \d+\)$/.test(l)).map((l) => numbersIn(l, 'en').at(-1))).toEqual([
        OFFSET + PAGE,
        PAGE,
      ]);

      // Page after page: OFFSET reads 20 more rows each time, the cursor always 20; the rows agree.
      expect(run.tables).toHaveLength(1);
      const pages = (run.tables[0] as Record<string, unknown>[]).map((row) => Object.values(row));
      expect(pages).toHaveLength(5);
      pages.forEach(([page, offsetRead, , cursorRead, , same], i) => {
        expect(page).toBe(i + 1);
        expect(offsetRead).toBe(OFFSET + (i + 1) * PAGE);
        expect(cursorRead).toBe(PAGE);
        expect(same).toBe(true);
      });

      // Every row the program reported comes from the lab's own query log total.
      const explainRuns = OFFSET + PAGE + PAGE;
      const printed = offset[3]! + cursor[3]! + explainRuns + pages.reduce((s, p) => s + (p[1] as number) + (p[3] as number), 0);
      const [queries, rowsRead] = numbersIn(reportLines(run, /^(Database|Banco de dados)$/)![0]!, locale);
      expect(queries).toBe(2 + 2 + 2 * pages.length);
      expect(rowsRead).toBe(printed);
    });
  }
});
