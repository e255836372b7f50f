import { describe, expect, it } from 'vitest';
import { queryMs, redisCommandMs } from '~/data/latency-model';
import { SEED_POSTS } from '~/lab/db/seed';
import { describeRun, locales, runPlayground } from './support/run-playground';
import { queryLog, redisStats, reportFigures } from './support/lab-records';
import { printedMatch, printedMatches, printedNumbers, type Label } from './support/labels';

const READS = 300;
const USERS = 30;
const TTL = 3600;

/** The printed lines this test reads: what the program measured for each call and each workload. */
const labels = {
  /** The first and second getUser(1): hit or miss, queries that call caused, the user's name. */
  call: {
    'pt-BR': /^[12]ª chamada de getUser\(1\): (\w+), queries no banco: (\d+) → (.*)$/,
    en: /^(?:1st|2nd) call of getUser\(1\): (\w+), database queries: (\d+) → (.*)$/,
  },
  /** What GET user:1 returned after the first call, and its TTL. */
  stored: { 'pt-BR': /^No Redis: user:1 = (.*) \(TTL (\d+) s\)$/, en: /^In Redis: user:1 = (.*) \(TTL (\d+) s\)$/ },
  /** Each workload: [queries, hits, misses, ms per read] at the end of the line. */
  getUserPlain: { 'pt-BR': /^getUser sem cache:/, en: /^getUser without cache:/ },
  getUserCached: { 'pt-BR': /^getUser com cache:/, en: /^getUser with cache:/ },
  getProfilePlain: { 'pt-BR': /^getProfile sem cache:/, en: /^getProfile without cache:/ },
  getProfileCached: { 'pt-BR': /^getProfile com cache:/, en: /^getProfile with cache:/ },
  /** [ms more per read, fewer queries] of the cached getUser. */
  slower: { 'pt-BR': /^ {2}com cache:/, en: /^ {2}with cache:/ },
  /** [ms saved per read, ms saved in total] of the cached getProfile. */
  saved: { 'pt-BR': /^ {2}economia:/, en: /^ {2}saved:/ },
} satisfies Record<string, Label>;

describe('cache-aside', () => {
  for (const locale of locales) {
    it(`${locale}: a miss queries the database and caches for an hour, a hit queries nothing; hit ratio and latency`, async () => {
      const run = await runPlayground('cache-aside', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);

      // The database's side of the whole run, read by read: the first getUser(1) queries, the
      // second does not; without a cache every read queries; with one each user is read once
      // (in the order first asked for). A profile read also scans every post.
      const userIds = Array.from({ length: USERS }, (_, i) => i + 1);
      const everyRead = Array.from({ length: READS }, (_, i) => 1 + (i % USERS));
      const byKey = 1;
      const profileRows = 1 + SEED_POSTS;
      const log = queryLog(run);
      expect(log.map((e) => [e.params[0], e.rowsRead])).toEqual([
        [1, byKey],
        ...everyRead.map((id) => [id, byKey]),
        ...userIds.map((id) => [id, byKey]),
        ...everyRead.map((id) => [id, profileRows]),
        ...userIds.map((id) => [id, profileRows]),
      ]);
      for (const e of log) expect(e.ms).toBeCloseTo(queryMs(e.rowsRead), 6);
      for (const e of log.filter((q) => q.rowsRead === byKey)) expect([e.access, e.index]).toEqual(['Index Scan', 'users_pkey']);

      // What the program saw of the same: a miss with one query, then a hit with none, same user.
      const [first, second] = printedMatches(run, labels.call);
      expect([first?.[1], first?.[2]]).toEqual(['miss', '1']);
      expect([second?.[1], second?.[2]]).toEqual(['hit', '0']);
      expect(first![3]).toBe(log[0]!.rows[0]!.name);
      expect(second![3]).toBe(first![3]);

      // What SETEX stored: the user as JSON, with the full hour left.
      const [, json, ttl] = printedMatch(run, labels.stored);
      expect(JSON.parse(json!)).toEqual({ ...log[0]!.rows[0], id: 1 });
      expect(Number(ttl)).toBe(TTL);

      // [queries, hits, misses, ms per read] of each workload.
      const hit = redisCommandMs;
      const miss = (loadMs: number) => redisCommandMs + loadMs + redisCommandMs; // GET, query, SETEX
      const expectWorkload = (label: Label, cached: boolean, loadMs: number) => {
        const [queries, hits, misses, perRead] = printedNumbers(run, label).slice(-4);
        if (!cached) {
          expect([queries, hits, misses]).toEqual([READS, 0, 0]);
          expect(perRead).toBeCloseTo(loadMs, 3);
        } else {
          // Each user misses once; every miss is one query; every hit is none.
          expect([queries, hits, misses]).toEqual([USERS, READS - USERS, USERS]);
          expect(perRead).toBeCloseTo((USERS * miss(loadMs) + (READS - USERS) * hit) / READS, 3);
        }
        return perRead!;
      };
      const keyMs = queryMs(byKey);
      const profileMs = queryMs(profileRows); // the user by primary key, all posts scanned
      const plain = expectWorkload(labels.getUserPlain, false, keyMs);
      const aside = expectWorkload(labels.getUserCached, true, keyMs);
      const slow = expectWorkload(labels.getProfilePlain, false, profileMs);
      const fast = expectWorkload(labels.getProfileCached, true, profileMs);

      // For a primary key lookup the cache only takes load off: reads get slower, not faster.
      expect(aside).toBeGreaterThan(plain);
      const [more, fewer] = printedNumbers(run, labels.slower);
      expect(more).toBeCloseTo(aside - plain, 3);
      expect(fewer).toBe(READS - USERS);
      // For an expensive read it saves most of the time.
      const [savedEach, savedTotal] = printedNumbers(run, labels.saved);
      expect(savedEach).toBeCloseTo(slow - fast, 3);
      expect(savedTotal).toBeCloseTo((slow - fast) * READS, 1);

      // The lab's Redis counts the last workload (the program resets them before each): a GET per
      // read, a SETEX per miss, 90% hits, and one key per user left.
      expect(redisStats(run)).toEqual({
        commands: { get: READS, setex: USERS },
        roundTrips: READS + USERS,
        hits: READS - USERS,
        misses: USERS,
        keys: USERS,
      });
      const hitRate = Math.round((100 * (READS - USERS)) / READS);
      expect(reportFigures(run, 'redisTitle', (t, [hits, misses]) => t.redisHits(hits!, misses!))).toEqual([READS - USERS, USERS, hitRate]);
    });
  }
});
