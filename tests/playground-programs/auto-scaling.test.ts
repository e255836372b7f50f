import { describe, expect, it } from 'vitest';
import { describeRun, locales, runPlayground } from './support/run-playground';
import { numbersIn } from './support/printed';

const MINUTES = 40;
const BOOT_MINUTES = 3;
const CAPACITY = 1_000;

describe('auto-scaling', () => {
  for (const locale of locales) {
    it(`${locale}: instances arrive a boot time after the policy asks, the load is shed meanwhile; headroom costs instance-minutes`, async () => {
      const run = await runPlayground('auto-scaling', locale);
      expect(run.outcome.ok, describeRun(run)).toBe(true);
      expect(run.tables).toHaveLength(2);
      const count = (v: unknown) => (typeof v === 'number' ? v : numbersIn(String(v), locale)[0]!);

      // Minute by minute: [req/s, in service, booting, CPU %, shed].
      const minutes = Object.entries(run.tables[0] as Record<string, Record<string, unknown>>).map(([key, row]) => {
        const [rps, inService, booting, cpu, shed] = Object.values(row).map(count);
        return { minute: numbersIn(key, locale)[0]!, rps: rps!, inService: inService!, booting: booting!, cpu: cpu!, shed: shed! };
      });
      expect(minutes.map((m) => m.minute)).toEqual(Array.from({ length: MINUTES }, (_, i) => i));
      for (const m of minutes) {
        // CPU reads the load over the instances in service, capped at 100%; what does not fit is shed.
        expect(m.cpu).toBe(Math.round(Math.min(100, (100 * m.rps) / (m.inService * CAPACITY))));
        expect(m.shed).toBe(Math.max(0, m.rps - m.inService * CAPACITY) * 60);
      }
      // The lag: the first instances the policy asks for (booting from minute f) serve from minute
      // f + boot - 1 (asked for at the end of minute f - 1), not before.
      const f = minutes.findIndex((m) => m.booting > 0);
      for (let m = f; m < f + BOOT_MINUTES - 1; m++) expect(minutes[m]!.inService, `minute ${m}`).toBe(minutes[f - 1]!.inService);
      expect(minutes[f + BOOT_MINUTES - 1]!.inService).toBe(minutes[f - 1]!.inService + minutes[f]!.booting);
      // While they boot, the climbing load saturates the instances in service.
      const shedMinutes = minutes.filter((m) => m.shed > 0);
      expect(shedMinutes.length).toBeGreaterThan(0);
      for (const m of shedMinutes) expect(m.booting).toBeGreaterThan(0);
      // When the load falls the policy scales back in, to where it started.
      expect(Math.max(...minutes.map((m) => m.inService))).toBeGreaterThan(minutes[0]!.inService * 3);
      expect(minutes.at(-1)!.inService).toBe(minutes[0]!.inService);

      // The comparison: [overloaded minutes, requests shed, instance-minutes].
      const [base, fastBoot, target80, target40] = Object.values(run.tables[1] as Record<string, Record<string, unknown>>).map((r) =>
        Object.values(r).map(count),
      );
      expect(base).toEqual([
        shedMinutes.length,
        shedMinutes.reduce((a, m) => a + m.shed, 0),
        minutes.reduce((a, m) => a + m.inService + m.booting, 0),
      ]);
      expect(fastBoot![1]).toBe(0);
      expect(target40![1]).toBe(0);
      expect(target80![1]).toBeGreaterThan(base![1]! * 5);
      expect(target40![2]).toBeGreaterThan(base![2]! * 1.3);
      expect(target80![2]).toBeLessThan(base![2]!);

      // Four runs of 40 minutes on the virtual clock, each waiting out its last boots.
      expect(run.outcome.simulatedMs).toBe((3 * (MINUTES + BOOT_MINUTES) + (MINUTES + 1)) * 60_000);
    });
  }
});
