import { describe, expect, it } from 'vitest';
import { TraceRecorder } from '~/lab/trace/recorder';

function clock() {
  let now = 0;
  return { now: () => now, set: (t: number) => (now = t) };
}

describe('TraceRecorder', () => {
  it('records begin and end on the clock with details from both', () => {
    const c = clock();
    const trace = new TraceRecorder(c.now);
    const span = trace.begin('http', 'GET https://api1.com/data', { method: 'GET' });
    c.set(150);
    trace.end(span, { status: 200 });
    const t = trace.snapshot();
    expect(t.spans).toEqual([
      { kind: 'http', label: 'GET https://api1.com/data', start: 0, end: 150, lane: 0, details: { method: 'GET', status: 200 } },
    ]);
    expect(t.totals.http).toEqual({ count: 1, totalMs: 150, longestMs: 150 });
  });

  it('past the cap keeps the first spans and still counts every one in the totals', () => {
    const c = clock();
    const trace = new TraceRecorder(c.now, true, 3);
    for (let i = 0; i < 5; i++) {
      const s = trace.begin('redis', `GET k${i}`);
      c.set(i + 1);
      trace.end(s);
    }
    const t = trace.snapshot();
    expect(t.spans.map((s) => s.label)).toEqual(['GET k0', 'GET k1', 'GET k2']);
    expect(t.dropped).toBe(2);
    expect(t.totals.redis?.count).toBe(5);
  });

  it('marks spans still running at the end as open, ending at the run end', () => {
    const c = clock();
    const trace = new TraceRecorder(c.now);
    trace.begin('timer', 'setTimeout 1000 ms');
    const t = trace.snapshot(400);
    expect(t.spans[0]).toMatchObject({ start: 0, end: 400, open: true });
  });

  it('records nothing when off', () => {
    const trace = new TraceRecorder(() => 0, false);
    trace.end(trace.begin('query', 'SELECT 1'));
    trace.record('cpu', 'fib()', 0, 0, { realMs: 3 }, true);
    expect(trace.snapshot().spans).toEqual([]);
  });

  it('cuts long labels', () => {
    const trace = new TraceRecorder(() => 0);
    trace.begin('query', 'x'.repeat(500));
    expect(trace.snapshot().spans[0]!.label.length).toBeLessThanOrEqual(120);
  });

  it('counts a CPU task by its real time, as an instant on the virtual clock', () => {
    const trace = new TraceRecorder(() => 0);
    trace.record('cpu', 'fib()', 7, 7, { realMs: 12.5 }, true);
    const t = trace.snapshot();
    expect(t.spans[0]).toMatchObject({ start: 7, end: 7, real: true });
    expect(t.totals.cpu).toEqual({ count: 1, totalMs: 12.5, longestMs: 12.5 });
  });
});
