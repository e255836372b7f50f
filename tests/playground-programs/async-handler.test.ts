import { describe, expect, it } from 'vitest';
import { queryMs } from '~/data/latency-model';
import { describeRun, locales, runPlayground } from './support/run-playground';
import { numbersOf } from './support/printed';

const REQUESTS = 300;
const MAX_CONNECTIONS = 20 + 10;

describe('async-handler', () => {
  for (const locale of locales) {
    it(`${locale}: null becomes 404, and concurrent requests gain at most the pool's connections`, async () => {
      const run = await runPlayground('async-handler', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);

      // scalar_one_or_none → findUnique: the row, or null that the fixed handler turns into a 404.
      expect(run.lines.find((l) => l.startsWith('GET /users/7 → '))).toMatch(/^GET \/users\/7 → 200 \{"id":7,/);
      expect(run.lines).toContain(
        locale === 'en'
          ? 'GET /users/999999 → module: 200 null; fixed: 404 {"detail":"User not found"}'
          : 'GET /users/999999 → módulo: 200 null; corrigido: 404 {"detail":"Usuário não encontrado"}',
      );

      // [ok responses, ms, req/s] for each way of serving.
      const [serialOk, serialMs, serialRate] = numbersOf(run, /^(One at a time|Uma de cada vez):/);
      const [concOk, concMs, concRate] = numbersOf(run, /^(Async, all together|Async, todas juntas):/);
      expect([serialOk, concOk]).toEqual([REQUESTS, REQUESTS]);
      // One at a time: every request waits for the previous one's round trip.
      expect(serialMs).toBeCloseTo(REQUESTS * queryMs(1), 3);
      // Together: no faster than 30 queries in flight at once, so the gain is bounded by the pool.
      expect(concMs).toBeGreaterThanOrEqual(Math.ceil(REQUESTS / MAX_CONNECTIONS) * queryMs(1));
      expect(concMs).toBeLessThan(serialMs! / 10);
      expect(serialRate).toBe(Math.round(REQUESTS / (serialMs! / 1000)));
      expect(concRate).toBe(Math.round(REQUESTS / (concMs! / 1000)));

      const [gain, bound, opened, waited] = numbersOf(run, /^(Gain|Ganho):/);
      expect(bound).toBe(MAX_CONNECTIONS);
      expect(gain).toBeCloseTo(serialMs! / concMs!, 1);
      expect(gain).toBeLessThanOrEqual(MAX_CONNECTIONS);
      // The pool grew to its limit, and everyone past it queued for a connection.
      expect([opened, waited]).toEqual([MAX_CONNECTIONS, REQUESTS - MAX_CONNECTIONS]);
    });
  }
});
