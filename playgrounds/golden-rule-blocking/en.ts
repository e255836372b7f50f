// Golden rule, I/O with a synchronous library (requests.get in the
// module): run it on a thread pool. fetchSync is the lab's blocking
// HTTP call: on the event loop it stalls EVERYTHING until it returns.
import { fetchSync, createThreadPool } from '@lab/blocking';
import { sleep } from '@lab/clock';

const urls = [
  'https://api1.com/data',
  'https://api2.com/data',
  'https://api3.com/data',
];

// A heartbeat due every 50 ms stands for the other requests this
// server should keep answering. We keep the longest gap between beats.
function heartbeat(everyMs: number) {
  let last = performance.now();
  let longest = 0;
  const id = setInterval(() => {
    longest = Math.max(longest, performance.now() - last);
    last = performance.now();
  }, everyMs);
  return { stop: () => (clearInterval(id), longest) };
}

const ms = (t: number) => `${t.toLocaleString('en')} ms`;

async function measure(label: string, work: () => Promise<unknown[]>) {
  const beat = heartbeat(50);
  const start = performance.now();
  const results = await work();
  // A measure named after the phase: the timeline draws it as a band and
  // compares it with the others.
  performance.measure(label, { start });
  const took = performance.now() - start;
  await sleep(50); // one more beat, so a late one is counted
  console.log(`${label}: ${results.length} responses in ${ms(took)}`);
  console.log(`  longest gap between heartbeats: ${ms(beat.stop())} (due: 50)`);
}

// ❌ Blocking calls on the event loop: one after another, and the
// heartbeat (every other request) waits for all of them.
await measure('fetchSync on the event loop', async () =>
  urls.map((url) => fetchSync(url).json()),
);

// ✅ ThreadPoolExecutor: each call holds a pool thread, not the loop.
const pool = createThreadPool({ maxWorkers: 5 });
await measure('fetchSync on a 5-thread pool', () =>
  pool.map((url) => fetchSync(url).json(), urls),
);

// The pool also bounds concurrency: 20 calls on 5 threads run in 4
// waves. Async code needs the same bound: never fire thousands of
// requests at once (sockets, connection pools and the other side all
// have limits). A tiny semaphore (asyncio.Semaphore in Python): at
// most `limit` calls in flight.
async function mapWithConcurrency<T, R>(
  limit: number,
  items: T[],
  fn: (item: T) => Promise<R>,
): Promise<{ results: R[]; maxInFlight: number }> {
  const results: R[] = new Array(items.length);
  let next = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  async function worker() {
    while (next < items.length) {
      const i = next++;
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        results[i] = await fn(items[i]!);
      } finally {
        inFlight--;
      }
    }
  }
  await Promise.all(Array.from({ length: limit }, worker));
  return { results, maxInFlight };
}

const many = Array.from({ length: 20 }, () => 'https://api1.com/data');
let start = performance.now();
await pool.map((url) => fetchSync(url).status, many);
console.log(`20 fetchSync on 5 threads: ${ms(performance.now() - start)}`);

const getJson = async (url: string) => (await fetch(url)).json();
const hundred = Array.from({ length: 100 }, () => 'https://api1.com/data');
for (const limit of [100, 10]) {
  start = performance.now();
  const { maxInFlight } = await mapWithConcurrency(limit, hundred, getJson);
  const took = ms(performance.now() - start);
  console.log(`100 fetches, limit ${limit}: ${maxInFlight} in flight, ${took}`);
}
// Limit 100 is no limit at all. It is faster here only because the
// lab's api1 never tires; a real service (or your own socket limit)
// would start answering 429 or timing out long before.
