// Golden rule, CPU-bound work: spread it over processes
// (ProcessPoolExecutor in the module). Unlike I/O, CPU work is REAL
// here: it runs on your machine's cores and is timed with the real
// clock, so the speed-up you see depends on how many cores you have.
// JS workers do not share a GIL: each has its own interpreter, so here
// they play the part of ProcessPoolExecutor's processes. Ordinary
// Python threads would not speed this computation up.
import { createPool, cores, realNow } from '@lab/cpu';

// Counts primes in [from, to) by trial division: pure computation.
// It must be self-contained: the pool ships its source to another
// worker (like pickling a top-level function), so it sees no outer
// variables. Data goes in through the argument.
function countPrimes([from, to]: [number, number]): number {
  let count = 0;
  for (let n = Math.max(2, from); n < to; n++) {
    let prime = true;
    for (let d = 2; d * d <= n; d++) {
      if (n % d === 0) {
        prime = false;
        break;
      }
    }
    if (prime) count++;
  }
  return count;
}

// 8 chunks from 0 to 800,000: `data` in executor.map(fn, data).
const chunk = 100_000;
const data = Array.from({ length: 8 }, (_, i): [number, number] => [
  i * chunk,
  (i + 1) * chunk,
]);
const fmt = (n: number) => n.toLocaleString('en');
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const oneDecimal = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
const times = (r: number) => `${r.toLocaleString('en', oneDecimal)}×`;
console.log(`Logical cores available: ${cores}`);
console.log(`Work: count primes below ${fmt(8 * chunk)} in 8 chunks`);

// ❌ Main thread: one chunk after another, on one core. In a browser
// or a Node server this also freezes everything else meanwhile.
let start = realNow();
const onMain = data.map(countPrimes);
const mainMs = realNow() - start;
console.log(
  `Main thread: ${fmt(sum(onMain))} primes in ${mainMs.toFixed(0)} ms`,
);

// ✅ Pool: one worker per core (more workers than cores or than tasks
// gains nothing). They start once, like the executor in the `with`.
const pool = createPool({ size: Math.min(cores, data.length) });
await pool.map((x: number) => x, data.map((_, i) => i)); // warm-up
start = realNow();
const onPool = await pool.map(countPrimes, data);
const poolMs = realNow() - start;
pool.close();
const poolTotal = fmt(sum(onPool));
console.log(
  `Pool of ${pool.size} workers: ${poolTotal} primes in ${poolMs.toFixed(0)} ms`,
);

const same = onMain.every((n, i) => n === onPool[i]);
console.log(`Same results per chunk: ${same ? 'yes' : 'NO'}`);
console.log(`Speed-up: ${times(mainMs / poolMs)}`);
console.log(
  'JS workers share no GIL: here they play the part of ' +
    "ProcessPoolExecutor's processes; ordinary Python threads would not speed this up.",
);
// The ceiling is at most about 1× per core: with 1 core the workers only
// take turns. Starting workers, copying data to them and uneven
// chunks (larger numbers take longer) eat into it, so small tasks
// are not worth sending to a pool at all.
