import { describe, expect, it } from 'vitest';
import { describeRun, locales, runPlayground } from './support/run-playground';
import { redisStats } from './support/lab-records';
import { printedNumbers, type Labels } from './support/labels';

type Row = { time: string; fixed: number; sliding: number };
const seconds = (mmss: string) => Number(mmss.slice(0, 2)) * 60 + Number(mmss.slice(3));

/** The program's summary: the limit it set, and the worst minute it measured for each limiter. */
const labels = {
  heading: { 'pt-BR': /\(limite \d+\):$/, en: /\(limit \d+\):$/ },
  fixedWorst: { 'pt-BR': /^ {2}janela fixa:/, en: /^ {2}fixed window:/ },
  slidingWorst: { 'pt-BR': /^ {2}janela deslizante:/, en: /^ {2}sliding window:/ },
} satisfies Labels;

/** The most accepted requests in any 60 s span, from the timeline the program printed. */
function worstMinute(rows: Row[], kind: 'fixed' | 'sliding'): number {
  const times = rows.filter((r) => r[kind] === 200).map((r) => seconds(r.time));
  return Math.max(...times.map((t) => times.filter((u) => u >= t && u < t + 60).length));
}

describe('sliding-window', () => {
  for (const locale of locales) {
    it(`${locale}: a fixed window lets twice the limit through across the minute boundary, the sliding window the limit`, async () => {
      const run = await runPlayground('sliding-window', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);
      const [limit] = printedNumbers(run, labels.heading).slice(-1);
      // Columns: time, fixed window, sliding window (headers in the page's language).
      const rows = (run.tables[0] as Record<string, string | number>[]).map((r): Row => {
        const [time, fixed, sliding] = Object.values(r);
        return { time: String(time), fixed: Number(fixed), sliding: Number(sliding) };
      });
      // The requests straddle a minute boundary.
      const minutes = new Set(rows.map((r) => Math.floor(seconds(r.time) / 60)));
      expect(minutes.size).toBe(2);

      expect(worstMinute(rows, 'fixed')).toBe(2 * limit!);
      expect(worstMinute(rows, 'sliding')).toBe(limit);
      expect(rows.filter((r) => r.sliding === 200)).toHaveLength(limit!);
      // The program's own figures agree with the timeline.
      expect(printedNumbers(run, labels.fixedWorst)).toEqual([2 * limit!]);
      expect(printedNumbers(run, labels.slidingWorst)).toEqual([limit]);

      // What Redis saw: both limiters record every request; the sliding log then takes each refused
      // one back out (ZREM, as on the page: a refused request does not count), one extra round trip
      // per refusal beside each decision's MULTI; and the fixed window left one counter per clock
      // minute beside the one log.
      const redis = redisStats(run);
      const refused = rows.filter((r) => r.sliding === 429).length;
      expect(refused).toBe(rows.length - limit!);
      expect([redis.commands.incr, redis.commands.zadd]).toEqual([rows.length, rows.length]);
      expect(redis.commands.zrem).toBe(refused);
      expect(redis.commands.multi).toBe(2 * rows.length);
      expect(redis.roundTrips).toBe(2 * rows.length + refused);
      expect(redis.keys).toBe(minutes.size + 1);
    });
  }
});
