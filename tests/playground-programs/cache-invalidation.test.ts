import { describe, expect, it } from 'vitest';
import { seedRows } from '~/lab/db/seed';
import { describeRun, locales, runPlayground } from './support/run-playground';
import { lineMatching, numbersOf } from './support/printed';

const TTL = 3600;
const MINUTE_S = 60;
const names = new Map(seedRows().users.map((u) => [u.id, u.name]));

describe('cache-invalidation', () => {
  for (const locale of locales) {
    it(`${locale}: the TTL expires after an hour, a forgotten DEL serves a deleted user, the fixed delete_user does not`, async () => {
      const run = await runPlayground('cache-invalidation', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);

      // TTL: the full hour, 60 s left a minute before it, then gone (TTL -2: no such key).
      expect(lineMatching(run, /^(Now|Agora):/)).toMatch(/GET key = value, TTL = 3600 s$/);
      expect(numbersOf(run, /^59 min/)).toEqual([59, TTL - 59 * MINUTE_S]);
      expect(lineMatching(run, /^59 min/)).toContain('GET key = value,');
      expect(lineMatching(run, /^(1 hour later|1 hora depois): GET/)).toMatch(/GET key = null, TTL = -2 /);

      // Forgetting the DEL: the user is gone from the database but the cache still serves it.
      const forgot = lineMatching(run, /^(Without invalidation|Sem invalidação):/);
      expect(forgot).toMatch(/(in the database: gone|no banco: não existe)/);
      expect(forgot).toMatch(new RegExp(`getUser\\(5\\) → ${names.get(5)} ❌`));

      // The fixed delete_user: database and cache agree, the user is gone.
      const fixed = lineMatching(run, /^(With invalidation|Com invalidação):/);
      expect(fixed).toMatch(/(in the database: gone|no banco: não existe)/);
      expect(fixed).toMatch(/getUser\(6\) → null ✅$/);

      // Only the TTL ends the stale read: an hour later the deleted user is gone from the cache too.
      expect(lineMatching(run, /^(1 hour later|1 hora depois): getUser/)).toMatch(/getUser\(5\) → null$/);
    });
  }
});
