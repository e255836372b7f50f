import { describe, expect, it } from 'vitest';
import { describeRun, locales, runPlayground } from './support/run-playground';
import { numbersOf } from './support/printed';

type Row = { time: string; fixed: number; sliding: number };
const seconds = (mmss: string) => Number(mmss.slice(0, 2)) * 60 + Number(mmss.slice(3));

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
      const [limit] = numbersOf(run, /\((limit|limite) \d+\):$/).slice(-1);
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
      expect(numbersOf(run, /^ {2}(fixed window|janela fixa):/)).toEqual([2 * limit!]);
      expect(numbersOf(run, /^ {2}(sliding window|janela deslizante):/)).toEqual([limit]);
    });
  }
});
