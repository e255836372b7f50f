// Golden rule, I/O-bound work: wait for several services at once,
// not one after another. The lab's fetch answers each request after
// the service's modelled latency on a virtual clock, so the times below
// are those of the module's async sample, the same on every run.

// `performance` from perf_hooks, as in Node, reads the lab's clock.
import { performance } from 'node:perf_hooks';

const urls = [
  'https://api1.com/data',
  'https://api2.com/data',
  'https://api3.com/data',
];

async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  return response.json();
}

const ms = (t: number) => `${t.toLocaleString('en', { maximumFractionDigits: 0 })} ms`;

// ❌ Sequential: each request starts after the previous answer arrived.
let start = performance.now();
const sequential: unknown[] = [];
for (const url of urls) {
  sequential.push(await getJson(url));
}
const sequentialMs = performance.now() - start;
console.log(`Sequential: ${sequential.length} responses in ${ms(sequentialMs)}`);

// ✅ Concurrent: the three requests are in flight together
// (asyncio.gather in the module).
start = performance.now();
const concurrent = await Promise.all(urls.map(getJson));
const concurrentMs = performance.now() - start;
console.log(`Concurrent: ${concurrent.length} responses in ${ms(concurrentMs)}`);

// The wait is now the slowest service's latency, not the sum of all.
const ratio = (sequentialMs / concurrentMs).toLocaleString('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
console.log(`Promise.all was ${ratio}× faster`);
console.log(concurrent[0]);
