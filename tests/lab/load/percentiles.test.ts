import { describe, expect, it } from 'vitest';
import { percentile, summarizeLatencies } from '~/lab/load/percentiles';

describe('percentiles', () => {
  it('match NumPy’s default (linear) method on 1…100, worked out by hand', () => {
    // numpy.percentile(range(1, 101), q): rank (q/100)·99 between the two nearest values.
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    const s = summarizeLatencies(values);
    const expected = { min: 1, mean: 50.5, p50: 50.5, p90: 90.1, p95: 95.05, p99: 99.01, max: 100 };
    for (const [key, value] of Object.entries(expected)) expect(s[key as keyof typeof s], key).toBeCloseTo(value, 9);
  });

  it('agree with a brute-force reference on random data: the fraction below p is p', () => {
    let x = 12345;
    const values = Array.from({ length: 1001 }, () => ((x = (x * 1103515245 + 12345) % 2 ** 31), x / 2 ** 20));
    const sorted = Float64Array.from(values).sort();
    // With 1001 values the ranks are whole: the p-th percentile is the value with exactly p% of the others below it.
    for (const p of [0, 10, 50, 90, 95, 99, 100]) {
      const v = percentile(sorted, p);
      expect(values.filter((y) => y < v).length).toBe(p * 10);
    }
  });

  it('is 0 with no values, and the one value with one', () => {
    expect(summarizeLatencies([])).toEqual({ min: 0, mean: 0, p50: 0, p90: 0, p95: 0, p99: 0, max: 0 });
    expect(summarizeLatencies([7]).p99).toBe(7);
  });
});
