import { describe, expect, it } from 'vitest';
import { arrivalTimes, expectedRequests, type ArrivalPlan } from '~/lab/load/arrivals';

const steady = (over: Partial<ArrivalPlan> = {}): ArrivalPlan => ({
  rate: 1000,
  durationMs: 10_000,
  arrival: 'constant',
  profile: { kind: 'steady' },
  seed: 1,
  ...over,
});

/** Gaps between consecutive arrivals. */
const gaps = (times: number[]) => times.slice(1).map((t, i) => t - times[i]!);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('arrivalTimes', () => {
  it('constant: one request every 1000/rate ms from 0, none at or past the end', () => {
    const times = arrivalTimes(steady({ rate: 250, durationMs: 2_000 }));
    expect(times).toHaveLength(500);
    expect(times[0]).toBe(0);
    for (const g of gaps(times)) expect(g).toBeCloseTo(4, 9);
    expect(times.at(-1)).toBeCloseTo(1_996, 9);
  });

  it('poisson: the count and the gaps match an exponential process of the rate, for a fixed seed', () => {
    const times = arrivalTimes(steady({ arrival: 'poisson', seed: 42 }));
    // 10,000 expected; a Poisson count has standard deviation √10,000 = 100, so ±4σ.
    expect(Math.abs(times.length - 10_000)).toBeLessThan(400);
    const g = gaps(times);
    // Exponential gaps of mean 1 ms: mean ≈ 1, standard deviation ≈ 1, and P(gap > 3 ms) = e⁻³.
    const m = mean(g);
    expect(m).toBeGreaterThan(0.96);
    expect(m).toBeLessThan(1.04);
    const sd = Math.sqrt(mean(g.map((x) => (x - m) ** 2)));
    expect(sd).toBeGreaterThan(0.94);
    expect(sd).toBeLessThan(1.06);
    const over3 = g.filter((x) => x > 3).length / g.length;
    expect(over3).toBeGreaterThan(Math.exp(-3) * 0.8);
    expect(over3).toBeLessThan(Math.exp(-3) * 1.2);
    expect(Math.min(...g)).toBeGreaterThanOrEqual(0);
  });

  it('the same seed gives the same schedule; another seed another one', () => {
    const a = arrivalTimes(steady({ arrival: 'poisson', seed: 7 }));
    expect(arrivalTimes(steady({ arrival: 'poisson', seed: 7 }))).toEqual(a);
    expect(arrivalTimes(steady({ arrival: 'poisson', seed: 8 }))).not.toEqual(a);
  });

  it('ramp: the rate climbs linearly, so the first half holds a quarter of the requests', () => {
    const plan = steady({ durationMs: 10_000, profile: { kind: 'ramp', from: 0, to: 1000 } });
    expect(expectedRequests(plan)).toBeCloseTo(5_000, 9);
    const times = arrivalTimes(plan);
    expect(times).toHaveLength(5_000);
    expect(times.filter((t) => t < 5_000)).toHaveLength(1_250);
    // At time t the rate is t/10 req/s, so the gap near 9 s is about 1000/900 ms.
    const late = times.findIndex((t) => t >= 9_000);
    expect(times[late + 1]! - times[late]!).toBeCloseTo(1000 / 900, 2);
  });

  it('spike: the peak rate holds inside its window and the base rate outside it', () => {
    const plan = steady({ rate: 100, durationMs: 10_000, profile: { kind: 'spike', at: 4_000, duration: 1_000, peak: 2_000 } });
    expect(expectedRequests(plan)).toBeCloseTo(900 + 2_000, 9);
    const times = arrivalTimes(plan);
    expect(times).toHaveLength(2_900);
    expect(times.filter((t) => t >= 4_000 && t < 5_000)).toHaveLength(2_000);
    expect(times.filter((t) => t < 4_000)).toHaveLength(400);
  });
});
