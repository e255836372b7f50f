import { describe, expect, it } from 'vitest';
import { queryMs, sameDcRoundTripMs } from '~/data/latency-model';
import { seedRows } from '~/lab/db/seed';
import { describeRun, locales, runPlayground } from './support/run-playground';
import { numbersOf } from './support/printed';

const USERS = 50;
// The first 50 users' posts, counted from the seed the lab loads.
const posts = seedRows().posts.filter((p) => (p.userId as number) <= USERS).length;

describe('n-plus-one', () => {
  for (const locale of locales) {
    it(`${locale}: N+1 issues 1 + N queries, eager loading 1 (join) or 2 (query), and the time follows the round trips`, async () => {
      const run = await runPlayground('n-plus-one', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);

      // [users, posts, queries, rows read, ms] of each version.
      const lazy = numbersOf(run, /^N\+1:/).slice(-5);
      const joined = numbersOf(run, /^include, JOIN \(joinedload\):/).slice(-5);
      const selectIn = numbersOf(run, /^include, 2 queries \(selectinload\):/).slice(-5);
      expect(lazy.slice(0, 3)).toEqual([USERS, posts, 1 + USERS]);
      expect(joined.slice(0, 3)).toEqual([USERS, posts, 1]);
      expect(selectIn.slice(0, 3)).toEqual([USERS, posts, 2]);

      // With the index, every version reads the same rows (the users and their posts): only the
      // number of round trips differs, and each query costs one round trip plus its rows.
      for (const [, , queries, rowsRead, ms] of [lazy, joined, selectIn]) {
        expect(rowsRead).toBe(USERS + posts);
        expect(ms).toBeCloseTo(queries! * queryMs(0) + (queryMs(rowsRead!) - queryMs(0)), 3);
      }
      expect(lazy[4]! - joined[4]!).toBeCloseTo(USERS * sameDcRoundTripMs, 3);
      const [, ratio, extraMs, extraTrips] = numbersOf(run, /^N\+1 (took|levou)/);
      expect([ratio, extraTrips]).toEqual([Math.round(lazy[4]! / joined[4]!), USERS]);
      expect(extraMs).toBeCloseTo(USERS * sameDcRoundTripMs, 3);
      expect(run.lines.some((l) => /^(Same data in all three versions: yes|Mesmos dados nas três versões: sim)$/.test(l))).toBe(true);

      // The SQL: one LEFT JOIN; or the users, then their posts by user_id IN (...).
      const sql = run.lines.filter((l) => l.startsWith('  SELECT'));
      expect(sql).toHaveLength(3);
      expect(sql[0]).toMatch(/FROM \(SELECT .* FROM users .* LIMIT \$1\) AS u LEFT JOIN posts AS p ON p\.user_id = u\.id/);
      expect(sql[1]).toBe('  SELECT id, name, email, country FROM users ORDER BY id ASC LIMIT $1');
      expect(sql[2]).toMatch(/FROM posts WHERE user_id IN \(\$1, …, \$50\)/);
    });
  }
});
