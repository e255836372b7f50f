import { describe, expect, it } from 'vitest';
import { queryMs, sameDcRoundTripMs } from '~/data/latency-model';
import { seedRows } from '~/lab/db/seed';
import { describeRun, locales, runPlayground } from './support/run-playground';
import { elapsedMs, phasesOf, queryLog, type LoggedQuery } from './support/lab-records';
import { printedNumbers, printsLabel, type Labels } from './support/labels';

const USERS = 50;
// The first 50 users and their posts, from the seed the lab loads.
const userIds = Array.from({ length: USERS }, (_, i) => i + 1);
const postIds = seedRows()
  .posts.filter((p) => (p.userId as number) <= USERS)
  .map((p) => p.id as number)
  .sort((a, b) => a - b);
const posts = postIds.length;

/** Printed verdicts of the program: figures it computed from its own timings and data. */
const labels = {
  sameData: { 'pt-BR': /^Mesmos dados nas três versões: sim$/, en: /^Same data in all three versions: yes$/ },
  comparison: { 'pt-BR': /^N\+1 levou /, en: /^N\+1 took / },
} satisfies Labels;

/** The users and posts the database handed back in one version (a JOIN row carries both). */
function loaded(phase: LoggedQuery[]): { users: number[]; posts: number[] } {
  const users = new Set<number>();
  const found = new Set<number>();
  for (const e of phase) {
    for (const row of e.rows) {
      if (e.table === 'posts') found.add(row.id as number);
      else {
        users.add(row.id as number);
        if (row['posts.id'] != null) found.add(row['posts.id'] as number);
      }
    }
  }
  const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);
  return { users: sorted(users), posts: sorted(found) };
}

describe('n-plus-one', () => {
  for (const locale of locales) {
    it(`${locale}: N+1 issues 1 + N queries, eager loading 1 (join) or 2 (query), and the time follows the round trips`, async () => {
      const run = await runPlayground('n-plus-one', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);

      // The index on the foreign key comes first; then each version starts by reading the users.
      const log = queryLog(run);
      expect(log[0]).toMatchObject({ kind: 'ddl', table: 'posts', index: 'posts_user_id_idx' });
      const versions = phasesOf(log, (e) => e.kind === 'select' && e.table === 'users');
      expect(versions).toHaveLength(3);
      const [lazy, joined, selectIn] = versions as [LoggedQuery[], LoggedQuery[], LoggedQuery[]];
      expect([lazy.length, joined.length, selectIn.length]).toEqual([1 + USERS, 1, 2]);
      // The same users and posts either way.
      for (const version of versions) expect(loaded(version)).toEqual({ users: userIds, posts: postIds });

      // N+1: one query per user, each by its own id.
      expect(lazy.slice(1).map((e) => e.params)).toEqual(userIds.map((id) => [id]));

      // With the index, every version reads the same rows (the users and their posts): only the
      // number of round trips differs, and each query costs one round trip plus its rows.
      for (const version of versions) {
        const rowsRead = version.reduce((s, e) => s + e.rowsRead, 0);
        expect(rowsRead).toBe(USERS + posts);
        for (const e of version) expect(e.ms).toBeCloseTo(queryMs(e.rowsRead), 3);
        expect(elapsedMs(version)).toBeCloseTo(version.length * queryMs(0) + (queryMs(rowsRead) - queryMs(0)), 3);
      }
      const [lazyMs, joinedMs] = [elapsedMs(lazy), elapsedMs(joined)];
      expect(lazyMs - joinedMs).toBeCloseTo(USERS * sameDcRoundTripMs, 3);

      // The program's own comparison agrees with the log.
      const [, ratio, extraMs, extraTrips] = printedNumbers(run, labels.comparison);
      expect([ratio, extraTrips]).toEqual([Math.round(lazyMs / joinedMs), USERS]);
      expect(extraMs).toBeCloseTo(USERS * sameDcRoundTripMs, 3);
      expect(printsLabel(run, labels.sameData)).toBe(true);

      // The SQL: one LEFT JOIN; or the users, then their posts by user_id IN (...).
      expect(joined[0]!.sql).toMatch(/FROM \(SELECT .* FROM users .* LIMIT \$1\) AS u LEFT JOIN posts AS p ON p\.user_id = u\.id/);
      expect(selectIn[0]!.sql).toBe('SELECT id, name, email, country FROM users ORDER BY id ASC LIMIT $1');
      expect(selectIn[1]!.sql).toMatch(new RegExp(`FROM posts WHERE user_id IN \\(\\$1${', \\$\\d+'.repeat(USERS - 1)}\\)`));
      expect(selectIn[1]!.params).toEqual(userIds);
    });
  }
});
