import { describe, expect, it } from 'vitest';
import { serviceLatencies, serviceRequestMs } from '~/data/latency-model';
import { describeRun, locales, runPlayground } from './support/run-playground';
import { httpStats } from './support/lab-records';

type Row = Record<string, number | string>;
const weights = [3, 2, 1];
const backendMs = serviceRequestMs(serviceLatencies.backend);

describe('load-balancing', () => {
  for (const locale of locales) {
    it(`${locale}: round robin even, weighted 3:2:1, IP hash sticky by /24 and weighted, latency from the backends' queues`, async () => {
      const run = await runPlayground('load-balancing', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);
      expect(run.tables).toHaveLength(1);
      const table = run.tables[0] as Record<string, Row>;
      const oneOfficeKey = { 'pt-BR': 'ipHash, um /24', en: 'ipHash, one /24' }[locale];
      expect(Object.keys(table)).toEqual(['roundRobin', 'weighted', 'leastConn', 'ipHash', oneOfficeKey]);
      const rows = table as Record<'roundRobin' | 'weighted' | 'leastConn' | 'ipHash', Row>;
      const oneOffice = table[oneOfficeKey]!;
      const spread = (r: Row) => [r.backend1, r.backend2, r.backend3] as number[];
      const total = spread(rows.roundRobin).reduce((a, b) => a + b, 0);
      const sumW = weights.reduce((a, b) => a + b, 0);
      expect(total % sumW).toBe(0);
      for (const r of Object.values(table)) expect(spread(r).reduce((a, b) => a + b, 0)).toBe(total);

      expect(spread(rows.roundRobin)).toEqual([total / 3, total / 3, total / 3]);
      expect(spread(rows.weighted)).toEqual(weights.map((w) => (total * w) / sumW));

      // The program's spread is what the backends themselves counted, and every request was served.
      const http = httpStats(run);
      const origins = ['backend1', 'backend2', 'backend3'].map((host) => `http://${host}:8000`);
      expect(Object.keys(http).sort()).toEqual(origins);
      for (const [i, origin] of origins.entries()) {
        const requests = Object.values(table).reduce((a, r) => a + spread(r)[i]!, 0);
        expect(http[origin]).toEqual({ requests, statuses: { 200: requests } });
      }

      const p = (r: Row, q: 'p50 ms' | 'p95 ms') => r[q] as number;
      // IP hash keeps every client on one backend; round robin does not.
      const sticky = (r: Row) => String(Object.values(r)[5]).split('/').map(Number);
      const [stuck, clients] = sticky(rows.ipHash);
      expect(stuck).toBe(clients);
      expect(sticky(rows.roundRobin)[0]).toBeLessThan(clients!);
      expect(sticky(oneOffice)).toEqual([clients, clients]);

      // IP hash splits the clients, not the requests: each client on exactly one backend, and with
      // the weights honoured every backend gets some, the heaviest at least as many as the lightest.
      const clientsPer = (r: Row) => String(Object.values(r)[6]).split('/').map(Number);
      const split = clientsPer(rows.ipHash);
      expect(split.reduce((a, b) => a + b, 0)).toBe(clients);
      for (const n of split) expect(n).toBeGreaterThan(0);
      expect(split[0]).toBeGreaterThanOrEqual(split[2]!);

      // The /24 pitfall: every client of one office hashes to the same backend, which then takes
      // every request and queues far past a bare request.
      const officeSpread = spread(oneOffice);
      expect(officeSpread.filter((n) => n > 0)).toEqual([total]);
      expect(clientsPer(oneOffice).filter((n) => n > 0)).toEqual([clients]);
      expect(p(oneOffice, 'p95 ms')).toBeGreaterThan(p(rows.roundRobin, 'p95 ms'));

      // Latency: nothing beats one backend request; round robin queues on the 1-worker backend,
      // the weight-aware strategies keep p95 at a bare request.
      for (const r of Object.values(rows)) expect(p(r, 'p50 ms')).toBeGreaterThanOrEqual(backendMs);
      expect(p(rows.weighted, 'p95 ms')).toBe(backendMs);
      expect(p(rows.leastConn, 'p95 ms')).toBe(backendMs);
      expect(p(rows.roundRobin, 'p95 ms')).toBeGreaterThan(backendMs);
      expect(rows.leastConn.backend1 as number).toBeGreaterThan(rows.leastConn.backend3 as number);
    });
  }
});
