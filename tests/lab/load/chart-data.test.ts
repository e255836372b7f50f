import { describe, expect, it } from 'vitest';
import { LOAD_CHART_RUNS, LOAD_CHART_SECONDS } from '~/lab/load/chart-data';
import { run } from '../../runner/support';

describe('load runs sent to the chart', () => {
  it('go with the end-of-run report, one per run, named by the label option or by their number', async () => {
    const en = await run(`import { load } from '@lab/load';
import { sleep } from '@lab/clock';
await load(() => sleep(20), { rate: 100, duration: 3_000, label: 'steady' });
await load(async (i) => (i % 4 === 0 ? 429 : 200), { rate: 40, duration: 2_000 });`);
    expect(en.outcome.ok).toBe(true);
    expect(en.reports.find((r) => r.title === 'Load tests')!.lines).toEqual([
      'steady: 300 requests at 100/s, p99 20 ms; 0 failed, 0 timed out, 0 refused',
      'run 2: 80 requests at 40/s, p99 0 ms; 0 failed, 0 timed out, 20 refused',
    ]);
    expect(en.charts).toHaveLength(1);
    const [steady, refusing] = en.charts[0]!.runs;
    expect(en.charts[0]!.title).toBe('Load tests');
    expect(steady!.label).toBe('steady');
    // A request ends 20 ms after it is sent: the one sent at 0.98 s ends in second 1, and the last two (2.98 s, 2.99 s) in a fourth.
    expect(steady!.seconds.map((s) => s.completed)).toEqual([98, 100, 100, 2]);
    expect(steady!.seconds[1]).toEqual({
      sent: 100,
      completed: 100,
      failed: 0,
      timedOut: 0,
      refused: 0,
      p50: 20,
      p90: 20,
      p99: 20,
      inFlight: 2,
    });
    // Little's law: 100/s × 20 ms = 2 in flight, measured and predicted.
    expect(steady!.arrivalRate).toBe(100);
    expect(steady!.latencyMeanMs).toBe(20);
    // (The first 20 ms ramp up from none, so L sits a hair under 2.)
    expect(steady!.inFlightMean).toBeCloseTo(2, 2);
    expect(steady!.predictedInFlight).toBeCloseTo(2, 5);
    expect(refusing!.label).toBe('run 2');
    expect(refusing!.seconds.map((s) => s.refused)).toEqual([10, 10]);
  });

  it('names runs in the page’s language', async () => {
    const pt = await run(`import { load } from '@lab/load';\nawait load(async () => 200, { rate: 10, duration: 1_000 });`, 'pt-BR');
    expect(pt.charts[0]!.runs[0]!.label).toBe('carga 1');
    expect(pt.reports.find((r) => r.title === 'Testes de carga')!.lines[0]).toMatch(/^carga 1: 10 requisições/);
  });

  it('keeps the first seconds and runs of a program that asks for more than a chart holds', async () => {
    const en = await run(`import { load } from '@lab/load';
await load(async () => 200, { rate: 1, duration: 200_000 });
for (let i = 0; i < ${LOAD_CHART_RUNS + 2}; i++) await load(async () => 200, { rate: 10, duration: 1_000 });`);
    const runs = en.charts[0]!.runs;
    expect(runs).toHaveLength(LOAD_CHART_RUNS);
    expect(runs[0]!.seconds).toHaveLength(LOAD_CHART_SECONDS);
    expect(runs[0]!.totalSeconds).toBe(200);
    // The text report still lists every run.
    expect(en.reports.find((r) => r.title === 'Load tests')!.lines).toHaveLength(LOAD_CHART_RUNS + 3);
  });

  it('sends no chart when the program ran no load', async () => {
    const en = await run(`console.log('hi');`);
    expect(en.charts).toEqual([]);
  });
});
