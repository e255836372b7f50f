import { describe, expect, it } from 'vitest';
import { seedRows } from '~/lab/db/seed';
import { describeRun, locales, runPlayground } from './support/run-playground';
import { queryLog, redisStats } from './support/lab-records';
import { printedLine, printedNumbers, type Label } from './support/labels';

const TTL = 3600;
const MINUTE_S = 60;
const names = new Map(seedRows().users.map((u) => [u.id, u.name]));

/** The printed lines this test reads: what GET, TTL and getUser answered at each moment. */
const labels = {
  /** GET and TTL of `key` right after SETEX. */
  now: { 'pt-BR': /^Agora:/, en: /^Now:/ },
  /** [59, seconds left] a minute before the TTL ends. */
  minuteBefore: { 'pt-BR': /^59 min depois:/, en: /^59 min later:/ },
  /** GET and TTL of `key` once the hour is over. */
  hourLaterKey: { 'pt-BR': /^1 hora depois: GET/, en: /^1 hour later: GET/ },
  /** What getUser(5) returned after a delete that forgot the cache. */
  forgot: { 'pt-BR': /^Sem invalidação:/, en: /^Without invalidation:/ },
  /** What getUser(6) returned after the fixed delete_user. */
  fixed: { 'pt-BR': /^Com invalidação:/, en: /^With invalidation:/ },
  /** What getUser(5) returned an hour after its stale read. */
  hourLaterUser: { 'pt-BR': /^1 hora depois: getUser/, en: /^1 hour later: getUser/ },
} satisfies Record<string, Label>;

describe('cache-invalidation', () => {
  for (const locale of locales) {
    it(`${locale}: the TTL expires after an hour, a forgotten DEL serves a deleted user, the fixed delete_user does not`, async () => {
      const run = await runPlayground('cache-invalidation', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);

      // TTL: the full hour, 60 s left a minute before it, then gone (TTL -2: no such key).
      expect(printedLine(run, labels.now)).toMatch(/GET key = value, TTL = 3600 s$/);
      expect(printedNumbers(run, labels.minuteBefore)).toEqual([59, TTL - 59 * MINUTE_S]);
      expect(printedLine(run, labels.minuteBefore)).toContain('GET key = value,');
      expect(printedLine(run, labels.hourLaterKey)).toMatch(/GET key = null, TTL = -2 /);

      // The database's side, statement by statement ([kind, user, rows returned]).
      const log = queryLog(run);
      expect(log.map((e) => [e.kind, e.params[0], e.rows.length])).toEqual([
        // Forgetting the DEL: user 5 read (and cached), deleted, gone from the database...
        ['select', 5, 1],
        ['delete', 5, 1],
        ['select', 5, 0],
        // ...and the getUser(5) after it never reached the database: the cache served it.
        // The fixed delete_user: user 6 read (and cached), loaded, deleted, gone...
        ['select', 6, 1],
        ['select', 6, 1],
        ['delete', 6, 1],
        ['select', 6, 0],
        // ...and the getUser(6) after it missed the cache and asked the database.
        ['select', 6, 0],
        // An hour later user 5's cached copy expired: getUser(5) asks the database at last.
        ['select', 5, 0],
      ]);
      // Only the fixed version sends DEL; every miss refilled the cache with SETEX (key, 5, 6, 6, 5).
      expect(redisStats(run).commands).toEqual({ get: 3 + 5, ttl: 3, setex: 5, del: 1 });

      // What the program printed of the same: the stale user, then null once invalidated.
      expect(printedLine(run, labels.forgot)).toMatch(new RegExp(`getUser\\(5\\) → ${names.get(5)} ❌`));
      expect(printedLine(run, labels.fixed)).toMatch(/getUser\(6\) → null ✅$/);
      // Only the TTL ends the stale read: an hour later the deleted user is gone from the cache too.
      expect(printedLine(run, labels.hourLaterUser)).toMatch(/getUser\(5\) → null$/);
    });
  }
});
