import { describe, expect, it } from 'vitest';
import { layoutTimeline, niceStep } from '~/charts/timeline-layout';
import type { TraceSpan } from '~/lab/trace/span';

const span = (kind: TraceSpan['kind'], start: number, end: number, lane = 0): TraceSpan => ({ kind, label: kind, start, end, lane });

describe('niceStep', () => {
  it('picks round steps of 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(540)).toBe(100);
    expect(niceStep(1330)).toBe(200);
    expect(niceStep(0.9)).toBe(0.2);
    expect(niceStep(25)).toBe(5);
  });
});

describe('layoutTimeline', () => {
  const trace = {
    spans: [
      span('http', 0, 150),
      span('http', 150, 330),
      span('http', 330, 540),
      span('http', 540, 750, 0),
      span('http', 540, 720, 1),
      span('query', 600, 600.5),
    ],
    measures: [
      { name: 'sequential', start: 0, end: 540 },
      { name: 'all', start: 540, end: 750 },
    ],
    dropped: 0,
    endMs: 750,
  };

  it('draws one row per lane, grouped by part, a bar per span and ticks on round values', () => {
    const l = layoutTimeline(trace, { width: 750, rowHeight: 20 });
    expect(l.rows.map((r) => `${r.part}:${r.lane}`)).toEqual(['http:0', 'http:1', 'db:0']);
    expect(l.bars).toHaveLength(6);
    expect(l.bars.find((b) => b.span.start === 150)).toMatchObject({ x: 150, width: 180, y: 0 });
    // A 0.5 ms query stays visible.
    expect(l.bars.find((b) => b.span.kind === 'query')!.width).toBeGreaterThanOrEqual(2);
    expect(l.ticks.map((t) => t.value)).toEqual([0, 200, 400, 600]);
    expect(l.bands.map((b) => [b.name, b.x, b.width])).toEqual([
      ['sequential', 0, 540],
      ['all', 540, 210],
    ]);
    expect(l.height).toBe(60);
  });

  it('zooms to a window and counts what it leaves out', () => {
    const l = layoutTimeline(trace, { width: 100, rowHeight: 20, from: 540, to: 750 });
    // The span that ends at 540 only touches the window: it is not drawn.
    expect(l.bars.map((b) => b.span.start)).toEqual([540, 540, 600]);
    expect(l.bars[0]!.x).toBe(0);
    expect(l.hidden).toBe(3);
  });

  it('draws at most the cap and says how many it did not', () => {
    const many = { ...trace, spans: Array.from({ length: 30 }, (_, i) => span('redis', i, i + 1)), dropped: 5 };
    const l = layoutTimeline(many, { width: 100, rowHeight: 10, cap: 10 });
    expect(l.bars).toHaveLength(10);
    expect(l.hidden).toBe(25);
  });

  it('orders bars for the keyboard by start, then top to bottom', () => {
    const l = layoutTimeline(trace, { width: 750, rowHeight: 20 });
    expect(l.bars.map((b) => [b.span.start, b.y])).toEqual([
      [0, 0],
      [150, 0],
      [330, 0],
      [540, 0],
      [540, 20],
      [600, 40],
    ]);
  });
});
