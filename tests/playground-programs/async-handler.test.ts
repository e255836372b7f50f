import { describe, expect, it } from 'vitest';
import { queryMs } from '~/data/latency-model';
import { describeRun, locales, runPlayground } from './support/run-playground';
import { peakInFlight, poolCounters, queryLog } from './support/lab-records';
import { printedMatch, printedNumbers, type Label } from './support/labels';

const REQUESTS = 300;
// The module's create_async_engine(...) passes no pool arguments: SQLAlchemy's defaults, 5 + 10.
const POOL = { poolSize: 5, maxOverflow: 10, poolPrePing: false, poolTimeoutMs: 30_000 };
const MAX_CONNECTIONS = POOL.poolSize + POOL.maxOverflow;
const MISSING = 999_999;

/** The printed lines this test reads: per-phase timings only the program measured. */
const labels = {
  /** The answer for user 7: status and body. */
  found: { 'pt-BR': /^GET \/users\/7 → (\d+) (.*)$/, en: /^GET \/users\/7 → (\d+) (.*)$/ },
  /** The answers for a missing id: the module's status and body, then the fixed handler's. */
  notFound: {
    'pt-BR': /^GET \/users\/999999 → módulo: (\d+) (.*); corrigido: (\d+) (.*)$/,
    en: /^GET \/users\/999999 → module: (\d+) (.*); fixed: (\d+) (.*)$/,
  },
  /** [ok responses, ms, req/s] serving one request at a time. */
  serial: { 'pt-BR': /^Uma de cada vez:/, en: /^One at a time:/ },
  /** [ok responses, ms, req/s] serving them all at once. */
  concurrent: { 'pt-BR': /^Async, todas juntas:/, en: /^Async, all together:/ },
  /** [gain, its bound, connections opened, requests that waited]. */
  gain: { 'pt-BR': /^Ganho:/, en: /^Gain:/ },
} satisfies Record<string, Label>;

describe('async-handler', () => {
  for (const locale of locales) {
    it(`${locale}: null becomes 404, and concurrent requests gain at most the pool's connections`, async () => {
      const run = await runPlayground('async-handler', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);

      // Every request is one lookup by primary key: user 7, the missing id twice (module, fixed),
      // then every user one at a time, in order, then every user at once (in whatever order
      // connections came free).
      const log = queryLog(run);
      const ids = Array.from({ length: REQUESTS }, (_, i) => i + 1);
      const userOf = (e: (typeof log)[number]) => e.params[0] as number;
      expect(log.slice(0, 3 + REQUESTS).map(userOf)).toEqual([7, MISSING, MISSING, ...ids]);
      expect(
        log
          .slice(3 + REQUESTS)
          .map(userOf)
          .sort((a, b) => a - b),
      ).toEqual(ids);
      for (const e of log) expect([e.kind, e.table, e.access, e.index]).toEqual(['select', 'users', 'Index Scan', 'users_pkey']);
      // scalar_one_or_none → findUnique: the row, or null that the fixed handler turns into a 404.
      expect(log.slice(0, 3).map((e) => e.rows.length)).toEqual([1, 0, 0]);
      const [, status, body] = printedMatch(run, labels.found);
      expect([status, JSON.parse(body!)]).toEqual(['200', { ...log[0]!.rows[0], id: 7 }]);
      const [, moduleStatus, moduleBody, fixedStatus, fixedBody] = printedMatch(run, labels.notFound);
      expect([moduleStatus, JSON.parse(moduleBody!)]).toEqual(['200', null]);
      expect([fixedStatus, JSON.parse(fixedBody!)]).toEqual(['404', { detail: expect.stringMatching(/\S/) }]);

      // One at a time, the database sees one query at a time; all together, as many as the pool has connections.
      const serialQueries = log.slice(3, 3 + REQUESTS);
      const concurrentQueries = log.slice(3 + REQUESTS);
      expect(peakInFlight(serialQueries)).toBe(1);
      expect(peakInFlight(concurrentQueries)).toBe(MAX_CONNECTIONS);
      expect(new Set(log.map((e) => e.connection)).size).toBe(MAX_CONNECTIONS);

      // [ok responses, ms, req/s] for each way of serving.
      const [serialOk, serialMs, serialRate] = printedNumbers(run, labels.serial);
      const [concOk, concMs, concRate] = printedNumbers(run, labels.concurrent);
      expect([serialOk, concOk]).toEqual([REQUESTS, REQUESTS]);
      // One at a time: every request waits for the previous one's round trip.
      expect(serialMs).toBeCloseTo(REQUESTS * queryMs(1), 3);
      // Together: no faster than 15 queries in flight at once, so the gain is bounded by the pool.
      expect(concMs).toBeGreaterThanOrEqual(Math.ceil(REQUESTS / MAX_CONNECTIONS) * queryMs(1));
      expect(concMs).toBeLessThan(serialMs! / 10);
      expect(serialRate).toBe(Math.round(REQUESTS / (serialMs! / 1000)));
      expect(concRate).toBe(Math.round(REQUESTS / (concMs! / 1000)));

      const [gain, bound, opened, waited] = printedNumbers(run, labels.gain);
      expect(bound).toBe(MAX_CONNECTIONS);
      expect(gain).toBeCloseTo(serialMs! / concMs!, 1);
      expect(gain).toBeLessThanOrEqual(MAX_CONNECTIONS);
      // The pool grew to its limit, and everyone past it queued for a connection: the lab's
      // counters say so, and the program printed what they said.
      const pool = poolCounters(run, POOL);
      expect(pool).toEqual({
        created: MAX_CONNECTIONS,
        reused: log.length - MAX_CONNECTIONS,
        waited: REQUESTS - MAX_CONNECTIONS,
        timedOut: 0,
      });
      expect([opened, waited]).toEqual([pool.created, pool.waited]);
    });
  }
});
