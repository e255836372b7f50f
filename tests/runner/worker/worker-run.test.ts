import { describe, expect, it } from 'vitest';
import { BATCH_MS, BATCH_SIZE, IMMEDIATE_POSTS, REPORT_LINE_CAP, createWorkerRun, type WorkerRunDeps } from '~/runner/worker/worker-run';
import { OUTPUT_LINE_CAP, type RunEvent, type RunRequest, type WorkerMessage } from '~/runner/protocol';
import type { RunHost, RunOutcome } from '~/runner/run-program';
import { LOAD_CHART_RUNS, type LoadChartRun } from '~/lab/load/chart-data';
import { POSTED_SPAN_CAP } from '~/lab/trace/cap';

const request: RunRequest = { type: 'run', runId: 7, source: '/* program */', filename: 'demo.ts', locale: 'en' };
const okOutcome: RunOutcome = { ok: true, simulatedMs: 300, realMs: 4 };

/**
 * A worker run around a stand-in runner: `program` plays the part of the reader's program,
 * calling the host the way the lab's runner lets a program do.
 */
function harness(program: (host: RunHost) => RunOutcome | Promise<RunOutcome>, extra: Partial<WorkerRunDeps> = {}) {
  const posts: WorkerMessage[] = [];
  let now = 0;
  const timers: Array<() => void> = [];
  const order: string[] = [];
  const deps: WorkerRunDeps = {
    runProgram: async (_source, _filename, host) => {
      order.push('run');
      return program(host);
    },
    post: (m) => posts.push(m),
    realNow: () => now,
    later: (cb) => void timers.push(cb),
    nextTask: async () => {},
    cpu: {
      cores: 1,
      spawn: () => {
        throw new Error('no threads in this test');
      },
    },
    beforeCompile: () => order.push('beforeCompile'),
    ...extra,
  };
  const workerRun = createWorkerRun(deps);
  const events = () => posts.flatMap((m) => (m.type === 'events' ? m.events : []));
  return { workerRun, posts, events, order, timers, advance: (ms: number) => (now += ms) };
}

const texts = (events: RunEvent[]) =>
  events.flatMap((e) => (e.type === 'console' ? e.parts.map((p) => (p.kind === 'text' ? p.text : `table:${p.columns.join(',')}`)) : []));

describe('worker run', () => {
  it('formats console calls as Node would, with their level, and ends with done', async () => {
    const h = harness((host) => {
      host.console.log('users:', [{ id: 1 }], 3);
      host.console.info('%s took %dms', 'query', 12);
      host.console.warn(new Map([['a', 1]]));
      host.console.error('failed');
      host.console.debug(null);
      host.console.table([{ a: 1 }]);
      return okOutcome;
    });
    await h.workerRun.run(request);
    const events = h.events();
    expect(events.map((e) => (e.type === 'console' ? e.level : e.type))).toEqual(['log', 'info', 'warn', 'error', 'debug', 'log', 'done']);
    expect(texts(events)).toEqual([
      'users: [ { id: 1 } ] 3',
      'query took 12ms',
      "Map(1) { 'a' => 1 }",
      'failed',
      'null',
      'table:(index),a',
    ]);
    expect(events.at(-1)).toEqual({ type: 'done', runId: 7, ok: true, simulatedMs: 300, realMs: 4 });
    expect(events.every((e) => e.runId === 7)).toBe(true);
  });

  it('lets the lock-down pass the compile just before the runner runs', async () => {
    const h = harness(() => okOutcome);
    await h.workerRun.run(request);
    expect(h.order).toEqual(['beforeCompile', 'run']);
  });

  it('caps a million lines at the line cap, with one truncation note, in few posts', async () => {
    let calls = 0;
    const h = harness((host) => {
      for (let i = 0; i < 1_000_000; i++) {
        host.console.log(i);
        calls++;
      }
      return okOutcome;
    });
    await h.workerRun.run(request);
    const events = h.events();
    expect(calls).toBe(1_000_000);
    expect(events.filter((e) => e.type === 'console')).toHaveLength(OUTPUT_LINE_CAP);
    expect(events.filter((e) => e.type === 'truncated')).toEqual([{ type: 'truncated', runId: 7, shown: OUTPUT_LINE_CAP }]);
    expect(texts(events).at(-1)).toBe(String(OUTPUT_LINE_CAP - 1));
    expect(h.posts.length).toBeLessThanOrEqual(IMMEDIATE_POSTS + Math.ceil((OUTPUT_LINE_CAP + 2) / BATCH_SIZE) + 1);
    expect(events.at(-1)?.type).toBe('done');
  });

  it('counts every line of a multi-line value toward the cap and cuts the last one to fit', async () => {
    const h = harness(
      (host) => {
        host.console.log('one');
        host.console.log('two\nthree\nfour\nfive');
        host.console.log('never shown');
        return okOutcome;
      },
      { lineCap: 3 },
    );
    await h.workerRun.run(request);
    expect(texts(h.events())).toEqual(['one', 'two\nthree']);
    expect(h.events().filter((e) => e.type === 'truncated')).toHaveLength(1);
  });

  it('cuts a gigantic single line with a note', async () => {
    const h = harness((host) => {
      host.console.log('x'.repeat(5_000_000));
      return okOutcome;
    });
    await h.workerRun.run(request);
    const [line = ''] = texts(h.events());
    expect(line.length).toBeLessThan(25_000);
    expect(line).toMatch(/… \(\+4980000\)$/);
  });

  it('posts the first lines at once, so what a program prints before it hangs is seen', async () => {
    let postedBeforeHang: string[] = [];
    const h = harness((host) => {
      host.console.log('a');
      host.console.log('b');
      postedBeforeHang = texts(h.events()); // a hang here would block every later post
      return okOutcome;
    });
    await h.workerRun.run(request);
    expect(postedBeforeHang).toEqual(['a', 'b']);
  });

  it('batches a flood past the immediate posts, flushed by a real timer when the program yields', async () => {
    let resume!: () => void;
    const h = harness(async (host) => {
      for (let i = 0; i < IMMEDIATE_POSTS + 5; i++) host.console.log(String(i));
      await new Promise<void>((r) => (resume = r));
      return okOutcome;
    });
    const running = h.workerRun.run(request);
    await Promise.resolve();
    expect(h.posts).toHaveLength(IMMEDIATE_POSTS);
    expect(h.timers).toHaveLength(1);
    h.timers[0]!();
    expect(texts(h.events())).toHaveLength(IMMEDIATE_POSTS + 5);
    expect(h.posts).toHaveLength(IMMEDIATE_POSTS + 1);
    resume();
    await running;
  });

  it('in a flood that never yields, posts again on the first event after the batch interval', async () => {
    let postedWhileRunning = 0;
    const h = harness((host) => {
      for (let i = 0; i < IMMEDIATE_POSTS + 5; i++) host.console.log(String(i));
      h.advance(BATCH_MS);
      host.console.log('late'); // only this check can post: the timer never gets a turn
      postedWhileRunning = texts(h.events()).length;
      return okOutcome;
    });
    await h.workerRun.run(request);
    expect(postedWhileRunning).toBe(IMMEDIATE_POSTS + 6);
  });

  it('reports compile and runtime errors with their line, and done says not ok', async () => {
    const h = harness(() => ({
      ok: false,
      error: { phase: 'runtime', message: 'RangeError: Maximum call stack size exceeded', line: 3, column: 10 },
      simulatedMs: 0,
      realMs: 2,
    }));
    await h.workerRun.run(request);
    expect(h.events()).toEqual([
      { type: 'error', runId: 7, phase: 'runtime', message: 'RangeError: Maximum call stack size exceeded', line: 3, column: 10 },
      { type: 'done', runId: 7, ok: false, simulatedMs: 0, realMs: 2 },
    ]);
  });

  it('turns a runner that throws into a runtime error instead of a silent Worker', async () => {
    const h = harness(() => {
      throw new TypeError('runner broke');
    });
    await h.workerRun.run(request);
    expect(h.events()[0]).toMatchObject({ type: 'error', phase: 'runtime', message: 'TypeError: runner broke' });
    expect(h.events().at(-1)).toMatchObject({ type: 'done', ok: false });
  });

  it('reports an unhandled rejection, located in the program, before done', async () => {
    const h = harness(
      () => {
        const reason = new Error('nobody awaited me');
        reason.stack = 'Error: nobody awaited me\n    at program (demo.ts:9:11)';
        h.workerRun.unhandledRejection(reason);
        return okOutcome;
      },
      { locate: (stack, filename) => (stack?.includes(`${filename}:9:11`) ? { line: 5, column: 11 } : undefined) },
    );
    await h.workerRun.run(request);
    expect(h.events()).toEqual([
      { type: 'error', runId: 7, phase: 'unhandled-rejection', message: 'Error: nobody awaited me', line: 5, column: 11 },
      { type: 'done', runId: 7, ok: true, simulatedMs: 300, realMs: 4 },
    ]);
  });

  it('describes a rejection with a non-error value', async () => {
    const h = harness(() => {
      h.workerRun.unhandledRejection({ code: 42 });
      return okOutcome;
    });
    await h.workerRun.run(request);
    expect(h.events()[0]).toMatchObject({ phase: 'unhandled-rejection', message: '{ code: 42 }' });
  });

  it('passes lab reports through as their own events, capped', async () => {
    const h = harness((host) => {
      host.report('Query log', ['SELECT * FROM users', 'SELECT * FROM posts']);
      host.report(
        'Huge',
        Array.from({ length: REPORT_LINE_CAP + 10 }, (_, i) => `q${i}`),
      );
      return okOutcome;
    });
    await h.workerRun.run(request);
    const stats = h.events().filter((e) => e.type === 'stats');
    expect(stats[0]).toEqual({ type: 'stats', runId: 7, title: 'Query log', lines: ['SELECT * FROM users', 'SELECT * FROM posts'] });
    expect(stats[1]?.type === 'stats' && stats[1].lines).toHaveLength(REPORT_LINE_CAP + 1);
  });

  it('sends a report’s load runs as a load event right after it, at most LOAD_CHART_RUNS of them', async () => {
    const run: LoadChartRun = {
      label: 'run 1',
      arrivalRate: 1,
      latencyMeanMs: 1,
      inFlightMean: 0,
      predictedInFlight: 0,
      totalSeconds: 0,
      seconds: [],
    };
    const h = harness((host) => {
      host.report(
        'Load tests',
        ['run 1: …'],
        Array.from({ length: LOAD_CHART_RUNS + 3 }, () => run),
      );
      host.report('Query log', ['SELECT 1'], []);
      return okOutcome;
    });
    await h.workerRun.run(request);
    const events = h.events();
    expect(events.map((e) => e.type)).toEqual(['stats', 'load', 'stats', 'done']);
    expect(events[1]).toEqual({ type: 'load', runId: 7, title: 'Load tests', runs: Array.from({ length: LOAD_CHART_RUNS }, () => run) });
  });

  it('keeps only the program frames of a printed error', async () => {
    const h = harness((host) => {
      const err = new Error('boom');
      err.stack = 'Error: boom\n    at main (demo.ts:4:9)\n    at drive (http://site/_astro/worker.js:1:200)';
      host.console.log(err);
      return okOutcome;
    });
    await h.workerRun.run(request);
    expect(texts(h.events())[0]).toBe('Error: boom\n    at main (demo.ts:4:9)');
  });

  it('runs one program per workerRun', async () => {
    let runs = 0;
    const h = harness(() => {
      runs++;
      return okOutcome;
    });
    await h.workerRun.run(request);
    await h.workerRun.run({ ...request, runId: 8 });
    expect(runs).toBe(1);
  });

  it("sends the run's trace right before done, cut to the posted cap with the comparison over every span", async () => {
    const spans = Array.from({ length: POSTED_SPAN_CAP + 3 }, (_, i) => ({
      kind: 'query' as const,
      label: 'SELECT 1',
      start: i,
      end: i + 1,
      lane: 0,
    }));
    const measures = [
      { name: 'all', start: 0, end: POSTED_SPAN_CAP + 3 },
      { name: 'first', start: 0, end: 1 },
    ];
    const trace = { spans, dropped: 0, totals: {}, marks: [], measures, endMs: POSTED_SPAN_CAP + 3 };
    const h = harness(() => ({ ...okOutcome, trace }));
    await h.workerRun.run(request);
    const events = h.events();
    expect(events.map((e) => e.type).slice(-2)).toEqual(['trace', 'done']);
    const sent = events.find((e) => e.type === 'trace')!;
    if (sent.type !== 'trace') throw new Error('no trace event');
    expect(sent.trace.spans).toHaveLength(POSTED_SPAN_CAP);
    expect(sent.trace.dropped).toBe(3);
    expect(sent.comparison.map((r) => [r.name, r.queries])).toEqual([
      ['all', POSTED_SPAN_CAP + 3],
      ['first', 1],
    ]);
  });
});
