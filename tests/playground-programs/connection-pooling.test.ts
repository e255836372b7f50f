import { describe, expect, it } from 'vitest';
import { connectionSetupMs, prePingMs, queryMs } from '~/data/latency-model';
import { formatMsFigure } from '~/i18n/format';
import { SEED_POSTS } from '~/lab/db/seed';
import { labText } from '~/lab/messages';
import { describeRun, locales, runPlayground } from './support/run-playground';
import { peakInFlight, poolCounters, queryLog, reportFigures } from './support/lab-records';
import { printedLine, printedMatch, printedNumbers, type Label } from './support/labels';
import { numbersIn } from './support/printed';

const REQUESTS = 100;
const POOL_SIZE = 20;
const MAX_OVERFLOW = 10;
const BURST = 40;
const LEAKS = 30;
const TIMEOUT_MS = 30_000;
const MISSING = 999_999;
/** The two pools the program creates, as the lab's report names them: by configuration. */
const pool = (poolPrePing: boolean) => ({ poolSize: POOL_SIZE, maxOverflow: MAX_OVERFLOW, poolPrePing, poolTimeoutMs: TIMEOUT_MS });
/** What PostgreSQL (and the lab) says when a connection died with the server: the same in every language. */
const SERVER_CLOSED = 'server closed the connection unexpectedly';

/** The printed lines this test reads: what the program measured in each phase. */
const labels = {
  /** [requests, ms, ms each] of each way to connect. */
  fresh: { 'pt-BR': /^Conexão nova por requisição:/, en: /^New connection per request:/ },
  pooled: { 'pt-BR': /^Pool sem pre-ping:/, en: /^Pool without pre-ping:/ },
  pinged: { 'pt-BR': /^Pool com pre-ping:/, en: /^Pool with pre-ping:/ },
  /** [ms saved, requests, ms per request]. */
  saves: { 'pt-BR': /^Economia do pool:/, en: /^What the pool saves:/ },
  /** The request after the restart without pre-ping: its status and error. */
  restartWithout: {
    'pt-BR': /^Sem pre-ping, após o restart: erro (\d+) \((.*)\)$/,
    en: /^Without pre-ping, after the restart: error (\d+) \((.*)\)$/,
  },
  /** [dead connections replaced] by the request after the restart with pre-ping. */
  restartWith: { 'pt-BR': /^Com pre-ping, após o restart: ok/, en: /^With pre-ping, after the restart: ok/ },
  /** [requests, connections at the peak, requests that waited, ms, connections open afterwards]. */
  burst: { 'pt-BR': /^40 de uma vez:/, en: /^40 at once:/ },
  /** [connections stuck, ms of the next request]. */
  safe: { 'pt-BR': /^Com try\/finally:/, en: /^With try\/finally:/ },
  /** [connections stuck, ms the next request waited], then the error it got. */
  leaky: { 'pt-BR': /^Sem try\/finally:/, en: /^Without try\/finally:/ },
} satisfies Record<string, Label>;

describe('connection-pooling', () => {
  for (const locale of locales) {
    it(`${locale}: the pool saves the set-up cost per request, pre-ping survives a restart, exhaustion waits then times out`, async () => {
      const run = await runPlayground('connection-pooling', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);
      const log = queryLog(run);
      const ids = Array.from({ length: REQUESTS }, (_, i) => i + 1);

      // One request = find one user by primary key: one round trip and one row. The database
      // saw 100 of them on 100 connections, then 100 on one pooled connection, then 100 on one
      // pooled connection each checked by a SELECT 1 first.
      const fresh = log.slice(0, REQUESTS);
      const pooled = log.slice(REQUESTS, 2 * REQUESTS);
      const pinged = log.slice(2 * REQUESTS, 4 * REQUESTS);
      for (const e of [...fresh, ...pooled]) expect([e.kind, e.index, e.rowsRead]).toEqual(['select', 'users_pkey', 1]);
      expect([...fresh, ...pooled].map((e) => e.params[0])).toEqual([...ids, ...ids]);
      expect(new Set(fresh.map((e) => e.connection)).size).toBe(REQUESTS);
      expect(new Set(pooled.map((e) => e.connection)).size).toBe(1);
      expect(pinged.map((e) => (e.kind === 'ping' ? 'ping' : e.params[0]))).toEqual(ids.flatMap((id) => ['ping', id]));
      expect(new Set(pinged.map((e) => e.connection)).size).toBe(1);
      for (const e of pinged.filter((q) => q.kind === 'ping')) expect(e.ms).toBe(prePingMs);

      const lookup = queryMs(1);
      const [, freshMs, freshEach] = printedNumbers(run, labels.fresh);
      const [, pooledMs, pooledEach] = printedNumbers(run, labels.pooled);
      const [, pingedMs] = printedNumbers(run, labels.pinged);
      expect(freshEach).toBeCloseTo(connectionSetupMs + lookup, 3);
      expect(pooledEach).toBeCloseTo(lookup, 3);
      expect(freshMs! - pooledMs!).toBeCloseTo(REQUESTS * connectionSetupMs, 3);
      expect(pingedMs! - pooledMs!).toBeCloseTo(REQUESTS * prePingMs, 3);
      const [saved, n1, perRequest] = printedNumbers(run, labels.saves);
      expect([n1, perRequest]).toEqual([REQUESTS, connectionSetupMs]);
      expect(saved).toBeCloseTo(REQUESTS * connectionSetupMs, 3);

      // The lab's own counters: 100 direct connections, each paying the set-up; the pool without
      // pre-ping opened one connection (before the requests) and reused it for every request,
      // including the one after the restart that found it dead.
      const [direct, directMs] = reportFigures(run, 'dbTitle', (t, [n, ms]) => t.directConnections(n!, formatMsFigure(ms!, locale)));
      expect(direct).toBe(REQUESTS);
      expect(directMs).toBeCloseTo(REQUESTS * connectionSetupMs, 3);
      expect(poolCounters(run, pool(false))).toEqual({ created: 1, reused: REQUESTS + 1, waited: 0, timedOut: 0 });

      // After the restart: without pre-ping the request fails (it never reaches the database);
      // with it the dead connection is replaced and the lookup runs on a new one.
      const [, status, error] = printedMatch(run, labels.restartWithout);
      expect([status, error]).toEqual(['500', SERVER_CLOSED]);
      expect(printedNumbers(run, labels.restartWith)).toEqual([1]);
      const afterRestart = log[4 * REQUESTS]!;
      expect([afterRestart.kind, afterRestart.params[0]]).toEqual(['select', 1]);
      expect(afterRestart.connection).not.toBe(pinged[0]!.connection);

      // 40 slow reports at once: 30 connections at most, 10 wait for a second round (each one
      // is checked with pre-ping when it is handed over), then overflow closes back to 20.
      const scan = queryMs(SEED_POSTS);
      const reports = log.filter((e) => e.kind === 'count');
      expect(reports).toHaveLength(BURST);
      for (const e of reports) expect([e.access, e.rowsRead, e.ms]).toEqual(['Seq Scan', SEED_POSTS, scan]);
      expect(peakInFlight(reports)).toBe(POOL_SIZE + MAX_OVERFLOW);
      const [burst, peak, waited, burstMs, openAfter] = printedNumbers(run, labels.burst);
      expect([burst, peak, waited, openAfter]).toEqual([BURST, POOL_SIZE + MAX_OVERFLOW, BURST - POOL_SIZE - MAX_OVERFLOW, POOL_SIZE]);
      expect(burstMs).toBeCloseTo(connectionSetupMs + scan + prePingMs + scan, 3);

      // The leak: with try/finally nothing stays checked out; without it 30 failed requests keep
      // every connection and the next request times out after the pool's 30 s, without ever
      // reaching the database (its lookup of user 1 is not in the log).
      const [stuckSafe, nextMs] = printedNumbers(run, labels.safe);
      expect(stuckSafe).toBe(0);
      expect(nextMs).toBeCloseTo(prePingMs + lookup, 3);
      const lookups = log.filter((e) => e.kind === 'select').map((e) => e.params[0]);
      const failing = Array.from({ length: LEAKS }, () => MISSING);
      expect(lookups.slice(-(2 * LEAKS + 1))).toEqual([...failing, 1, ...failing]);
      const leak = printedLine(run, labels.leaky);
      expect(numbersIn(leak, locale).slice(0, 2)).toEqual([POOL_SIZE + MAX_OVERFLOW, TIMEOUT_MS]);
      expect(leak).toContain(labText[locale].poolTimeout(POOL_SIZE, MAX_OVERFLOW, TIMEOUT_MS));
      // The pre-ping pool: every connection it handed out again was checked first, the restart
      // cost one replacement, 10 burst requests and the request after the leak waited, and that
      // one timed out.
      const withPing = poolCounters(run, pool(true));
      expect(withPing).toMatchObject({ waited: BURST - POOL_SIZE - MAX_OVERFLOW + 1, timedOut: 1, replaced: 1, prePings: withPing.reused });
    });
  }
});
