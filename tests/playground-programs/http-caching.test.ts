import { describe, expect, it } from 'vitest';
import { httpStats } from './support/lab-records';
import { describeRun, locales, runPlayground } from './support/run-playground';

interface Row {
  requests: number;
  '304s': number;
  bytes: number;
}

describe('http-caching', () => {
  for (const locale of locales) {
    it(`${locale}: max-age and ETag halve the requests, 304s carry no body, Vary keeps languages apart`, async () => {
      const run = await runPlayground('http-caching', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);
      const [none, cached] = run.tables[0] as Row[];

      // 10 reads 30 s apart against max-age=60: every other read is served fresh; of the 5 sent,
      // the first and the one after the price change bring a body, the other 3 are 304s.
      expect(none!.requests).toBe(10);
      expect(cached!.requests).toBe(5);
      expect(cached!['304s']).toBe(3);
      expect(cached!.bytes * 5).toBe(none!.bytes); // 2 bodies vs 10 of the same size

      // The lab saw exactly that: 10 + 5 reads, 2 price changes, and 2 × 2 reads in the Vary demo
      // (the cache keyed by URL only never asks the second time).
      const catalog = httpStats(run)['https://catalog.example']!;
      expect(catalog.statuses[304]).toBe(3);
      expect(catalog.requests).toBe(10 + 5 + 2 + 3);

      // Keyed by URL only, the English client gets Portuguese names; keyed with Vary, English ones.
      const got = run.lines.filter((l) => l.includes('"')).map((l) => /"([^"]+)"/.exec(l)![1]);
      expect(got).toEqual(['Teclado mecânico 1', 'Mechanical keyboard 1']);
    });
  }
});
