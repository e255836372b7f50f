import { describe, expect, it } from 'vitest';
import { throughputs } from '~/data/reference-numbers';
import { FRAME } from '~/charts/frame';
import { ARROW_LENGTH, THROUGHPUT_DOMAIN, layoutThroughputChart } from '~/charts/throughput-layout';

// 0..120 000 over 26..454: 428 units for 120k, so 10k is 35.67 units.
const unit = 428 / 120_000;
const xOf = (n: number) => 26 + n * unit;

describe('throughput chart layout', () => {
  const en = layoutThroughputChart(throughputs, 'en');
  const pt = layoutThroughputChart(throughputs, 'pt-BR');
  const row = (id: string) => en.rows.find((r) => r.id === id)!;

  it('uses a zero-based linear axis to 120k with a tick every 20k, on one line', () => {
    expect(THROUGHPUT_DOMAIN).toEqual([0, 120_000]);
    expect(en.ticks.map((t) => t.label)).toEqual(['0', '20K', '40K', '60K', '80K', '100K', '120K']);
    expect(pt.ticks.map((t) => t.label)).toEqual(
      ['0', '20 mil', '40 mil', '60 mil', '80 mil', '100 mil', '120 mil'].map((s) => s.replace(' ', '\u00a0')),
    );
    en.ticks.forEach((t, i) => expect(t.x).toBeCloseTo(26 + (i * 428) / 6, 2));
    expect(en.ticks.every((t) => t.line === 0)).toBe(true);
  });

  it('draws each closed range from its min to its max', () => {
    expect(row('fastapi').bar.x).toBeCloseTo(xOf(10_000), 2);
    // Edges are rounded to hundredths, so a width may be off by one hundredth.
    expect(row('fastapi').bar.width).toBeCloseTo(10_000 * unit, 1);
    expect(row('postgresql').bar.width).toBeCloseTo(30_000 * unit, 1);
    expect(row('nginx').bar.x + row('nginx').bar.width).toBeCloseTo(xOf(100_000), 2);
    for (const id of ['fastapi', 'postgresql', 'nginx']) {
      expect(row(id).bar.openEnded).toBe(false);
      expect(row(id).arrow).toBeUndefined();
    }
  });

  it('draws Redis’s "100k+" open-ended: from 100k to the axis end, then an arrow past it', () => {
    const redis = row('redis');
    expect(redis.bar.openEnded).toBe(true);
    expect(redis.bar.x).toBeCloseTo(xOf(100_000), 2);
    expect(redis.bar.x + redis.bar.width).toBeCloseTo(454, 2);
    expect(redis.arrow!.baseX).toBeCloseTo(454, 2);
    expect(redis.arrow!.tipX).toBeCloseTo(454 + ARROW_LENGTH, 2);
    expect(redis.arrow!.tipX).toBeLessThanOrEqual(FRAME.width);
    // It reaches further than any closed range, as "at least 100k" must.
    const closedEnds = en.rows.filter((r) => !r.bar.openEnded).map((r) => r.bar.x + r.bar.width);
    expect(redis.bar.x + redis.bar.width).toBeGreaterThan(Math.max(...closedEnds));
  });

  it('labels bars with the module’s exact figures', () => {
    expect(en.rows.map((r) => r.valueLabel)).toEqual(['10k-20k req/s', '10k-40k reads/s', '100k+ ops/s', '50k-100k req/s']);
    expect(pt.rows.map((r) => r.label)).toEqual(throughputs.map((r) => r.label['pt-BR']));
  });

  it('centres each bar on its row’s mark line, rows top to bottom', () => {
    en.rows.forEach((r, i) => {
      expect(r.barY + 7).toBe(FRAME.top + i * FRAME.rowHeight + FRAME.markCentre);
      expect(r.barY).toBeGreaterThan(r.labelY);
    });
  });
});
