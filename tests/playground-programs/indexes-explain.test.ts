import { describe, expect, it } from 'vitest';
import { queryMs } from '~/data/latency-model';
import { seedRows } from '~/lab/db/seed';
import { describeRun, locales, runPlayground, type PlaygroundRun } from './support/run-playground';
import { queryLog, type LoggedQuery } from './support/lab-records';
import { printedIndex, printedNumbers, type Label } from './support/labels';

// What the lesson's query must find, straight from the seed the lab loads.
const seed = seedRows();
const tableSize = seed.posts.length;
const matches = seed.posts.filter((p) => p.userId === 42).length;
const INDEX = 'posts_user_id_idx';

/** The printed lines this test reads: each EXPLAIN as the program showed it, and its payback sum. */
const labels = {
  /** [rows read, rows returned, ms] of each explain, its plan printed under it. */
  before: { 'pt-BR': /^Sem índice:/, en: /^No index:/ },
  after: { 'pt-BR': /^Com índice:/, en: /^With index:/ },
  dropped: { 'pt-BR': /^Depois do DROP:/, en: /^After DROP:/ },
  /** [rows read, ms] of building the index. */
  build: {
    'pt-BR': /^CREATE INDEX IF NOT EXISTS posts_user_id_idx ON posts \(user_id\):/,
    en: /^CREATE INDEX IF NOT EXISTS posts_user_id_idx ON posts \(user_id\):/,
  },
  /** [..., the lookup by which the index has paid for itself]. */
  payback: { 'pt-BR': /se paga na/, en: /pays for itself by lookup/ },
} satisfies Record<string, Label>;

/** The plan lines printed under the explain line with that label. */
function planAfter(run: PlaygroundRun, label: Label): string[] {
  const plan: string[] = [];
  for (const l of run.lines.slice(printedIndex(run, label) + 1)) {
    if (!l.startsWith('    ')) break;
    plan.push(l.trim());
  }
  return plan;
}

/** A printed line's counts, then its ms (rounded to three decimals when printed). */
function expectPrinted(printed: number[], counts: number[], ms: number): void {
  expect(printed.slice(0, -1)).toEqual(counts);
  expect(printed.at(-1)).toBeCloseTo(ms, 3);
}

describe('indexes-explain', () => {
  for (const locale of locales) {
    it(`${locale}: a full scan reads the table, the index reads the matches, DROP brings the scan back`, async () => {
      const run = await runPlayground('indexes-explain', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);
      expect(matches).toBeGreaterThan(0);

      // The database ran, in order: the query with a full scan, the index build (one full read
      // of the table), the query through the index, the drop, and the full scan again.
      const log = queryLog(run);
      expect(log.map((e) => e.kind)).toEqual(['select', 'ddl', 'select', 'ddl', 'select']);
      const [before, build, after, drop, dropped] = log as [LoggedQuery, LoggedQuery, LoggedQuery, LoggedQuery, LoggedQuery];
      const scanPlan = ['Sort  (key: id ASC)', `->  Seq Scan on posts  (rows read ${tableSize})`, 'Filter: user_id = $1'];
      for (const [scan, label] of [
        [before, labels.before],
        [dropped, labels.dropped],
      ] as const) {
        expect([scan.access, scan.index, scan.params]).toEqual(['Seq Scan', null, [42]]);
        expect([scan.rowsRead, scan.rows.length]).toEqual([tableSize, matches]);
        expect(scan.ms).toBeCloseTo(queryMs(tableSize), 3);
        expect(scan.plan.map((l) => l.trim())).toEqual(scanPlan);
        // What the program printed of it: [rows read, rows returned, ms] and the plan.
        expectPrinted(printedNumbers(run, label), [scan.rowsRead, scan.rows.length], scan.ms);
        expect(planAfter(run, label)).toEqual(scanPlan);
      }
      expect([after.access, after.index, after.params]).toEqual(['Index Scan', INDEX, [42]]);
      expect([after.rowsRead, after.rows.length]).toEqual([matches, matches]);
      expect(after.ms).toBeCloseTo(queryMs(matches), 3);
      expect(after.rows).toEqual(before.rows);
      const indexPlan = [
        'Sort  (key: id ASC)',
        `->  Index Scan using ${INDEX} on posts  (rows read ${matches})`,
        'Index Cond: (user_id = 42)',
      ];
      expect(after.plan.map((l) => l.trim())).toEqual(indexPlan);
      expectPrinted(printedNumbers(run, labels.after), [after.rowsRead, after.rows.length], after.ms);
      expect(planAfter(run, labels.after)).toEqual(indexPlan);
      expect(run.lines[printedIndex(run, labels.after)]).toContain(`Index Scan (${INDEX})`);

      // Building the index reads the whole table once; dropping it is by name.
      expect([build.sql, build.index, build.rowsRead]).toEqual([
        `CREATE INDEX IF NOT EXISTS ${INDEX} ON posts (user_id)`,
        INDEX,
        tableSize,
      ]);
      expect(build.ms).toBeCloseTo(queryMs(tableSize), 3);
      expectPrinted(printedNumbers(run, labels.build), [build.rowsRead], build.ms);
      expect(drop.sql).toMatch(new RegExp(`^DROP INDEX (IF EXISTS )?${INDEX}$`));
      expect(run.lines).toContain(`DROP INDEX ${INDEX}`);
      const [payback] = printedNumbers(run, labels.payback).slice(-1);
      expect(payback).toBe(Math.ceil(queryMs(tableSize) / (queryMs(tableSize) - queryMs(matches))));
    });
  }
});
