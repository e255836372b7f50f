import { describe, expect, it } from 'vitest';
import { queryMs } from '~/data/latency-model';
import { describeRun, locales, runPlayground } from './support/run-playground';
import { queryLog, queryLogSummary } from './support/lab-records';
import { printsLabel, type Labels } from './support/labels';

const PAGE = 20;
const OFFSET = 10_000;
const OFFSET_SQL = 'SELECT id, user_id AS "userId", title, likes, published FROM posts ORDER BY id ASC LIMIT $1 OFFSET $2';
const CURSOR_SQL = 'SELECT id, user_id AS "userId", title, likes, published FROM posts WHERE id > $1 ORDER BY id ASC LIMIT $2';
const ids = (rows: Record<string, unknown>[]) => rows.map((r) => r.id as number);
const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);

/** The program's verdict on the two first pages, compared by itself. */
const labels = {
  sameRows: { 'pt-BR': /^Mesmas linhas nas duas páginas: sim$/, en: /^Same rows on both pages: yes$/ },
} satisfies Labels;

describe('pagination', () => {
  for (const locale of locales) {
    it(`${locale}: OFFSET 10000 reads 10,020 rows, the cursor 20, for the same page`, async () => {
      const run = await runPlayground('pagination', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);
      const entries = queryLog(run);
      const byOffset = entries.filter((e) => e.sql === OFFSET_SQL);
      const byCursor = entries.filter((e) => e.sql === CURSOR_SQL);
      // Every statement is one of the two: the first page each way, its EXPLAIN ANALYZE, then 5 pages each way.
      expect(byOffset.length + byCursor.length).toBe(entries.length);
      expect([byOffset.length, byCursor.length]).toEqual([2 + 5, 2 + 5]);

      // The same page either way: the 20 posts after id 10,000.
      const [offset, cursor] = [byOffset[0]!, byCursor[0]!];
      expect(offset.params).toEqual([PAGE, OFFSET]);
      expect(cursor.params).toEqual([OFFSET, PAGE]);
      expect(ids(offset.rows)).toEqual(range(OFFSET + 1, PAGE));
      expect(ids(cursor.rows)).toEqual(ids(offset.rows));
      expect([offset.rowsRead, cursor.rowsRead]).toEqual([OFFSET + PAGE, PAGE]);
      // Time follows the latency model: one round trip plus the rows read.
      expect(offset.ms).toBeCloseTo(queryMs(OFFSET + PAGE), 3);
      expect(cursor.ms).toBeCloseTo(queryMs(PAGE), 3);
      expect(printsLabel(run, labels.sameRows)).toBe(true);

      // The plan: both walk the primary key, one throws 10,000 rows away. The EXPLAIN ANALYZE
      // runs the same first page again.
      for (const e of entries) expect([e.access, e.index]).toEqual(['Index Scan', 'posts_pkey']);
      expect([byOffset[1]!.rowsRead, byCursor[1]!.rowsRead]).toEqual([OFFSET + PAGE, PAGE]);

      // Page after page: OFFSET reads 20 more rows each time, the cursor always 20; the rows agree.
      expect(run.tables).toHaveLength(1);
      const pages = (run.tables[0] as Record<string, unknown>[]).map((row) => Object.values(row));
      expect(pages).toHaveLength(5);
      pages.forEach(([page, offsetRead, , cursorRead, , same], i) => {
        expect(page).toBe(i + 1);
        expect(offsetRead).toBe(OFFSET + (i + 1) * PAGE);
        expect(cursorRead).toBe(PAGE);
        expect(same).toBe(true);
        // The table's figures are the lab's, and the pages it compares hold the same posts.
        const [a, b] = [byOffset[2 + i]!, byCursor[2 + i]!];
        expect([a.rowsRead, b.rowsRead]).toEqual([offsetRead, cursorRead]);
        expect(ids(a.rows)).toEqual(range(OFFSET + i * PAGE + 1, PAGE));
        expect(ids(b.rows)).toEqual(ids(a.rows));
      });

      // Every row the program reported comes from the lab's own query log total.
      const explainRuns = OFFSET + PAGE + PAGE;
      const reported = offset.rowsRead + cursor.rowsRead + explainRuns + pages.reduce((s, p) => s + (p[1] as number) + (p[3] as number), 0);
      const summary = queryLogSummary(run);
      expect(summary.queries).toBe(2 + 2 + 2 * pages.length);
      expect(summary.rowsRead).toBe(reported);
    });
  }
});
