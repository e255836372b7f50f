import { describe, expect, it } from 'vitest';
import { queryMs } from '~/data/latency-model';
import { seedRows } from '~/lab/db/seed';
import { describeRun, locales, runPlayground, type PlaygroundRun } from './support/run-playground';
import { numbersOf } from './support/printed';

// What the lesson's query must find, straight from the seed the lab loads.
const seed = seedRows();
const tableSize = seed.posts.length;
const matches = seed.posts.filter((p) => p.userId === 42).length;

/** The plan lines printed under the explain line that starts with `label`. */
function planAfter(run: PlaygroundRun, label: RegExp): string[] {
  const at = run.lines.findIndex((l) => label.test(l));
  expect(at, describeRun(run)).toBeGreaterThanOrEqual(0);
  const plan: string[] = [];
  for (const l of run.lines.slice(at + 1)) {
    if (!l.startsWith('    ')) break;
    plan.push(l.trim());
  }
  return plan;
}

describe('indexes-explain', () => {
  for (const locale of locales) {
    it(`${locale}: a full scan reads the table, the index reads the matches, DROP brings the scan back`, async () => {
      const run = await runPlayground('indexes-explain', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);
      expect(matches).toBeGreaterThan(0);

      const before = /^(No index|Sem índice):/;
      const after = /^(With index|Com índice):/;
      const dropped = /^(After DROP|Depois do DROP):/;

      // [rows read, rows returned, ms] of each explain.
      for (const label of [before, dropped]) {
        const [read, returned, ms] = numbersOf(run, label);
        expect([read, returned]).toEqual([tableSize, matches]);
        expect(ms).toBeCloseTo(queryMs(tableSize), 3);
        expect(planAfter(run, label)).toEqual(['Sort  (key: id ASC)', `->  Seq Scan on posts  (rows read ${tableSize})`, 'Filter: user_id = $1']);
      }
      const [read, returned, ms] = numbersOf(run, after);
      expect([read, returned]).toEqual([matches, matches]);
      expect(ms).toBeCloseTo(queryMs(matches), 3);
      expect(planAfter(run, after)).toEqual([
        'Sort  (key: id ASC)',
        `->  Index Scan using posts_user_id_idx on posts  (rows read ${matches})`,
        'Index Cond: user_id = ANY(...)',
        'Filter: user_id = $1',
      ]);
      expect(run.lines.find((l) => after.test(l))).toContain('Index Scan (posts_user_id_idx)');

      // Building the index reads the whole table once; dropping it is by name.
      const [buildRead, buildMs] = numbersOf(run, /^CREATE INDEX IF NOT EXISTS posts_user_id_idx ON posts \(user_id\):/);
      expect(buildRead).toBe(tableSize);
      expect(buildMs).toBeCloseTo(queryMs(tableSize), 3);
      expect(run.lines).toContain('DROP INDEX posts_user_id_idx');
      const [payback] = numbersOf(run, /(pays for itself by lookup|se paga na)/).slice(-1);
      expect(payback).toBe(Math.ceil(queryMs(tableSize) / (queryMs(tableSize) - queryMs(matches))));
    });
  }
});
