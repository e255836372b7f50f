import { describe, expect, it } from 'vitest';
import { describeRun, locales, runPlayground, type PlaygroundRun } from './support/run-playground';
import { lineMatching } from './support/printed';

/** [database, cache, where the next read came from, what it returned, verdict] of a race line. */
function race(run: PlaygroundRun, label: RegExp) {
  const line = lineMatching(run, label);
  const m = /: (?:database|banco) = (\w+), cache = ([^,]+), (?:next read|próxima leitura) \((\w+)\) = (\w+) (✅|❌)/.exec(line);
  expect(m, line).not.toBeNull();
  return { db: m![1], cache: m![2], from: m![3], read: m![4], ok: m![5] === '✅' };
}

describe('write-through', () => {
  for (const locale of locales) {
    it(`${locale}: the next read is a fresh hit; two writers leave the cache stale, delete-after-commit does not`, async () => {
      const run = await runPlayground('write-through', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);

      // One writer: the read after the update comes from the cache with the new name.
      expect(lineMatching(run, /^(After write-through|Depois do write-through):/)).toMatch(/(from the cache|do cache) → Ana Lima$/);

      // Two writers, B commits last but A's SETEX lands last: the cache disagrees with the database.
      const stale = race(run, /^Write-through:/);
      expect(stale).toEqual({ db: 'Bruno', cache: 'Alice', from: 'cache', read: 'Alice', ok: false });

      // Same interleaving, deleting after the commit: the cache is empty and the next read is the database's.
      const fixed = race(run, /^(Delete after commit|Apagar depois do commit):/);
      expect(fixed.db).toBe('Bruno');
      expect(fixed.cache).toMatch(/^\((empty|vazio)\)$/);
      expect(fixed.from).toBe(locale === 'en' ? 'database' : 'banco');
      expect(fixed.read).toBe('Bruno');
      expect(fixed.ok).toBe(true);
    });
  }
});
