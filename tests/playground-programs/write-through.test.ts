import { describe, expect, it } from 'vitest';
import { describeRun, locales, runPlayground, type PlaygroundRun } from './support/run-playground';
import { queryLog, redisStats, type LoggedQuery } from './support/lab-records';
import { printedLine, sameInBoth, type Labels } from './support/labels';

/** What the program observed after each scenario: the cache's content and where its next read came from. */
const labels = {
  afterWriteThrough: { 'pt-BR': /^Depois do write-through:/, en: /^After write-through:/ },
  readFromCache: { 'pt-BR': /do cache → (.+)$/, en: /from the cache → (.+)$/ },
  writeThroughRace: sameInBoth(/^Write-through:/),
  deleteAfterCommitRace: { 'pt-BR': /^Apagar depois do commit:/, en: /^Delete after commit:/ },
  raceFields: {
    'pt-BR': /: banco = (\w+), cache = ([^,]+), próxima leitura \((\w+)\) = (\w+) (✅|❌)/,
    en: /: database = (\w+), cache = ([^,]+), next read \((\w+)\) = (\w+) (✅|❌)/,
  },
  emptyCache: { 'pt-BR': /^\(vazio\)$/, en: /^\(empty\)$/ },
  fromDatabase: { 'pt-BR': /^banco$/, en: /^database$/ },
} satisfies Labels;

/** [database, cache, where the next read came from, what it returned, verdict] of a race line. */
function race(run: PlaygroundRun, label: keyof typeof labels) {
  const line = printedLine(run, labels[label]);
  const m = labels.raceFields[run.locale].exec(line);
  expect(m, line).not.toBeNull();
  return { db: m![1], cache: m![2], from: m![3], read: m![4], ok: m![5] === '✅' };
}

/** The user's UPDATEs in commit order ([name, id] each), and the SELECTs of that user after the last one. */
function history(log: readonly LoggedQuery[], id: number) {
  const ofUser = log.filter((e) => e.table === 'users' && e.rows.some((r) => r.id === id));
  const updates = ofUser.filter((e) => e.kind === 'update');
  const after = ofUser.slice(ofUser.lastIndexOf(updates.at(-1)!) + 1);
  return {
    updates: updates.map((e) => e.params),
    committed: updates.at(-1)?.rows[0]?.name,
    readsAfter: after.filter((e) => e.kind === 'select').length,
  };
}

describe('write-through', () => {
  for (const locale of locales) {
    it(`${locale}: the next read is a fresh hit; two writers leave the cache stale, delete-after-commit does not`, async () => {
      const run = await runPlayground('write-through', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);
      const log = queryLog(run);

      // One writer: the read after the update comes from the cache with the new name; the database is not asked again.
      const single = history(log, 1);
      expect(single).toEqual({ updates: [['Carla Lima', 1]], committed: 'Carla Lima', readsAfter: 0 });
      const after = printedLine(run, labels.afterWriteThrough);
      expect(labels.readFromCache[locale].exec(after)?.[1], after).toBe('Carla Lima');

      // Two writers, B commits last but A's SETEX lands last: the cache disagrees with the database.
      const raced = history(log, 2);
      expect(raced.updates).toEqual([
        ['Ana', 2],
        ['Bia', 2],
      ]);
      expect(raced.committed).toBe('Bia');
      // After the commits the program asks the database once (to compare); its next read is a cache hit.
      expect(raced.readsAfter).toBe(1);
      const stale = race(run, 'writeThroughRace');
      expect(stale).toEqual({ db: 'Bia', cache: 'Ana', from: 'cache', read: 'Ana', ok: false });

      // Same interleaving, deleting after the commit: the cache is empty and the next read is the database's.
      const deleted = history(log, 3);
      expect(deleted.updates).toEqual([
        ['Ana', 3],
        ['Bia', 3],
      ]);
      expect(deleted.committed).toBe('Bia');
      expect(deleted.readsAfter).toBe(2);
      // Both writers delete the key; neither writes a value into the cache.
      expect(redisStats(run).commands.del).toBe(2);
      const fixed = race(run, 'deleteAfterCommitRace');
      expect(fixed.db).toBe('Bia');
      expect(fixed.cache).toMatch(labels.emptyCache[locale]);
      expect(fixed.from).toMatch(labels.fromDatabase[locale]);
      expect(fixed.read).toBe('Bia');
      expect(fixed.ok).toBe(true);
    });
  }
});
