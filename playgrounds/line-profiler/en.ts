// line_profiler's idea in a few lines: rewrite the function so that
// every line that starts a statement first reports "line N now". The
// time until the next report belongs to line N (callees included).
// CPU time is real here (realNow); write one statement per line.
import { realNow } from '@lab/clock';

const column = {
  hits: 'Hits',
  ms: 'Time (ms)',
  share: '% Time',
  line: 'Line Contents',
};

function lineProfile<A extends unknown[], R>(fn: (...args: A) => R) {
  const lines = fn.toString().split('\n'); // the JavaScript that runs
  const hits = lines.map(() => 0);
  const time = lines.map(() => 0);
  let current = -1;
  let since = 0;
  const stop = () => {
    if (current >= 0) time[current]! += realNow() - since;
  };
  const hit = (line: number) => {
    stop();
    hits[line]!++;
    current = line;
    since = realNow();
  };
  // A statement line ends in ; or { and does not continue another one.
  const statement = /^\s*(?![}).\]]|else\b|catch\b|finally\b)\S.*[;{]\s*$/;
  const mark = (text: string, i: number) =>
    i > 0 && statement.test(text) ? `__hit(${i}); ${text}` : text;
  const body = lines.map(mark).join('\n');
  const compile = new Function('__hit', `return (${body});`);
  const instrumented = compile(hit) as typeof fn;
  return {
    run(...args: A): R {
      try {
        return instrumented(...args);
      } finally {
        stop();
        current = -1;
      }
    },
    // lp.print_stats(): hits, time and share of the total per line.
    printStats() {
      const total = time.reduce((a, b) => a + b, 0);
      const round = (n: number, digits: number) => Number(n.toFixed(digits));
      console.log(`${fn.name}: ${round(total, 2)} ms in total`);
      const rows = lines.map((text, i) => hits[i] ? {
        [column.hits]: hits[i],
        [column.ms]: round(time[i]!, 2),
        [column.share]: round((100 * time[i]!) / total, 1),
        [column.line]: text.trim(),
      } : { [column.line]: text.trim() });
      console.table(rows, Object.values(column));
    },
  };
}

// ❌ Array.includes scans the whole list: O(n) per order, O(n²) total.
function uniqueOrders(orders: number[]) {
  const seen: number[] = [];
  for (const id of orders) {
    if (!seen.includes(id)) seen.push(id);
  }
  let total = 0;
  for (const id of seen) {
    total += id % 100;
  }
  return `${seen.length} unique, checksum ${total}`;
}

// ✅ A Set answers "seen it?" in O(1).
function uniqueOrdersSet(orders: number[]) {
  const seen = new Set<number>();
  for (const id of orders) {
    if (!seen.has(id)) seen.add(id);
  }
  let total = 0;
  for (const id of seen) {
    total += id % 100;
  }
  return `${seen.size} unique, checksum ${total}`;
}

// 12,000 orders with ids repeating among 6,000 (deterministic).
const orders = Array.from({ length: 12_000 }, (_, i) => (i * 7919) % 6_000);
const count = (n: number) => n.toLocaleString('en');
console.log(`${count(orders.length)} orders, ${count(new Set(orders).size)} distinct ids`);
for (const fn of [uniqueOrders, uniqueOrdersSet]) {
  const lp = lineProfile(fn);
  console.log(`${fn.name}(orders) → ${lp.run(orders)}`);
  lp.printStats();
}
// Compare the time of line 3 in both: same hits, a fraction of the
// time. Part of what remains is the profiler's own cost per hit.
