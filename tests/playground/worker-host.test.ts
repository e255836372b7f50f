import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import FakeTimers from '@sinonjs/fake-timers';
import { createWorkerHost, isWorkerMessage, type RunEnd, type WorkerLike } from '~/playground/worker-host';
import type { RunEvent, RunRequest, WorkerMessage } from '~/runner/protocol';

/** A Worker double: records what the page posts and lets the test speak for the worker. */
class FakeWorker implements WorkerLike {
  posted: RunRequest[] = [];
  terminated = false;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message?: string; preventDefault?: () => void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  postMessage(message: RunRequest) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  say(data: WorkerMessage | unknown) {
    if (!this.terminated) this.onmessage?.({ data });
  }
  ready() {
    this.say({ type: 'ready' });
  }
  events(...events: RunEvent[]) {
    this.say({ type: 'events', events });
  }
}

const input = { source: 'console.log(1)', filename: 'p.ts', locale: 'en' as const };

describe('worker host', () => {
  let clock: ReturnType<typeof FakeTimers.createClock>;
  let spawned: FakeWorker[];
  const make = (limitMs = 5_000) =>
    createWorkerHost({
      spawn: () => {
        const w = new FakeWorker();
        spawned.push(w);
        return w;
      },
      timers: { set: (fn, ms) => clock.setTimeout(fn, ms), clear: (h) => clock.clearTimeout(h as number) },
      limitMs,
    });

  /** The i-th worker the host started; a test that expects one fails plainly when there is none. */
  const nth = (i: number): FakeWorker => {
    const w = spawned[i];
    if (!w) throw new Error(`the host started ${spawned.length} workers, not ${i + 1}`);
    return w;
  };

  beforeEach(() => {
    clock = FakeTimers.createClock();
    spawned = [];
  });
  afterEach(() => {
    spawned = [];
  });

  it('posts the run to a worker and delivers its events until done', async () => {
    const host = make();
    const seen: RunEvent[] = [];
    const handle = host.run(input, (events) => seen.push(...events));
    const worker = nth(0);
    expect(worker.posted).toEqual([{ type: 'run', runId: handle.runId, ...input }]);
    worker.ready();
    worker.events(
      { type: 'console', runId: handle.runId, level: 'log', parts: [{ kind: 'text', text: '1' }] },
      { type: 'done', runId: handle.runId, ok: true, simulatedMs: 0, realMs: 1 },
    );
    await expect(handle.finished).resolves.toEqual({ reason: 'done', ok: true });
    expect(seen.map((e) => e.type)).toEqual(['console', 'done']);
    expect(worker.terminated).toBe(true);
  });

  it('terminates a run that passes the limit, counted from when the worker is ready', async () => {
    const host = make(5_000);
    const handle = host.run(input, () => {});
    const worker = nth(0);
    clock.tick(4_000); // still loading: the program has not started
    worker.ready();
    clock.tick(4_999);
    expect(worker.terminated).toBe(false);
    clock.tick(1);
    expect(worker.terminated).toBe(true);
    await expect(handle.finished).resolves.toEqual({ reason: 'time-limit', limitMs: 5_000 });
  });

  it('a run on a worker that was already loaded gets the whole limit from the start', async () => {
    const host = make(5_000);
    host.warm();
    nth(0).ready();
    clock.tick(60_000); // the spare waits as long as the reader does
    const handle = host.run(input, () => {});
    expect(nth(0).posted).toHaveLength(1);
    clock.tick(5_000);
    await expect(handle.finished).resolves.toEqual({ reason: 'time-limit', limitMs: 5_000 });
  });

  it('ends a run whose worker never loads as crashed', async () => {
    const host = make(1_000);
    const handle = host.run(input, () => {});
    clock.tick(3_000);
    await expect(handle.finished).resolves.toEqual({ reason: 'crashed', message: 'worker did not load' });
  });

  it('a finished run cancels its limit', async () => {
    const host = make(1_000);
    const ends: RunEnd[] = [];
    const handle = host.run(input, () => {});
    handle.finished.then((e) => ends.push(e));
    nth(0).ready();
    nth(0).events({ type: 'done', runId: handle.runId, ok: false, simulatedMs: 0, realMs: 0 });
    clock.tick(10_000);
    await handle.finished;
    expect(ends).toEqual([{ reason: 'done', ok: false }]);
  });

  it('stop terminates the worker at once and ignores anything it still says', async () => {
    const host = make();
    const seen: RunEvent[] = [];
    const handle = host.run(input, (events) => seen.push(...events));
    const worker = nth(0);
    worker.ready();
    handle.stop();
    expect(worker.terminated).toBe(true);
    worker.onmessage?.({ data: { type: 'events', events: [{ type: 'console', runId: handle.runId, level: 'log', parts: [] }] } });
    await expect(handle.finished).resolves.toEqual({ reason: 'stopped' });
    expect(seen).toEqual([]);
  });

  it('replaces the used worker with a fresh spare for the next run', () => {
    const host = make();
    const first = host.run(input, () => {});
    nth(0).ready();
    first.stop();
    expect(spawned).toHaveLength(2);
    const second = host.run(input, () => {});
    expect(spawned).toHaveLength(2);
    expect(nth(1).posted.map((r) => r.runId)).toEqual([second.runId]);
    expect(second.runId).not.toBe(first.runId);
  });

  it('warm loads one spare, not one per call', () => {
    const host = make();
    host.warm();
    host.warm();
    expect(spawned).toHaveLength(1);
  });

  it('ignores events of another run and malformed messages', async () => {
    const host = make();
    const seen: RunEvent[] = [];
    const handle = host.run(input, (events) => seen.push(...events));
    const worker = nth(0);
    worker.ready();
    worker.say('garbage');
    worker.say({ type: 'events', events: 'nope' });
    worker.say({ type: 'events', events: [null, { type: 'console', runId: 999, level: 'log', parts: [] }] });
    expect(seen).toEqual([]);
    worker.events({ type: 'done', runId: handle.runId, ok: true, simulatedMs: 0, realMs: 0 });
    await handle.finished;
    expect(seen).toHaveLength(1);
  });

  it('reports a worker error during a run as a crash', async () => {
    const host = make();
    const handle = host.run(input, () => {});
    nth(0).onerror?.({ message: 'Uncaught SyntaxError' });
    await expect(handle.finished).resolves.toEqual({ reason: 'crashed', message: 'Uncaught SyntaxError' });
  });

  it('reports a message that cannot be read as a crash, and the next run gets a fresh worker', async () => {
    const host = make();
    const handle = host.run(input, () => {});
    nth(0).onmessageerror?.();
    await expect(handle.finished).resolves.toEqual({ reason: 'crashed', message: 'unreadable message' });
    expect(nth(0).terminated).toBe(true);
    const next = host.run(input, () => {});
    expect(nth(1).posted).toEqual([expect.objectContaining({ runId: next.runId })]);
  });

  it('ends a run that floods the page with events and terminates its worker', async () => {
    const host = createWorkerHost({
      spawn: () => {
        const w = new FakeWorker();
        spawned.push(w);
        return w;
      },
      timers: { set: (fn, ms) => clock.setTimeout(fn, ms), clear: (h) => clock.clearTimeout(h as number) },
      floodLimit: 10,
    });
    let delivered = 0;
    const handle = host.run(input, (events) => (delivered += events.length));
    const log: RunEvent = { type: 'console', runId: handle.runId, level: 'log', parts: [] };
    nth(0).ready();
    nth(0).events(...Array.from({ length: 6 }, () => log));
    nth(0).events(...Array.from({ length: 6 }, () => log));
    await expect(handle.finished).resolves.toEqual({ reason: 'flooded', events: 10 });
    expect(delivered).toBe(6);
    expect(nth(0).terminated).toBe(true);
  });

  it('drops a spare that fails to load instead of handing it to a run', () => {
    const host = make();
    host.warm();
    nth(0).onerror?.({ message: 'load failed' });
    expect(nth(0).terminated).toBe(true);
    host.run(input, () => {});
    expect(spawned).toHaveLength(2);
    expect(nth(1).posted).toHaveLength(1);
  });

  it('runs of two playgrounds proceed side by side, each with its own worker and limit', async () => {
    const host = make(1_000);
    const a = host.run(input, () => {});
    const b = host.run(input, () => {});
    nth(0).ready();
    clock.tick(500);
    nth(1).ready();
    clock.tick(500);
    await expect(a.finished).resolves.toEqual({ reason: 'time-limit', limitMs: 1_000 });
    expect(nth(1).terminated).toBe(false);
    nth(1).events({ type: 'done', runId: b.runId, ok: true, simulatedMs: 0, realMs: 0 });
    await expect(b.finished).resolves.toEqual({ reason: 'done', ok: true });
  });

  it('dispose stops every run and the spare', async () => {
    const host = make();
    const handle = host.run(input, () => {});
    host.dispose();
    await expect(handle.finished).resolves.toEqual({ reason: 'stopped' });
    expect(spawned.every((w) => w.terminated)).toBe(true);
    expect(() => host.run(input, () => {})).toThrow(/disposed/);
  });

  it('recognises only protocol messages', () => {
    expect(isWorkerMessage({ type: 'ready' })).toBe(true);
    expect(isWorkerMessage({ type: 'events', events: [] })).toBe(true);
    expect(isWorkerMessage({ type: 'events' })).toBe(false);
    expect(isWorkerMessage({ type: 'console' })).toBe(false);
    expect(isWorkerMessage(null)).toBe(false);
  });
});
