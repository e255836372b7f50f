// memory_profiler's @profile shows how much memory each line adds. A
// browser Worker has no API for that (performance.memory is Chrome's
// main thread only; measureUserAgentSpecificMemory needs a cross-origin
// isolated page), and the lab, like a browser, has no `process`. So we
// MEASURE what can be measured and ESTIMATE the rest.

export {}; // a module: its names are its own, as in every playground

const n = 1_000_000;
const MB = (bytes: number) => `${(bytes / 1e6).toLocaleString('en')} MB`;
// In plain Node this measures the heap; here it is NaN.
const heapUsed = () =>
  typeof process !== 'undefined' ? process.memoryUsage().heapUsed : NaN;

function* range(stop: number) {
  for (let i = 0; i < stop; i++) yield i;
}
function sum(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
// Counts values made but not yet used: the most held at once. It is
// measured, and it is what memory grows with.
function meter() {
  let held = 0;
  let peak = 0;
  return {
    *made(values: Iterable<number>) {
      for (const v of values) {
        peak = Math.max(peak, ++held);
        yield v;
      }
    },
    *used(values: Iterable<number>) {
      for (const v of values) {
        held--;
        yield v;
      }
    },
    peak: () => peak,
  };
}

// ❌ data = [i for i in range(1000000)]; sum(data): the whole list
// exists before the sum starts.
const list = meter();
const before = heapUsed();
const data = [...list.made(range(n))];
const grew = heapUsed() - before;
const listSum = sum(list.used(data));
// ✅ sum(i for i in range(1000000)): one value at a time.
const stream = meter();
const streamSum = sum(stream.used(stream.made(range(n))));
// A typed array's size is exact: its byteLength.
const typed = Float64Array.from({ length: n }, (_, i) => i);

const estimate = `≈ ${MB(4 * n)}–${MB(8 * n)} (estimated)`;
console.table({
  'list (Array)': {
    'sum': listSum,
    'held at once': list.peak(),
    'memory': Number.isNaN(grew) ? estimate : `${MB(grew)} (measured)`,
  },
  'Float64Array': {
    'sum': sum(typed),
    'held at once': typed.length,
    'memory': `${MB(typed.byteLength)} (measured)`,
  },
  'generator': {
    'sum': streamSum,
    'held at once': stream.peak(),
    'memory': 'constant: does not grow with n',
  },
});
// The estimate: a small integer in a JS array takes 4 bytes with
// pointer compression (Chrome) and 8 without (Node). Python's list
// holds an 8-byte pointer per item plus a 28-byte int object: ≈ 36 MB.
