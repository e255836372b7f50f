import { describe, expect, it } from 'vitest';
import { latencies, type LatencyRow } from '~/data/reference-numbers';
import { FRAME, PLOT_X } from '~/charts/frame';
import { LATENCY_DOMAIN_NS, SHAPE_BY_SOURCE, layoutLatencyChart, sourcesShown } from '~/charts/latency-layout';
import { layoutHumanScaleChart } from '~/charts/human-scale-layout';
import { markerPath } from '~/charts/markers';

// The plot spans 26..454 (480 wide, 26 each side) for ten decades: 42.8 units per decade from 0.1 ns.
const DECADE = (FRAME.width - 2 * FRAME.padX) / 10;
const xOf = (ns: number) => FRAME.padX + DECADE * Math.log10(ns / 0.1);

describe('latency chart layout', () => {
  const en = layoutLatencyChart(latencies, 'en');
  const pt = layoutLatencyChart(latencies, 'pt-BR');

  it('spans 0.1 ns to 1 s over the plot width', () => {
    expect(LATENCY_DOMAIN_NS).toEqual([0.1, 1e9]);
    expect(PLOT_X).toEqual([26, 454]);
    expect(DECADE).toBeCloseTo(42.8, 9);
  });

  it('has a tick at every power of ten, evenly spaced, with readable units', () => {
    expect(en.ticks.map((t) => t.label)).toEqual([
      '0.1 ns',
      '1 ns',
      '10 ns',
      '100 ns',
      '1 μs',
      '10 μs',
      '100 μs',
      '1 ms',
      '10 ms',
      '100 ms',
      '1 s',
    ]);
    expect(pt.ticks[0]!.label).toBe('0,1 ns');
    en.ticks.forEach((t, i) => expect(t.x).toBeCloseTo(26 + i * 42.8, 2));
  });

  it('alternates tick labels between two lines, so neighbours a decade apart never overlap', () => {
    expect(en.ticks.map((t) => t.line)).toEqual([0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0]);
  });

  it('has one row per module row, in the module’s order, labelled in the page language', () => {
    expect(en.rows.map((r) => r.id)).toEqual(latencies.map((r) => r.id));
    expect(pt.rows.map((r) => r.label)).toEqual(latencies.map((r) => r.label['pt-BR']));
    expect(en.rows.find((r) => r.id === 'net-cross-dc')!.label).toBe('Network (cross-datacenter)');
  });

  it('places the module figure by its logarithm', () => {
    const row = (id: LatencyRow['id']) => en.rows.find((r) => r.id === id)!;
    // 0.5 ns: log10(5) ≈ 0.699 decades in → 26 + 29.92.
    expect(row('l1').x).toBeCloseTo(55.92, 2);
    // 100 ns is exactly three decades in.
    expect(row('ram').x).toBeCloseTo(26 + 3 * 42.8, 2);
    // 150 ms: 9.176 decades in.
    expect(row('net-cross-dc').x).toBeCloseTo(418.74, 2);
    for (const r of latencies) expect(row(r.id).x).toBeCloseTo(xOf(r.ns), 2);
  });

  it('labels the module figure in the locale', () => {
    expect(pt.rows[0]!.valueLabel).toBe('0,5 ns');
    expect(en.rows[0]!.valueLabel).toBe('0.5 ns');
    expect(pt.rows.find((r) => r.id === 'ssd')!.valueLabel).toBe('150 μs');
  });

  it('stacks rows top to bottom with the label line above the mark line, all above the axis', () => {
    en.rows.forEach((r, i) => {
      expect(r.labelY).toBe(FRAME.top + i * FRAME.rowHeight + FRAME.labelBaseline);
      expect(r.markY).toBeGreaterThan(r.labelY);
      expect(r.markY).toBeLessThan(en.axisY);
    });
    expect(en.height).toBeGreaterThan(en.axisY + 2 * FRAME.tickLine);
  });

  it('puts every newer figure on its row with its source’s shape', () => {
    for (const [i, r] of latencies.entries()) {
      const laid = en.rows[i]!;
      expect(laid.newer).toHaveLength(r.newer.length);
      r.newer.forEach((f, j) => {
        expect(laid.newer[j]!.x).toBeCloseTo(xOf(f.ns), 2);
        expect(laid.newer[j]!.shape).toBe(SHAPE_BY_SOURCE[f.sourceId]);
      });
    }
    // HDD's newer 2.5 ms sits left of the module's 10 ms: log10(4) ≈ 0.602 decades.
    const hdd = en.rows.find((r) => r.id === 'hdd')!;
    expect(hdd.x - hdd.newer[0]!.x).toBeCloseTo(0.602 * 42.8, 1);
  });

  it('draws the physical floor left of the cross-datacenter figure, on that row only', () => {
    const withFloor = en.rows.filter((r) => r.floor);
    expect(withFloor.map((r) => r.id)).toEqual(['net-cross-dc']);
    const cross = withFloor[0]!;
    // 60 ms = 6e7 ns: log10(6e8) ≈ 8.778 decades in.
    expect(cross.floor!.x).toBeCloseTo(26 + 8.778 * 42.8, 1);
    expect(cross.floor!.x).toBeLessThan(cross.x);
    expect(cross.floor!.valueLabel).toBe('60 ms');
  });

  it('lists the sources that have a marker, in the sources list’s order', () => {
    expect(sourcesShown(latencies)).toEqual(['jeff-dean', 'colin-scott', 'napkin-math']);
    expect(sourcesShown(latencies.filter((r) => r.id === 'l1'))).toEqual(['colin-scott']);
  });
});

describe('human-scale chart layout', () => {
  const human = layoutHumanScaleChart(latencies, 'pt-BR');
  const lat = layoutLatencyChart(latencies, 'pt-BR');

  it('keeps every dot exactly where the latency chart has it (×1e9 is a shift of nine decades)', () => {
    human.rows.forEach((r, i) => expect(r.x).toBeCloseTo(lat.rows[i]!.x, 2));
  });

  it('ticks at human landmarks placed by their logarithm', () => {
    expect(human.ticks.map((t) => t.label)).toEqual(['1 segundo', '1 minuto', '1 hora', '1 dia', '1 mês', '1 ano', '10 anos']);
    // The axis starts at 0.1 s: one second is one decade in, a minute log10(600) ≈ 2.778 decades.
    expect(human.ticks[0]!.x).toBeCloseTo(26 + 42.8, 2);
    expect(human.ticks[1]!.x).toBeCloseTo(26 + Math.log10(600) * 42.8, 2);
    expect(human.ticks.at(-1)!.x).toBeLessThan(FRAME.width - FRAME.padX);
  });

  it('labels each row with its stretched duration in words', () => {
    expect(human.rows.map((r) => r.valueLabel)).toEqual([
      '0,5 segundo',
      '7 segundos',
      '1,7 minuto',
      '1,7 dia',
      '5,8 dias',
      '3,8 meses',
      '4,8 anos',
    ]);
  });
});

describe('marker shapes', () => {
  it('draws a diamond, a triangle and a square around the given centre', () => {
    expect(markerPath('diamond', 10, 10, 8)).toBe('M10 2L18 10L10 18L2 10Z');
    expect(markerPath('triangle', 10, 10, 5)).toBe('M10 5L15 14L5 14Z');
    expect(markerPath('square', 10, 10, 5)).toBe('M6 6H14V14H6Z');
  });
});
