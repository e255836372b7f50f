import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { logScale, powerOfTen, powersOfTenBetween } from '~/charts/log-scale';

describe('powers of ten', () => {
  it('are the exact decimal values, negative exponents included', () => {
    expect(powerOfTen(-1)).toBe(0.1);
    expect(powerOfTen(0)).toBe(1);
    expect(powerOfTen(9)).toBe(1_000_000_000);
    expect(() => powerOfTen(0.5)).toThrow(RangeError);
  });

  it('lists every power of ten from 0.1 to 1e9, both ends included (eleven ticks, ten decades)', () => {
    expect(powersOfTenBetween(0.1, 1e9)).toEqual([
      0.1, 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000,
    ]);
  });

  it('keeps only the powers inside a domain that does not start on one', () => {
    expect(powersOfTenBetween(0.5, 150)).toEqual([1, 10, 100]);
    expect(powersOfTenBetween(2, 9)).toEqual([]);
  });

  it('rejects domains a log axis cannot show', () => {
    expect(() => powersOfTenBetween(0, 10)).toThrow(/> 0/);
    expect(() => powersOfTenBetween(10, 1)).toThrow(/below/);
  });
});

describe('logScale', () => {
  // Ten decades over 1000 units: every decade is exactly 100 units wide.
  const scale = logScale([0.1, 1e9], [0, 1000]);

  it('maps the domain ends onto the range ends', () => {
    expect(scale.position(0.1)).toBeCloseTo(0, 9);
    expect(scale.position(1e9)).toBeCloseTo(1000, 9);
  });

  it('puts each power of ten one decade width further right', () => {
    scale.ticks().forEach((tick, i) => expect(scale.position(tick)).toBeCloseTo(i * 100, 9));
  });

  it('places values between powers by their logarithm', () => {
    // 0.5 ns is log10(5) ≈ 0.699 of a decade above 0.1 ns.
    expect(scale.position(0.5)).toBeCloseTo(69.897, 3);
    // 150 ms = 1.5e8 ns: 9 decades above 0.1 ns, plus log10(1.5) ≈ 0.176 of one.
    expect(scale.position(1.5e8)).toBeCloseTo(917.609, 3);
  });

  it('gives equal ratios equal distances', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.1, max: 1e8, noNaN: true }), fc.double({ min: 1.01, max: 10, noNaN: true }), (v, ratio) => {
        const a = scale.position(v * ratio) - scale.position(v);
        const b = scale.position(v * 10 * ratio) - scale.position(v * 10);
        expect(a).toBeCloseTo(b, 6);
        expect(a).toBeGreaterThan(0);
      }),
    );
  });

  it('works on an offset range, as a chart with margins uses it', () => {
    const s = logScale([1, 1000], [26, 326]);
    expect(s.position(1)).toBeCloseTo(26, 9);
    expect(s.position(10)).toBeCloseTo(126, 9);
    expect(s.position(1000)).toBeCloseTo(326, 9);
  });

  it('refuses zero, negative and non-finite values with a clear error', () => {
    expect(() => scale.position(0)).toThrow(/finite value > 0/);
    expect(() => scale.position(-5)).toThrow(RangeError);
    expect(() => scale.position(Number.NaN)).toThrow(RangeError);
    expect(() => logScale([0, 10], [0, 1])).toThrow(/domain start/);
    expect(() => logScale([10, 10], [0, 1])).toThrow(/must grow/);
    expect(() => logScale([1, 10], [0, Number.POSITIVE_INFINITY])).toThrow(/finite/);
  });
});
