/** Latency figures of a set of requests, as load testers report them. */

/** min, mean, the usual percentiles and max, in ms. */
export interface LatencySummary {
  min: number;
  mean: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  max: number;
}

/**
 * The `p`-th percentile (0–100) of ascending values, interpolating linearly between the two
 * nearest ranks (the method NumPy and most load testers use by default); 0 for no values.
 */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return 0;
  const rank = (Math.min(Math.max(p, 0), 100) / 100) * (n - 1);
  const low = Math.floor(rank);
  const high = Math.min(low + 1, n - 1);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

/** Summarizes latencies (ms, any order); every figure is 0 when there are none. */
export function summarizeLatencies(values: ArrayLike<number>): LatencySummary {
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (const v of sorted) sum += v;
  const n = sorted.length;
  return {
    min: n ? sorted[0]! : 0,
    mean: n ? sum / n : 0,
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: n ? sorted[n - 1]! : 0,
  };
}
