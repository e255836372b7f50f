// A hot key under 1,000 req/s: the home page's "top posts", cached
// for 1 s and recomputed by a heavy query (about 100 ms). When the key
// expires, every request in the next 100 ms misses the cache and runs
// the query too: the cache stampede. Then the same traffic with a
// SET NX lock: one request recomputes, the others wait for its
// value.
import { load } from '@lab/load';
import { db } from '@lab/db';
import { sleep } from '@lab/clock';
import Redis from 'ioredis';

const redis = new Redis();
const traffic = { rate: 1000, duration: 3_000, arrival: 'poisson', seed: 11 } as const;
let queries: number[] = []; // when each heavy query started (ms)
let runStart = 0;

async function topPosts() {
  queries.push(performance.now() - runStart);
  const users = await db.user.findMany({ where: { country: 'BR' }, take: 10 });
  await sleep(100); // the rest of the report: more queries, rendering
  return JSON.stringify(users.map((u) => u.id));
}

// Cache-aside, as usual: on a miss, whoever missed recomputes.
async function naive() {
  const cached = await redis.get('top');
  if (cached) return cached;
  const value = await topPosts();
  await redis.set('top', value, 'EX', 1);
  return value;
}

// The lock: only the request that wins SET NX recomputes; the others
// retry the key every 10 ms until the value is back.
async function locked() {
  for (let attempt = 0; attempt < 50; attempt++) {
    const cached = await redis.get('top');
    if (cached) return cached;
    if (await redis.set('top:lock', '1', 'PX', 2_000, 'NX')) {
      const value = await topPosts();
      await redis.set('top', value, 'EX', 1);
      await redis.del('top:lock');
      return value;
    }
    await sleep(10);
  }
  throw new Error('gave up waiting for the cache');
}

for (const [name, handler] of [
  ['cache-aside', naive],
  ['SET NX lock', locked],
] as const) {
  queries = [];
  await redis.flushall();
  runStart = performance.now();
  const r = await load(handler, { ...traffic, label: name });
  // Heavy queries per virtual second: the stampede is a spike each time
  // the key expires.
  const perSecond = r.series.map((s) => queries.filter((t) => Math.floor(t / 1000) === s.second).length);
  console.log(`${name}: ${queries.length} heavy queries, per second ${perSecond.join(' ')}`);
  console.log(`  p50 ${Math.round(r.latency.p50)} ms, p99 ${Math.round(r.latency.p99)} ms, failed ${r.failed}`);
}
