import { describe, expect, it } from 'vitest';
import { queryMs, redisCommandMs } from '~/data/latency-model';
import { SEED_POSTS } from '~/lab/db/seed';
import { describeRun, locales, runPlayground } from './support/run-playground';
import { queryLog, redisStats } from './support/lab-records';
import { numbersIn } from './support/printed';

const HOT = 100;
const REQUESTS = 1_500;
const MINUTE_MS = REQUESTS * 40;

describe('cache-warming', () => {
  for (const locale of locales) {
    it(`${locale}: a cold cache sends the whole hot set to the database in the first seconds; a warmed one costs one query up front`, async () => {
      const run = await runPlayground('cache-warming', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);
      expect(run.tables).toHaveLength(1);
      // One row per figure: [cold, warmed], read back as numbers.
      const figures = Object.values(run.tables[0] as Record<string, Record<string, unknown>>).map((r) =>
        Object.values(r).map((v) => (typeof v === 'number' ? v : numbersIn(String(v), locale)[0]!)),
      );
      const [warmUp, firstSecond, firstTen, firstMinute, dbTen, dbMinute] = figures as [
        [number, number],
        [number, number],
        [number, number],
        [number, number],
        [number, number],
        [number, number],
      ];

      // The query log holds the warmed run (the program clears it before each start): the warmer's
      // one query for the hot users, then the traffic's queries.
      const [warmer, ...traffic] = queryLog(run);
      expect(warmer!.params).toEqual(Array.from({ length: HOT }, (_, i) => i + 1));
      expect(warmer!.ms).toBeCloseTo(queryMs(HOT + SEED_POSTS), 6);
      // Warming costs that query and one pipeline round trip, before the traffic.
      expect(warmUp[0]).toBe(0);
      expect(warmUp[1]).toBe(Math.round(warmer!.ms + redisCommandMs));
      // After warming, no hot user reaches the database, and each cold user only once.
      const ids = traffic.map((q) => q.params[0] as number);
      for (const id of ids) expect(id).toBeGreaterThan(HOT);
      expect(new Set(ids).size).toBe(ids.length);
      for (const q of traffic) expect(q.ms).toBeCloseTo(queryMs(1 + SEED_POSTS), 6);
      // The traffic starts right after the warm-up; the program counts queries sent in each window.
      const start = warmer!.atMs + warmUp[1]!;
      const within = (s: number) => traffic.filter((q) => q.atMs < start + s * 1000).length;
      expect(firstSecond[1]).toBe(within(1));
      expect(firstTen[1]).toBe(within(10));
      expect(firstMinute[1]).toBe(traffic.length);
      expect(dbMinute[1]).toBeCloseTo(traffic.reduce((a, q) => a + q.ms, 0) / 1000, 1);

      // Redis saw both starts: 1,500 GETs each; every miss was one query and one SET, plus the
      // warmer's 100 SETs. So the cold start's queries are the misses the warmed one did not have.
      const redis = redisStats(run);
      expect(redis.commands.get).toBe(2 * REQUESTS);
      expect(redis.misses).toBe(firstMinute[0]! + firstMinute[1]!);
      expect(redis.commands.set).toBe(redis.misses + HOT);

      // The lesson: cold, nearly every request of the first second is a query, and the first 10 s
      // keep the database as busy as 10 s of work; warmed, a tenth of that.
      expect(firstSecond[0]).toBeGreaterThan(REQUESTS / 60 / 2);
      expect(firstSecond[0]).toBeGreaterThan(10 * firstSecond[1]!);
      expect(firstTen[0]).toBeGreaterThan(5 * firstTen[1]!);
      expect(firstMinute[0]).toBeGreaterThan(2 * firstMinute[1]!);
      expect(dbTen[0]).toBeGreaterThan(5 * dbTen[1]!);
      expect(dbMinute[0]).toBeGreaterThan(2 * dbMinute[1]!);
      // Cold, the hot set is queried within the first seconds: most of the minute's queries come then.
      expect(firstTen[0]).toBeGreaterThan(firstMinute[0]! / 2);
      expect(run.outcome.simulatedMs).toBeGreaterThanOrEqual(2 * MINUTE_MS);
      // Two minutes of traffic with a real scan of every post per miss: slower than most programs,
      // hence its own timeout.
    }, 30_000);
  }
});
