import { describe, expect, it } from 'vitest';
import { normalizeDelayMs, VIRTUAL_EPOCH_MS, VirtualClock } from '~/lab/clock/virtual-clock';
import { drive } from '../support/drive';

describe('VirtualClock', () => {
  it('fires timers by due time, and timers due together in the order they were set', () => {
    const clock = new VirtualClock();
    const t = clock.timers();
    const fired: string[] = [];
    t.setTimeout(() => fired.push('b@20'), 20);
    t.setTimeout(() => fired.push('a@10'), 10);
    t.setTimeout(() => fired.push('c@20'), 20);
    t.setImmediate(() => fired.push('now'));
    while (clock.fireNext());
    expect(fired).toEqual(['now', 'a@10', 'b@20', 'c@20']);
    expect(clock.nowMs()).toBe(20);
  });

  it('overlaps concurrent waits: ten parallel 100 ms waits end at 100 ms, ten in a row at 1,000 ms', async () => {
    const parallel = new VirtualClock();
    await drive(parallel, Promise.all(Array.from({ length: 10 }, () => parallel.delay(100))));
    expect(parallel.nowMs()).toBe(100);
    const sequential = new VirtualClock();
    await drive(
      sequential,
      (async () => {
        for (let i = 0; i < 10; i++) await sequential.delay(100);
      })(),
    );
    expect(sequential.nowMs()).toBe(1_000);
  });

  it('keeps sub-millisecond latencies exact: 200 round trips of 0.5 ms are 100 ms', async () => {
    const clock = new VirtualClock();
    await drive(
      clock,
      (async () => {
        for (let i = 0; i < 200; i++) await clock.delay(0.5);
      })(),
    );
    expect(clock.nowMs()).toBe(100);
  });

  it('repeats intervals until cleared; clearTimeout cancels', () => {
    const clock = new VirtualClock();
    const t = clock.timers();
    const ticks: number[] = [];
    const id = t.setInterval(() => {
      ticks.push(clock.nowMs());
      if (ticks.length === 3) t.clearInterval(id);
    }, 250);
    const cancelled = t.setTimeout(() => ticks.push(-1), 100);
    t.clearTimeout(cancelled);
    while (clock.fireNext());
    expect(ticks).toEqual([250, 500, 750]);
    expect(clock.nextDueMs()).toBeNull();
  });

  it('passes arguments to callbacks and rejects a non-function callback', () => {
    const clock = new VirtualClock();
    const t = clock.timers();
    let got: unknown[] = [];
    t.setTimeout((...args: unknown[]) => (got = args), 5, 'a', 1);
    clock.fireNext();
    expect(got).toEqual(['a', 1]);
    expect(() => t.setTimeout('code' as never, 1)).toThrow(TypeError);
  });

  it('normalizes delays as browsers do: negative or not a number → 0, fractions truncated', () => {
    expect([
      normalizeDelayMs(-5),
      normalizeDelayMs('abc'),
      normalizeDelayMs(undefined),
      normalizeDelayMs(12.9),
      normalizeDelayMs('40'),
    ]).toEqual([0, 0, 0, 12, 40]);
  });

  it('block() stalls time like a blocking call: timers due meanwhile run late, in order', () => {
    const clock = new VirtualClock();
    const t = clock.timers();
    const fired: [string, number][] = [];
    t.setTimeout(() => fired.push(['a', clock.nowMs()]), 10);
    t.setTimeout(() => fired.push(['b', clock.nowMs()]), 30);
    t.setTimeout(() => fired.push(['c', clock.nowMs()]), 80);
    clock.block(50);
    while (clock.fireNext());
    expect(fired).toEqual([
      ['a', 50],
      ['b', 50],
      ['c', 80],
    ]);
  });

  it('gives Date and performance on virtual time; Date from arguments works as usual', () => {
    const clock = new VirtualClock();
    const VDate = clock.dateClass();
    const perf = clock.performance();
    clock.schedule(1_500, () => {});
    clock.fireNext();
    expect(perf.now()).toBe(1_500);
    expect(VDate.now()).toBe(VIRTUAL_EPOCH_MS + 1_500);
    expect(new VDate().getTime()).toBe(VIRTUAL_EPOCH_MS + 1_500);
    expect(new VDate(0).toISOString()).toBe('1970-01-01T00:00:00.000Z');
    expect(new VDate('2024-05-01T00:00:00Z').getUTCFullYear()).toBe(2024);
    expect(new VDate() instanceof Date).toBe(true);
  });
});
