// The module's GET /external-data handler: three external APIs per
// request. On the lab's virtual clock each answers after its modelled
// latency (another region: 150 ms round trip plus its own work).

// `performance` from perf_hooks, as in Node, reads the lab's clock.
import { performance } from 'node:perf_hooks';

const urls = [
  'https://api1.com/data',
  'https://api2.com/data',
  'https://api3.com/data',
];
const host = (url: string) => new URL(url).host;
const ms = (t: number) => `${t.toLocaleString('en')} ms`;

async function getJson(url: string, signal?: AbortSignal): Promise<unknown> {
  const response = await fetch(url, { signal });
  // fetch only rejects on network errors: a 503 must be checked.
  if (!response.ok) throw new Error(`${host(url)} answered ${response.status}`);
  return response.json();
}

async function timed(label: string, handler: () => Promise<unknown[]>) {
  const start = performance.now();
  const body = await handler();
  // A measure named after the phase: the timeline draws it as a band and
  // compares it with the others.
  performance.measure(label, { start });
  const took = ms(performance.now() - start);
  console.log(`${label}: ${body.length} responses in ${took}`);
}

// ❌ One after another: the user waits for the sum of the three.
await timed('Sequential', async () => {
  const body: unknown[] = [];
  for (const url of urls) body.push(await getJson(url));
  return body;
});
// ✅ asyncio.gather → Promise.all: the user waits for the slowest one.
await timed('Promise.all', () => Promise.all(urls.map((u) => getJson(u))));

// A stuck service must not hold the request forever: give each call
// a budget (aiohttp's ClientTimeout) and abort it when time is up.
const budgetMs = 200;
async function guarded(url: string): Promise<unknown> {
  const controller = new AbortController();
  const timeout = new Error(`timeout after ${ms(budgetMs)}`);
  const timer = setTimeout(() => controller.abort(timeout), budgetMs);
  try {
    return await getJson(url, controller.signal);
  } finally {
    clearTimeout(timer);
  }
}

// ❌ api3 needs more than 200 ms. Promise.all rejects as soon as ONE
// call fails: the whole response is lost (a 500 for the user).
try {
  await Promise.all(urls.map(guarded));
} catch (e) {
  console.log(`Promise.all + timeout: all lost (${(e as Error).message})`);
}

// ✅ Promise.allSettled keeps what arrived and says what did not.
async function getExternal(sources: string[]) {
  const settled = await Promise.allSettled(sources.map(guarded));
  return settled.map((r, i) => ({
    source: host(sources[i]!),
    ok: r.status === 'fulfilled',
    error: r.status === 'rejected' ? (r.reason as Error).message : '',
  }));
}
let start = performance.now();
const partial = await getExternal(urls);
console.log(`Promise.allSettled + timeout, ${ms(performance.now() - start)}:`);
console.table(partial);

// Many users at once: 50 requests, each calling api1, api2 and a
// service that fails on a fixed pattern (503s, dropped connections).
// One event loop serves them all; failures stay inside each response.
const sources = [urls[0]!, urls[1]!, 'https://flaky.example/data'];
start = performance.now();
const users = Array.from({ length: 50 }, () => getExternal(sources));
const responses = await Promise.all(users);
const took = ms(performance.now() - start);
console.log(`50 requests at once: ${responses.length} responses in ${took}`);
const errors: Record<string, number> = {};
for (const part of responses.flat()) {
  if (!part.ok) errors[part.error] = (errors[part.error] ?? 0) + 1;
}
console.log('Failed calls inside those responses:', errors);
