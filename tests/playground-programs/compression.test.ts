import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bandwidths } from '~/data/latency-model';
import { httpStats, queryLog } from './support/lab-records';
import { describeRun, locales, runPlayground } from './support/run-playground';

interface Row {
  payload: string;
  bytes: number;
  gzip: number;
  deflate: number;
  ratio: number;
  '4G ms': number;
  '4G gzip ms': number;
}

describe('compression', () => {
  for (const locale of locales) {
    it(`${locale}: JSON shrinks several times, a tiny or already compressed body grows`, async () => {
      const run = await runPlayground('compression', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);
      expect(run.tables).toHaveLength(1);
      const [users, everyone, catalog, tiny, packed] = run.tables[0] as Row[];

      // The bodies are what the lab served: two user listings from the database and one catalogue response.
      expect(queryLog(run).map((q) => q.rows.length)).toEqual([100, 2_000]);
      expect(httpStats(run)['https://catalog.example']).toEqual({ requests: 1, statuses: { 200: 1 } });
      expect(tiny!.bytes).toBe(JSON.stringify({ ok: true }).length);

      // The sizes are real gzip: within a few bytes of Node's zlib at its default level on a body of the same size.
      const reference = gzipSync(Buffer.from('{"ok":true}')).byteLength;
      expect(Math.abs(tiny!.gzip - reference)).toBeLessThanOrEqual(2);

      for (const json of [users!, everyone!, catalog!]) {
        expect(json.gzip * 4, json.payload).toBeLessThan(json.bytes);
        expect(json.deflate, json.payload).toBeLessThan(json.gzip); // the same stream, without gzip's 18-byte wrapper
      }
      expect(tiny!.gzip).toBeGreaterThan(tiny!.bytes);
      expect(packed!.bytes).toBe(users!.gzip);
      expect(packed!.gzip).toBeGreaterThan(packed!.bytes);

      // Transfer times follow the lab's mobile bandwidth.
      const ms = (bytes: number) => (bytes * 8 * 1000) / bandwidths.mobile.bitsPerSecond;
      expect(everyone!['4G ms']).toBeCloseTo(ms(everyone!.bytes), 1);
      expect(everyone!['4G gzip ms']).toBeCloseTo(ms(everyone!.gzip), 1);
    });
  }
});
