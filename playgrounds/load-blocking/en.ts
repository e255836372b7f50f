// The same async handler under 150 req/s, two ways. Each request waits
// 10 ms on I/O: once with a blocking call (time.sleep, or requests.get
// inside an `async def`), once awaiting it (asyncio.sleep, httpx). A
// blocked event loop serves one request at a time: 150 × 10 ms = 1.5 s
// of work per second, so the queue grows. Awaiting lets the waits
// overlap, and every request takes its 10 ms.
import { load, printSummary } from '@lab/load';
import { sleepSync } from '@lab/blocking';
import { sleep } from '@lab/clock';

const traffic = { rate: 150, duration: 4_000, arrival: 'poisson', seed: 9 } as const;

const blocking = await load(async () => {
  sleepSync(10); // the whole loop stops here
  return 200;
}, { ...traffic, label: 'blocking the loop' });
const awaiting = await load(async () => {
  await sleep(10); // the loop serves other requests meanwhile
  return 200;
}, { ...traffic, label: 'awaiting' });

printSummary(blocking, 'Blocking the loop');
printSummary(awaiting, 'Awaiting');
// Awaited, the in-flight count stays at λ × W = 150 × 0.01 = 1.5
// (Little's law). Blocked, it climbs second by second, and L and λ × W
// part ways: the queue never settles, and the law holds only once it
// does.
console.log('in flight, blocking:', blocking.series.map((s) => Math.round(s.inFlight.mean)).join(' '));
console.log('in flight, awaiting:', awaiting.series.map((s) => Math.round(s.inFlight.mean)).join(' '));
