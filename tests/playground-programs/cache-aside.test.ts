import { describe, expect, it } from 'vitest';
import { queryMs, redisCommandMs } from '~/data/latency-model';
import { SEED_POSTS } from '~/lab/db/seed';
import { describeRun, locales, reportLines, runPlayground } from './support/run-playground';
import { numbersIn, numbersOf } from './support/printed';

const READS = 300;
const USERS = 30;
const TTL = 3600;

describe('cache-aside', () => {
  for (const locale of locales) {
    it(`${locale}: a miss queries the database and caches for an hour, a hit queries nothing; hit ratio and latency`, async () => {
      const run = await runPlayground('cache-aside', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);

      // First call misses (one query, then SETEX), the second hits (no query), same user.
      const [first, second] = run.lines.filter((l) => /getUser\(1\)/.test(l) && /^(1st|2nd|1ª|2ª)/.test(l));
      expect(first).toMatch(/: miss, (database queries|queries no banco): 1 → /);
      expect(second).toMatch(/: hit, (database queries|queries no banco): 0 → /);
      expect(first!.split(' → ')[1]).toBe(second!.split(' → ')[1]);

      // What SETEX stored: the user as JSON, with the full hour left.
      const stored = run.lines.find((l) => /^(In Redis|No Redis): user:1 = /.test(l))!;
      const json = stored.slice(stored.indexOf('= ') + 2, stored.lastIndexOf(' (TTL'));
      expect(JSON.parse(json)).toMatchObject({ id: 1, name: first!.split(' → ')[1] });
      expect(numbersIn(stored.slice(stored.lastIndexOf('(TTL')), locale)).toEqual([TTL]);

      // [queries, hits, misses, ms per read] of each workload.
      const row = (label: RegExp) => numbersOf(run, label).slice(-4);
      const hit = redisCommandMs;
      const miss = (loadMs: number) => redisCommandMs + loadMs + redisCommandMs; // GET, query, SETEX
      const expectWorkload = (label: RegExp, cached: boolean, loadMs: number) => {
        const [queries, hits, misses, perRead] = row(label);
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
      const byKey = queryMs(1);
      const profile = queryMs(1 + SEED_POSTS); // the user by primary key, all posts scanned
      const plain = expectWorkload(/^getUser (without cache|sem cache):/, false, byKey);
      const aside = expectWorkload(/^getUser (with cache|com cache):/, true, byKey);
      const slow = expectWorkload(/^getProfile (without cache|sem cache):/, false, profile);
      const fast = expectWorkload(/^getProfile (with cache|com cache):/, true, profile);

      // For a primary key lookup the cache only takes load off: reads get slower, not faster.
      expect(aside).toBeGreaterThan(plain);
      const [more, fewer] = numbersOf(run, /^ {2}(with cache|com cache):/);
      expect(more).toBeCloseTo(aside - plain, 3);
      expect(fewer).toBe(READS - USERS);
      // For an expensive read it saves most of the time.
      const [savedEach, savedTotal] = numbersOf(run, /^ {2}(saved|economia):/);
      expect(savedEach).toBeCloseTo(slow - fast, 3);
      expect(savedTotal).toBeCloseTo((slow - fast) * READS, 1);

      // The lab's Redis report counts the last workload: 90% hits.
      const redis = reportLines(run, 'Redis')!;
      expect(numbersIn(redis[1]!, locale)).toEqual([READS - USERS, USERS, Math.round((100 * (READS - USERS)) / READS)]);
    });
  }
});
