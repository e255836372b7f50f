import { describe, expect, it } from 'vitest';
import { toChromeTrace } from '~/lab/trace/chrome-trace';
import { TraceRecorder } from '~/lab/trace/recorder';
import { partNames } from '~/lab/trace/trace-text';
import { createLabPerformance } from '~/lab/trace/user-timing';

/** The fields the Trace Event format requires of every event, by phase. */
function checkEvent(e: Record<string, unknown>): void {
  expect(typeof e.name).toBe('string');
  expect(['X', 'M', 'b', 'e', 'i']).toContain(e.ph);
  expect(Number.isFinite(e.ts)).toBe(true);
  expect(Number.isInteger(e.pid)).toBe(true);
  expect(Number.isInteger(e.tid)).toBe(true);
  if (e.ph === 'X') expect(Number(e.dur)).toBeGreaterThanOrEqual(0);
  if (e.ph === 'b' || e.ph === 'e') expect(typeof e.id).toBe('string');
  if (e.ph === 'M') expect(['process_name', 'thread_name']).toContain(e.name);
}

describe('toChromeTrace', () => {
  it('writes valid events: one process per part, one thread per lane, microseconds', () => {
    let now = 0;
    const trace = new TraceRecorder(() => now);
    const performance = createLabPerformance(() => now, 0, trace);
    performance.mark('start');
    const a = trace.begin('http', 'GET https://api1.com/data');
    const b = trace.begin('http', 'GET https://api2.com/data');
    const q = trace.begin('query', 'SELECT 1');
    now = 0.5;
    trace.end(q);
    now = 150;
    trace.end(a, { status: 200 });
    trace.end(b, { status: 200 });
    performance.measure('both', 'start');
    const doc = JSON.parse(JSON.stringify(toChromeTrace(trace.snapshot(), partNames.en))) as { traceEvents: Record<string, unknown>[] };
    doc.traceEvents.forEach(checkEvent);
    const complete = doc.traceEvents.filter((e) => e.ph === 'X');
    expect(complete.map((e) => [e.name, e.pid, e.tid, e.ts, e.dur])).toEqual([
      ['GET https://api1.com/data', 1, 1, 0, 150_000],
      ['GET https://api2.com/data', 1, 2, 0, 150_000],
      ['SELECT 1', 2, 1, 0, 500],
    ]);
    const processes = doc.traceEvents.filter((e) => e.name === 'process_name').map((e) => (e.args as { name: string }).name);
    expect(processes).toEqual(['HTTP', 'Database', 'Measures (performance.measure)']);
    expect(doc.traceEvents.filter((e) => e.name === 'thread_name')).toHaveLength(3);
    expect(doc.traceEvents.filter((e) => e.cat === 'measure').map((e) => [e.ph, e.ts])).toEqual([
      ['b', 0],
      ['e', 150_000],
    ]);
  });
});
