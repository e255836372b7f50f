import { describe, expect, it } from 'vitest';
import { VirtualClock } from '~/lab/clock/virtual-clock';
import { MAX_LOAD_REQUESTS } from '~/lab/load/options';
import { runLoad, type LoadHandler, type LoadSettings } from '~/lab/load/run-load';
import { littlesLaw } from '~/lab/load/summary';
import { drive } from '../support/drive';
import { run } from '../../runner/support';

const settings = (over: Partial<LoadSettings> = {}): LoadSettings => ({
  rate: 500,
  durationMs: 10_000,
  arrival: 'poisson',
  profile: { kind: 'steady' },
  seed: 3,
  timeoutMs: null,
  ...over,
});

/** Runs one load on a fresh clock; `handler` gets the clock to wait on. */
async function loadOn(handler: (clock: VirtualClock) => LoadHandler, over: Partial<LoadSettings> = {}) {
  const clock = new VirtualClock();
  return drive(clock, runLoad(clock, handler(clock), settings(over)));
}

/** A service whose time varies with the request: 5 to 35 ms. */
const varied = (clock: VirtualClock) => async (i: number) => {
  await clock.delay(5 + ((i * 7919) % 31));
  return 200;
};

describe('runLoad', () => {
  it("a steady run obeys Little's law: mean in flight ≈ arrival rate × mean latency (within 5%)", async () => {
    const r = await loadOn(varied);
    const { measured, predicted } = littlesLaw(r);
    expect(r.completed).toBe(r.sent);
    expect(predicted).toBeGreaterThan(5);
    expect(Math.abs(measured - predicted) / predicted).toBeLessThan(0.05);
  });

  it('is deterministic: the same seed gives the same result, figure for figure', async () => {
    const a = await loadOn(varied);
    expect(await loadOn(varied)).toEqual(a);
    expect((await loadOn(varied, { seed: 4 })).sent).not.toBe(a.sent);
  });

  it('measures latency from the scheduled arrival, and the series adds up to the totals', async () => {
    const r = await loadOn(varied, { arrival: 'constant', rate: 100, durationMs: 3_000 });
    expect(r.sent).toBe(300);
    expect(r.latency.min).toBe(5);
    expect(r.latency.max).toBe(35);
    expect(r.series.map((s) => s.sent)).toEqual([100, 100, 100, 0]);
    expect(r.series.reduce((n, s) => n + s.completed, 0)).toBe(300);
    expect(r.series[3]!.completed).toBeGreaterThan(0);
    expect(r.elapsedMs).toBeGreaterThan(3_000);
    expect(r.throughput).toBeCloseTo(300 / (r.elapsedMs / 1000), 9);
  });

  it('counts a 429 returned or thrown as refused, a throw or a 5xx as failed, and a slow answer as timed out', async () => {
    const r = await loadOn(
      (clock) =>
        async (i, { signal }) => {
          await clock.delay(1);
          switch (i % 5) {
            case 0:
              return { status: 429 };
            case 1:
              throw Object.assign(new Error('Too Many Requests'), { status: 429 });
            case 2:
              throw new Error('pool exhausted');
            case 3:
              return 503;
            default:
              await clock.delay(100);
              return signal?.aborted ? 'aborted' : 200;
          }
        },
      { arrival: 'constant', rate: 100, durationMs: 1_000, timeoutMs: 50 },
    );
    expect([r.sent, r.refused, r.failed, r.timedOut, r.completed]).toEqual([100, 40, 40, 20, 0]);
    expect(r.errors).toEqual({ 'Error: pool exhausted': 20 });
    expect(r.latency.max).toBe(50);
  });

  it('is open loop: a handler that blocks the loop does not slow the arrivals, it queues them', async () => {
    const r = await loadOn(
      (clock) => async () => {
        clock.block(2);
        await clock.delay(1);
      },
      { arrival: 'constant', rate: 1000, durationMs: 1_000 },
    );
    expect(r.sent).toBe(1_000);
    // Each request holds the loop 2 ms while one arrives every 1 ms: the last waits about 1 s.
    expect(r.latency.max).toBeGreaterThan(900);
    expect(r.inFlight.max).toBeGreaterThan(400);
  });
});

describe('load() in a program', () => {
  it('refuses a run past the limit before sending anything, in the reader’s language', async () => {
    const program = `import { load } from '@lab/load';\nawait load(async () => 200, { rate: 2000, duration: 10_000 });`;
    const pt = await run(program, 'pt-BR');
    expect(pt.outcome.error?.message).toContain('RangeError: load: esta carga enviaria cerca de 20.000 requisições');
    expect(pt.outcome.error?.message).toContain(`limite do laboratório é ${MAX_LOAD_REQUESTS.toLocaleString('pt-BR')}`);
    const en = await run(program, 'en');
    expect(en.outcome.error?.message).toContain("the lab's limit is 10,000 per run");
    expect(en.outcome.simulatedMs).toBe(0);
  });

  it('names a bad option', async () => {
    const en = await run(`import { load } from '@lab/load';\nawait load(async () => 200, { rate: 10, arrival: 'burst' });`);
    expect(en.outcome.error?.message).toContain("option 'arrival' must be 'constant' or 'poisson' (got 'burst')");
  });

  it('prints a summary with both sides of Little’s law, and reports each run', async () => {
    const en = await run(
      `import { load, printSummary } from '@lab/load';\nimport { sleep } from '@lab/clock';\nprintSummary(await load(() => sleep(20), { rate: 100, duration: 2_000 }));`,
    );
    expect(en.outcome.ok).toBe(true);
    const summary = en.reports.find((r) => r.title === 'Load test')!.lines;
    expect(summary.find((l) => l.startsWith('Requests'))).toMatch(/200 · 100\/s · /);
    expect(summary.find((l) => l.startsWith('Latencies'))).toMatch(/20 ms · 20 ms · 20 ms/);
    expect(summary.find((l) => l.startsWith("Little's law"))).toMatch(/\b2 · 2 \(100\/s × 20 ms\)$/);
    expect(en.reports.find((r) => r.title === 'Load tests')!.lines).toEqual([
      'run 1: 200 requests at 100/s, p99 20 ms; 0 failed, 0 timed out, 0 refused',
    ]);
  });
});
