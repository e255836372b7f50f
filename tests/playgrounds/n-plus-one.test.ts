import { describe, expect, it } from 'vitest';
import { rowsReadPerRowMs, sameDcRoundTripMs } from '~/data/latency-model';
import { describeRun, locales, runPlayground, type PlaygroundRun } from './support/run-playground';
import { lineMatching, numbersOf } from './support/printed';

/** queries, rows read, ms, users, posts: the last five numbers of a strategy's line. */
function strategy(run: PlaygroundRun, label: RegExp) {
  const [queries, rowsRead, ms, users, posts] = numbersOf(run, label).slice(-5) as number[];
  return { queries: queries!, rowsRead: rowsRead!, ms: ms!, users: users!, posts: posts! };
}

/** Sequential queries cost one round trip each plus the rows they read. */
const expectedMs = (s: { queries: number; rowsRead: number }) => s.queries * sameDcRoundTripMs + s.rowsRead * rowsReadPerRowMs;

describe('n-plus-one', () => {
  for (const locale of locales) {
    it(`${locale}: N+1 sends 1 + N queries, joinedload 1, selectinload 2, for the same data`, async () => {
      const run = await runPlayground('n-plus-one', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);

      const lazy = strategy(run, /^N\+1 \(lazy\):/);
      const joined = strategy(run, /^join \(joinedload\):/);
      const selectIn = strategy(run, /^IN \(selectinload\):/);
      const n = lazy.users;
      expect(n).toBeGreaterThan(1);

      expect(lazy.queries).toBe(1 + n);
      expect(joined.queries).toBe(1);
      expect(selectIn.queries).toBe(2);

      // Same users, same posts, and (with the index) the same rows read: only round trips differ.
      for (const s of [joined, selectIn]) {
        expect(s.users).toBe(n);
        expect(s.posts).toBe(lazy.posts);
        expect(s.rowsRead).toBe(lazy.rowsRead);
      }
      expect(lazy.posts).toBeGreaterThan(n);
      expect(lineMatching(run, /^(Same users and posts|Mesmos usuários e posts)/)).toMatch(/\? (yes|sim)$/);

      for (const s of [lazy, joined, selectIn]) expect(s.ms).toBeCloseTo(expectedMs(s), 2);
      // The N extra round trips are the whole gap between N+1 and the join.
      expect(lazy.ms - joined.ms).toBeCloseTo(n * sameDcRoundTripMs, 2);
      expect(selectIn.ms - joined.ms).toBeCloseTo(sameDcRoundTripMs, 2);
    });
  }
});
