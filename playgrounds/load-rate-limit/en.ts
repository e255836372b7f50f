// A limit of 100 requests per second, under a burst: 20 req/s of
// background traffic and 1,000 req/s from 0.9 s to 1.1 s, right across
// a window boundary. The fixed window (INCR on a key per second) lets
// 100 in before the boundary and 100 more right after it: 200 in 0.2 s.
// The sliding window (a sorted set of the last second's requests)
// never lets more than 100 into any one second.
import { load } from '@lab/load';
import Redis from 'ioredis';

const redis = new Redis();
const LIMIT = 100;
const traffic = {
  rate: 20,
  duration: 3_000,
  profile: { kind: 'spike', at: 900, duration: 200, peak: 1000 },
} as const;

async function fixedWindow() {
  const key = `fixed:${Math.floor(Date.now() / 1000)}`;
  const [[, count]] = (await redis.multi().incr(key).expire(key, 2).exec()) as [[null, number]];
  return count <= LIMIT;
}

let id = 0;
async function slidingWindow() {
  const now = Date.now();
  const [, [, count]] = (await redis
    .multi()
    .zremrangebyscore('sliding', 0, now - 1000)
    .zcard('sliding')
    .exec()) as [unknown, [null, number]];
  if (count >= LIMIT) return false;
  await redis.zadd('sliding', now, `${now}:${id++}`);
  return true;
}

for (const [name, allow] of [
  ['fixed window', fixedWindow],
  ['sliding window', slidingWindow],
] as const) {
  await redis.flushall();
  const accepted: number[] = [];
  const start = performance.now();
  const r = await load(async () => {
    if (!(await allow())) return 429; // Too Many Requests: refused
    accepted.push(performance.now() - start);
    return 200;
  }, { ...traffic, label: name });
  // The most requests let through in any one second (looked at through
  // a sliding window).
  let most = 0;
  for (const t of accepted) most = Math.max(most, accepted.filter((u) => u >= t && u < t + 1000).length);
  console.log(`${name}: ${r.completed} let through, ${r.refused} refused, at most ${most} in one second`);
}
