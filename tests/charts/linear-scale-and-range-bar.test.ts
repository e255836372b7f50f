import { describe, expect, it } from 'vitest';
import { linearScale } from '~/charts/linear-scale';
import { rangeBar } from '~/charts/range-bar';

describe('linearScale', () => {
  const scale = linearScale([0, 120_000], [26, 454]);

  it('maps zero to the left edge, the domain end to the right edge and halfway to halfway', () => {
    expect(scale.position(0)).toBe(26);
    expect(scale.position(120_000)).toBe(454);
    expect(scale.position(60_000)).toBe(240);
  });

  it('ticks at whole multiples of the step, both ends included', () => {
    expect(scale.ticks(20_000)).toEqual([0, 20_000, 40_000, 60_000, 80_000, 100_000, 120_000]);
    expect(linearScale([5, 35], [0, 1]).ticks(10)).toEqual([10, 20, 30]);
  });

  it('rejects a step or domain that cannot make an axis', () => {
    expect(() => scale.ticks(0)).toThrow(/step/);
    expect(() => linearScale([10, 10], [0, 1])).toThrow(/must grow/);
    expect(() => linearScale([0, Number.NaN], [0, 1])).toThrow(/finite/);
  });
});

describe('rangeBar', () => {
  // 0–100 over 0–1000: one unit of data is ten units of screen.
  const scale = linearScale([0, 100], [0, 1000]);

  it('spans from min to max', () => {
    expect(rangeBar(10, 20, scale)).toEqual({ x: 100, width: 100, openEnded: false });
    expect(rangeBar(10, 40, scale)).toEqual({ x: 100, width: 300, openEnded: false });
  });

  it('draws a single value as a zero-width bar rather than inventing a width', () => {
    expect(rangeBar(30, 30, scale)).toEqual({ x: 300, width: 0, openEnded: false });
  });

  it('runs an open-ended range ("100k+") from its start to the end of the axis, marked open', () => {
    expect(rangeBar(50, null, scale)).toEqual({ x: 500, width: 500, openEnded: true });
  });

  it('refuses ranges the axis cannot hold, instead of clipping them silently', () => {
    expect(() => rangeBar(20, 10, scale)).toThrow(/≥ its start/);
    expect(() => rangeBar(-1, 10, scale)).toThrow(/outside the axis/);
    expect(() => rangeBar(10, 150, scale)).toThrow(/widen the axis/);
    expect(() => rangeBar(150, null, scale)).toThrow(/outside the axis/);
  });
});
