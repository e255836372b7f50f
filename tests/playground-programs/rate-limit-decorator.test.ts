import { describe, expect, it } from 'vitest';
import { describeRun, locales, runPlayground } from './support/run-playground';

type Row = { time: string; client: string; status: number; 'Retry-After'?: string };
const seconds = (s: string) => Number(s.replace(/ s$/, ''));

describe('rate-limit-decorator', () => {
  for (const locale of locales) {
    it(`${locale}: 5/minute lets 5 of 7 through, keys by address, and recovers after the window`, async () => {
      const run = await runPlayground('rate-limit-decorator', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);
      // Columns: time, client, status and Retry-After when refused (headers in the page's language).
      const rows = (run.tables[0] as Record<string, string | number>[]).map((r): Row => {
        const [time, client, status, retryAfter] = Object.values(r);
        return {
          time: String(time),
          client: String(client),
          status: Number(status),
          ...(retryAfter === undefined ? {} : { 'Retry-After': String(retryAfter) }),
        };
      });
      const first = rows[0]!;
      const windowEnd = seconds(first.time) + 60;
      const inWindow = rows.filter((r) => r.client === first.client && seconds(r.time) < windowEnd);
      expect(inWindow).toHaveLength(7);
      expect(inWindow.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 429, 429]);
      // Retry-After points at the end of the window that opened with the first request.
      for (const r of inWindow.filter((x) => x.status === 429)) {
        expect(seconds(r['Retry-After']!) + seconds(r.time)).toBe(windowEnd);
      }

      // Another address has its own count, even while the first one is refused.
      const other = rows.filter((r) => r.client !== first.client);
      expect(other.length).toBeGreaterThan(0);
      expect(other.every((r) => r.status === 200 && seconds(r.time) < windowEnd)).toBe(true);

      // After the minute the same client passes again.
      const later = rows.filter((r) => r.client === first.client && seconds(r.time) >= windowEnd);
      expect(later.map((r) => r.status)).toEqual([200]);
      expect(run.calls.at(-1)!.args[1]).toEqual({ error: 'Rate limit exceeded: 5 per 1 minute' });
    });
  }
});
