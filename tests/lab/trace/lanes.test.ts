import { describe, expect, it } from 'vitest';
import { assignLanes, laneCounts, packLanes } from '~/lab/trace/lanes';
import type { SpanKind } from '~/lab/trace/span';

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

describe('packLanes', () => {
  it('keeps a sequential chain on one lane', () => {
    expect(
      packLanes([
        { start: 0, end: 150 },
        { start: 150, end: 330 },
        { start: 330, end: 540 },
      ]),
    ).toEqual([0, 0, 0]);
  });

  it('gives overlapping spans a lane each', () => {
    expect(
      packLanes([
        { start: 0, end: 150 },
        { start: 0, end: 180 },
        { start: 0, end: 210 },
      ]),
    ).toEqual([0, 1, 2]);
  });

  it('continues a chain on the lane that just ended, not on an older free one', () => {
    // Lane 0 ends at 10, lane 1 at 20; the span starting at 20 follows lane 1's.
    const lanes = packLanes([
      { start: 0, end: 10 },
      { start: 0, end: 20 },
      { start: 20, end: 30 },
    ]);
    expect(lanes).toEqual([0, 1, 1]);
  });

  it('never lets overlapping spans share a lane and uses no more lanes than spans in flight at once', () => {
    // A fixed pseudo-random set of intervals (no Math.random: the same every run).
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const intervals = Array.from({ length: 400 }, () => {
      const start = Math.floor(next() * 1000);
      return { start, end: start + Math.floor(next() * 60) };
    });
    const lanes = packLanes(intervals);
    for (let i = 0; i < intervals.length; i++)
      for (let j = i + 1; j < intervals.length; j++)
        if (lanes[i] === lanes[j]) expect(overlaps(intervals[i]!, intervals[j]!), `${i} and ${j}`).toBe(false);
    let depth = 0;
    for (let t = 0; t < 1100; t++) depth = Math.max(depth, intervals.filter((iv) => iv.start <= t && t < iv.end).length);
    expect(Math.max(...lanes) + 1).toBe(depth);
  });

  it('packs instants without opening lanes for them', () => {
    expect(
      packLanes([
        { start: 5, end: 5 },
        { start: 5, end: 5 },
        { start: 5, end: 9 },
      ]),
    ).toEqual([0, 0, 0]);
  });

  it('sorts by start: the input order does not matter', () => {
    expect(
      packLanes([
        { start: 150, end: 300 },
        { start: 0, end: 150 },
      ]),
    ).toEqual([0, 0]);
  });
});

describe('assignLanes', () => {
  it('packs each part on its own lanes', () => {
    const span = (kind: SpanKind, start: number, end: number) => ({ kind, start, end, lane: -1 });
    const spans = assignLanes([span('http', 0, 10), span('query', 0, 10), span('http', 0, 10), span('pool-wait', 0, 5)]);
    expect(spans.map((s) => s.lane)).toEqual([0, 0, 1, 1]);
    expect(Object.fromEntries(laneCounts(spans))).toEqual({ http: 2, db: 2 });
  });
});
