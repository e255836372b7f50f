// cProfile + pstats, the closest faithful equivalent: a deterministic
// profiler wraps each function, counts its calls and times them. CPU
// work is timed on the real clock (realNow); performance.now() in the
// lab is the virtual clock that only I/O moves.
import { realNow } from '@lab/clock';

type Stat = { calls: number; tottime: number; cumtime: number; depth: number };
const stats = new Map<string, Stat>();
const stack: { childMs: number }[] = [];

function profile<A extends unknown[], R>(name: string, fn: (...args: A) => R) {
  return (...args: A): R => {
    const s = stats.get(name) ?? { calls: 0, tottime: 0, cumtime: 0, depth: 0 };
    stats.set(name, s);
    const frame = { childMs: 0 };
    stack.push(frame);
    s.calls++;
    s.depth++;
    const start = realNow();
    try {
      return fn(...args);
    } finally {
      const elapsed = realNow() - start;
      stack.pop();
      s.depth--;
      s.tottime += elapsed - frame.childMs; // own time, without callees
      if (s.depth === 0) s.cumtime += elapsed; // recursion counted once
      if (stack.length > 0) stack[stack.length - 1]!.childMs += elapsed;
    }
  };
}

// The code under study: find near-duplicate documents.
const buildDocs = profile('buildDocs', (n: number) =>
  Array.from({ length: n }, (_, i) => `Order ${i % 50} for client ${i % 7} ` +
    `item ${i % 11} PAID`),
);
const tokenize = profile('tokenize', (text: string) => text.split(' '));
// Hot spot: normalizes both documents again on every call, and it is
// called for every pair (normalizing once per document is the fix).
const similarity = profile('similarity', (a: string[], b: string[]) => {
  const words = new Set(a.map((w) => w.toLowerCase()));
  const common = b.filter((w) => words.has(w.toLowerCase())).length;
  return common / Math.max(a.length, b.length);
});
const findDuplicates = profile('findDuplicates', (docs: string[][]) => {
  let found = 0;
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      if (similarity(docs[i]!, docs[j]!) > 0.8) found++;
    }
  }
  return found;
});
const expensiveFunction = profile('expensiveFunction', () =>
  findDuplicates(buildDocs(200).map((d) => tokenize(d))),
);

const result = expensiveFunction();
console.log(`near-duplicate pairs: ${result}`);

// stats.sort_stats('cumulative').print_stats(10)
const ms = (n: number) => Number(n.toFixed(3));
const rows = [...stats]
  .sort(([, a], [, b]) => b.cumtime - a.cumtime)
  .slice(0, 10)
  .map(([name, s]) => ({
    ncalls: s.calls,
    'tottime ms': ms(s.tottime),
    'cumtime ms': ms(s.cumtime),
    'percall μs': ms((1000 * s.cumtime) / s.calls),
    function: name,
  }));
console.table(rows);
const [hot] = [...stats].sort(([, a], [, b]) => b.tottime - a.tottime)[0]!;
console.log(`Most own time (tottime): ${hot}`);
// Read cumtime top-down (expensiveFunction → findDuplicates →
// similarity) to find the path; tottime says where the time is spent.
// Wrapping adds a cost to every call, so a tiny function called 19,900
// times looks slower than it is: confirm with a benchmark.
