import { describe, expect, it } from 'vitest';
import { connectionSetupMs, prePingMs, queryMs } from '~/data/latency-model';
import { SEED_POSTS } from '~/lab/db/seed';
import { describeRun, locales, reportLines, runPlayground, type PlaygroundRun } from './support/run-playground';
import { numbersIn, numbersOf } from './support/printed';

const REQUESTS = 100;
const POOL_SIZE = 20;
const MAX_OVERFLOW = 10;
const BURST = 40;

/** The counters line under the pool's line in the database report: [created, reused, waits, timeouts]. */
function poolCounters(run: PlaygroundRun, name: RegExp): number[] {
  const lines = reportLines(run, /^(Database|Banco de dados)$/)!;
  const at = lines.findIndex((l) => name.test(l));
  expect(at, describeRun(run)).toBeGreaterThanOrEqual(0);
  return numbersIn(lines[at + 1]!, run.locale);
}

describe('connection-pooling', () => {
  for (const locale of locales) {
    it(`${locale}: the pool saves the set-up cost per request, pre-ping survives a restart, exhaustion waits then times out`, async () => {
      const run = await runPlayground('connection-pooling', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);

      // One request = find one user by primary key: one round trip and one row.
      const lookup = queryMs(1);
      const [, fresh, freshEach] = numbersOf(run, /^(New connection per request|Conexão nova por requisição):/);
      const [, pooled, pooledEach] = numbersOf(run, /^(Pool without pre-ping|Pool sem pre-ping):/);
      const [, pinged] = numbersOf(run, /^(Pool with pre-ping|Pool com pre-ping):/);
      expect(freshEach).toBeCloseTo(connectionSetupMs + lookup, 3);
      expect(pooledEach).toBeCloseTo(lookup, 3);
      expect(fresh! - pooled!).toBeCloseTo(REQUESTS * connectionSetupMs, 3);
      expect(pinged! - pooled!).toBeCloseTo(REQUESTS * prePingMs, 3);
      const [saved, n1, perRequest] = numbersOf(run, /^(What the pool saves|Economia do pool):/);
      expect([n1, perRequest]).toEqual([REQUESTS, connectionSetupMs]);
      expect(saved).toBeCloseTo(REQUESTS * connectionSetupMs, 3);

      // The lab's own counters: 100 direct connections, each paying the set-up; the pool without
      // pre-ping opened one connection (before the requests) and reused it for every request,
      // including the one after the restart that found it dead.
      const db = reportLines(run, /^(Database|Banco de dados)$/)!;
      const direct = numbersIn(db.find((l) => /(without a pool|sem pool)/.test(l))!, locale);
      expect(direct[0]).toBe(REQUESTS);
      expect(direct[1]).toBeCloseTo(REQUESTS * connectionSetupMs, 3);
      expect(poolCounters(run, /(no pre-ping|sem pre-ping): poolSize 20, maxOverflow 10/)).toEqual([1, REQUESTS + 1, 0, 0]);

      // After the restart: without pre-ping the request fails, with it the dead connection is replaced.
      expect(run.lines).toContain(
        locale === 'en'
          ? 'Without pre-ping, after the restart: error 500 (server closed the connection unexpectedly)'
          : 'Sem pre-ping, após o restart: erro 500 (server closed the connection unexpectedly)',
      );
      expect(numbersOf(run, /^(With pre-ping, after the restart|Com pre-ping, após o restart): ok/)).toEqual([1]);

      // 40 slow reports at once: 30 connections at most, 10 wait for a second round (each one
      // is checked with pre-ping when it is handed over), then overflow closes back to 20.
      const [burst, peak, waited, burstMs, openAfter] = numbersOf(run, /^40 (at once|de uma vez):/);
      expect([burst, peak, waited, openAfter]).toEqual([BURST, POOL_SIZE + MAX_OVERFLOW, BURST - POOL_SIZE - MAX_OVERFLOW, POOL_SIZE]);
      const scan = queryMs(SEED_POSTS);
      expect(burstMs).toBeCloseTo(connectionSetupMs + scan + prePingMs + scan, 3);

      // The leak: with try/finally nothing stays checked out; without it 30 failed requests keep
      // every connection and the next request times out after the pool's 30 s.
      const [stuckSafe, nextMs] = numbersOf(run, /^(With try\/finally|Com try\/finally):/);
      expect(stuckSafe).toBe(0);
      expect(nextMs).toBeCloseTo(prePingMs + lookup, 3);
      const leak = run.lines.find((l) => /^(Without try\/finally|Sem try\/finally):/.test(l))!;
      expect(numbersIn(leak, locale).slice(0, 2)).toEqual([POOL_SIZE + MAX_OVERFLOW, 30_000]);
      expect(leak).toMatch(/TimeoutError: (the pool \(size 20, overflow 10\)|o pool \(tamanho 20, overflow 10\))/);
      expect(poolCounters(run, /^(Connection pool|Pool de conexões) pool: /)[3]).toBe(1);
    });
  }
});
