// Golden rule, I/O-bound work: wait for several services at the same time, not one after another.
// The lab's fetch answers each request after the service's modelled latency on a virtual clock,
// so the times below are those of the module's async sample, and the same on every run.

const urls = ['https://api1.com/data', 'https://api2.com/data', 'https://api3.com/data'];

async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  return response.json();
}

// ❌ Sequential: each request starts only after the previous answer arrived.
let start = performance.now();
const sequential: unknown[] = [];
for (const url of urls) {
  sequential.push(await getJson(url));
}
const sequentialMs = performance.now() - start;
console.log(`Sequential: ${sequential.length} responses in ${sequentialMs.toFixed(0)} ms`);

// ✅ Concurrent: the three requests are in flight together (asyncio.gather in the module).
start = performance.now();
const concurrent = await Promise.all(urls.map(getJson));
const concurrentMs = performance.now() - start;
console.log(`Concurrent: ${concurrent.length} responses in ${concurrentMs.toFixed(0)} ms`);

// The wait is now the slowest service's latency, not the sum of all of them.
console.log(`Promise.all was ${(sequentialMs / concurrentMs).toFixed(1)}× faster`);
console.log(concurrent[0]);
