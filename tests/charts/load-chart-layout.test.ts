import { describe, expect, it } from 'vitest';
import { layoutLoadChart, LOAD_FRAME, niceAxis } from '~/charts/load-chart-layout';
import type { LoadChartRun, LoadChartSecond } from '~/lab/load/chart-data';

const second = (over: Partial<LoadChartSecond> = {}): LoadChartSecond => ({
  sent: 100,
  completed: 100,
  failed: 0,
  timedOut: 0,
  refused: 0,
  p50: 10,
  p90: 20,
  p99: 30,
  inFlight: 1,
  ...over,
});

const runOf = (seconds: LoadChartSecond[]): LoadChartRun => ({
  label: 'run 1',
  arrivalRate: 100,
  latencyMeanMs: 10,
  inFlightMean: 1,
  predictedInFlight: 1,
  totalSeconds: seconds.length,
  seconds,
});

/** The numbers of an SVG path, in order. */
const numbers = (d: string) => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

describe('niceAxis', () => {
  it('picks a 1, 2 or 5 step and ends on the first multiple at or past the maximum', () => {
    expect(niceAxis(1000, 4)).toEqual({ step: 250 * 2, end: 1000 });
    expect(niceAxis(620, 4)).toEqual({ step: 200, end: 800 });
    expect(niceAxis(7, 4)).toEqual({ step: 2, end: 8 });
    expect(niceAxis(0.3, 4)).toEqual({ step: 0.1, end: 0.3 });
    expect(niceAxis(43.5, 4)).toEqual({ step: 20, end: 60 });
  });

  it('gives [0, 1] when there is nothing to show', () => {
    expect(niceAxis(0, 4)).toEqual({ step: 1, end: 1 });
    expect(niceAxis(Number.NaN, 4)).toEqual({ step: 1, end: 1 });
  });
});

describe('layoutLoadChart', () => {
  it('stacks each second’s outcomes from the baseline, with heights in proportion', () => {
    const chart = layoutLoadChart(runOf([second({ completed: 60, failed: 10, timedOut: 10, refused: 20 }), second()]), 'en');
    const [first] = chart.traffic.bars;
    expect(first!.segments.map((s) => s.kind)).toEqual(['completed', 'errors', 'refused']);
    const [completed, errors, refused] = first!.segments;
    // The axis runs to 100: 60 completed take 60% of the panel, the 20 errors and the 20 refused 20% each.
    expect(completed!.height).toBeCloseTo(LOAD_FRAME.trafficHeight * 0.6, 1);
    expect(errors!.height).toBeCloseTo(LOAD_FRAME.trafficHeight * 0.2, 1);
    expect(refused!.height).toBeCloseTo(LOAD_FRAME.trafficHeight * 0.2, 1);
    expect(completed!.y + completed!.height).toBeCloseTo(chart.traffic.bottom, 1);
    expect(errors!.y + errors!.height).toBeCloseTo(completed!.y, 1);
    expect(refused!.y).toBeCloseTo(chart.traffic.top, 1);
  });

  it('draws the arrival rate as one step per second over the bars', () => {
    const chart = layoutLoadChart(
      runOf([second({ sent: 50, completed: 50 }), second({ sent: 100 }), second({ sent: 0, completed: 40 })]),
      'en',
    );
    const [x0, y0, x1, y1, x2, y2, x3] = numbers(chart.traffic.arrival);
    expect(x0).toBe(LOAD_FRAME.padLeft);
    expect(x3).toBe(LOAD_FRAME.width - LOAD_FRAME.padRight);
    expect([x1! - x0!, x2! - x1!, x3! - x2!].every((w) => Math.abs(w - (x1! - x0!)) < 0.02)).toBe(true);
    // 50 is half-way up the 0–100 axis; 0 sits on the baseline.
    expect(y0).toBeCloseTo(chart.traffic.bottom - LOAD_FRAME.trafficHeight / 2, 1);
    expect(y1).toBeCloseTo(chart.traffic.top, 1);
    expect(y2).toBeCloseTo(chart.traffic.bottom, 1);
  });

  it('marks only the seconds with errors, and apart from them those with refusals', () => {
    const chart = layoutLoadChart(
      runOf([second(), second({ timedOut: 3 }), second({ refused: 5 }), second({ failed: 1, refused: 1 })]),
      'en',
    );
    expect(chart.marks.errors.d.match(/M/g)).toHaveLength(2);
    expect(chart.marks.refused.d.match(/M/g)).toHaveLength(2);
    expect(chart.marks.errors.y).not.toBe(chart.marks.refused.y);
    expect(chart.marks.errors.y).toBeGreaterThan(chart.traffic.bottom);
    expect(chart.marks.refused.y).toBeLessThan(chart.latency.top);
  });

  it('draws each percentile through the seconds where requests ended, breaking where none did', () => {
    const chart = layoutLoadChart(
      runOf([second({ p99: 40 }), second({ sent: 0, completed: 0, p50: 0, p90: 0, p99: 0 }), second({ p99: 80 }), second({ p99: 20 })]),
      'en',
    );
    const p99 = chart.latency.lines.p99;
    expect(p99.match(/M/g)).toHaveLength(2);
    expect(p99.match(/L/g)).toHaveLength(1);
    const ys = numbers(p99).filter((_, i) => i % 2 === 1);
    // The axis ends at 80: the 80 ms second touches the top, 40 ms is half-way.
    expect(ys[1]).toBeCloseTo(chart.latency.top, 1);
    expect(ys[0]).toBeCloseTo(chart.latency.bottom - LOAD_FRAME.latencyHeight / 2, 1);
    expect(chart.latency.ticks.map((t) => t.label)).toEqual(['0', '20', '40', '60', '80']);
  });

  it('labels both axes in the reader’s locale', () => {
    const heavy = runOf(Array.from({ length: 10 }, () => second({ sent: 1500, completed: 1500, p99: 1.2 })));
    // Intl writes a no-break space before "mil".
    expect(layoutLoadChart(heavy, 'pt-BR').traffic.ticks.map((t) => t.label)).toEqual(['0', '500', '1\u00a0mil', '1,5\u00a0mil']);
    expect(layoutLoadChart(heavy, 'en').traffic.ticks.map((t) => t.label)).toEqual(['0', '500', '1K', '1.5K']);
    expect(layoutLoadChart(heavy, 'pt-BR').latency.ticks.map((t) => t.label)).toEqual(['0', '0,5', '1', '1,5']);
    expect(layoutLoadChart(heavy, 'en').xTicks.map((t) => t.label)).toEqual(['0', '2', '4', '6', '8', '10']);
  });

  it('ends the latency axis on a tick even when its steps are fractions', () => {
    const fast = runOf([second({ p50: 0.5, p90: 0.5, p99: 0.5 })]);
    const chart = layoutLoadChart(fast, 'en');
    expect(chart.latency.ticks.map((t) => t.label)).toEqual(['0', '0.2', '0.4', '0.6']);
    expect(chart.latency.ticks.at(-1)!.y).toBe(chart.latency.top);
  });

  it('keeps every mark inside the viewBox', () => {
    const chart = layoutLoadChart(runOf(Array.from({ length: 120 }, (_, i) => second({ sent: i, failed: i % 7 === 0 ? 1 : 0 }))), 'en');
    const all = [
      chart.traffic.arrival,
      chart.marks.errors.d,
      chart.latency.lines.p50,
      ...chart.traffic.bars.flatMap((b) => [b.x, b.x + b.width].map(String)),
    ];
    for (const d of all) for (const v of numbers(d)) expect(v).toBeGreaterThanOrEqual(0);
    for (const b of chart.traffic.bars) expect(b.x + b.width).toBeLessThanOrEqual(chart.width);
    expect(chart.height).toBeGreaterThan(chart.xAxisY);
  });
});
