import { describe, expect, it } from 'vitest';
import { TraceRecorder } from '~/lab/trace/recorder';
import { createLabPerformance } from '~/lab/trace/user-timing';

function setup() {
  let now = 0;
  const trace = new TraceRecorder(() => now);
  const performance = createLabPerformance(() => now, 1000, trace);
  return { performance, trace, at: (t: number) => (now = t) };
}

describe('User Timing on the lab clock', () => {
  it('measures between two marks, as Node does, and puts the measure in the trace', () => {
    const { performance, trace, at } = setup();
    at(10);
    performance.mark('a');
    at(60);
    performance.mark('b');
    const m = performance.measure('phase', 'a', 'b');
    expect(m).toMatchObject({ name: 'phase', entryType: 'measure', startTime: 10, duration: 50 });
    expect(trace.measures).toEqual([{ name: 'phase', start: 10, end: 60 }]);
    expect(trace.marks).toEqual([
      { name: 'a', at: 10 },
      { name: 'b', at: 60 },
    ]);
  });

  it('measures from the time origin to now with no arguments, and takes options', () => {
    const { performance, at } = setup();
    at(40);
    expect(performance.measure('all')).toMatchObject({ startTime: 0, duration: 40 });
    expect(performance.measure('o', { start: 5, duration: 10, detail: { x: 1 } })).toMatchObject({
      startTime: 5,
      duration: 10,
      detail: { x: 1 },
    });
    expect(performance.measure('back', { end: 30, duration: 10 })).toMatchObject({ startTime: 20, duration: 10 });
  });

  it('fails on an unknown mark as Node does', () => {
    const { performance } = setup();
    expect(() => performance.measure('x', 'nope')).toThrow('The "nope" performance mark has not been set');
  });

  it('lists and clears entries by name and type', () => {
    const { performance, at } = setup();
    performance.mark('a');
    at(5);
    performance.measure('m', 'a');
    expect(performance.getEntriesByType('mark').map((e) => e.name)).toEqual(['a']);
    expect(performance.getEntriesByName('m', 'measure')).toHaveLength(1);
    performance.clearMarks();
    expect(performance.getEntries().map((e) => e.entryType)).toEqual(['measure']);
    performance.clearMeasures('m');
    expect(performance.getEntries()).toEqual([]);
    expect(performance.now()).toBe(5);
    expect(performance.timeOrigin).toBe(1000);
  });
});
