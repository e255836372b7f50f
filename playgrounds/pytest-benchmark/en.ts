// pytest-benchmark's fixture in miniature: warm up, time many rounds, report
// statistics, and still assert the result (a fast wrong answer fails).
// CPU work is timed on the real clock (realNow). Browsers round timers
// to about 0.1 ms, so each round should take well over that.
import { realNow } from '@lab/clock';

const results: Record<string, Record<string, number>> = {};
const round3 = (t: number) => Number(t.toFixed(3));

function summarize(times: number[], iterations: number) {
  const sorted = [...times].sort((a, b) => a - b);
  const n = sorted.length;
  const mean = times.reduce((a, b) => a + b, 0) / n;
  const variance = times.reduce((a, t) => a + (t - mean) ** 2, 0) / (n - 1);
  const mid = n >> 1;
  const median = n % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return {
    'min ms': round3(sorted[0]!),
    'max ms': round3(sorted[n - 1]!),
    'mean ms': round3(mean),
    'stddev ms': round3(Math.sqrt(variance)),
    'median ms': round3(median),
    'ops/s': Math.round(1000 / mean),
    'rounds': n,
    'iterations': iterations,
  };
}

function benchmark<A extends unknown[], R>(fn: (...a: A) => R, ...args: A): R {
  // Warm-up: the first calls run before the JIT has optimized fn.
  let result = fn(...args);
  for (let i = 0; i < 3; i++) result = fn(...args);
  // Calibration: call fn this many times per round so that a round
  // lasts at least 1 ms, far above the timer's resolution.
  let iterations = 1;
  const timeRound = () => {
    const start = realNow();
    for (let i = 0; i < iterations; i++) result = fn(...args);
    return realNow() - start;
  };
  while (timeRound() < 1) iterations *= 2;
  const times: number[] = [];
  for (let round = 0; round < 20; round++) times.push(timeRound() / iterations);
  results[fn.name] = summarize(times, iterations);
  return result;
}

function assertEqual(actual: unknown, expected: unknown) {
  if (actual === expected) return;
  const error = new Error(`assert ${actual} == ${expected}`);
  error.name = 'AssertionError';
  throw error;
}

// Two ways to count the primes below a limit.
function countPrimesNaive(limit: number) {
  let count = 0;
  for (let n = 2; n < limit; n++) {
    let prime = true;
    for (let d = 2; d * d <= n && prime; d++) prime = n % d !== 0;
    if (prime) count++;
  }
  return count;
}
function countPrimesSieve(limit: number) {
  const composite = new Uint8Array(limit);
  let count = 0;
  for (let i = 2; i < limit; i++) {
    if (composite[i]) continue;
    count++;
    for (let j = i * i; j < limit; j += i) composite[j] = 1;
  }
  return count;
}

// def test_x(benchmark): result = benchmark(fn, arg); assert result == 5133
const expected = 5_133; // primes below 50,000
assertEqual(benchmark(countPrimesNaive, 50_000), expected);
assertEqual(benchmark(countPrimesSieve, 50_000), expected);
console.table(results);

const naive = results.countPrimesNaive!['median ms']!;
const sieve = results.countPrimesSieve!['median ms']!;
const oneDecimal = { maximumFractionDigits: 1 };
const ratio = (naive / sieve).toLocaleString('en', oneDecimal);
console.log(`countPrimesSieve: ${ratio}× faster (median)`);
// Compare medians (or minimums), not single runs: GC, the JIT and other
// processes make some rounds slow; stddev tells how noisy it was.
