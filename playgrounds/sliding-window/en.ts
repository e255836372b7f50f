// Fixed window vs sliding window, both in Redis, limit 5 per minute.
// A fixed window resets on the minute, so a client can spend 5 just
// before the boundary and 5 more just after: twice the limit in
// seconds. A sliding window counts the last 60 s, whenever "now" is.
import Redis from 'ioredis';
import { advance } from '@lab/clock';

const redis = new Redis();
const limit = 5;
const windowMs = 60_000;

// Fixed window: one counter per clock minute (INCR first, atomic).
async function fixedWindow(userId: string): Promise<boolean> {
  const key = `rl:fixed:${userId}:${Math.floor(Date.now() / windowMs)}`;
  const replies = await redis.multi().incr(key).pexpire(key, windowMs).exec();
  return (replies![0]![1] as number) <= limit;
}

// Sliding window log: a sorted set of request times (score = ms). In
// one MULTI: drop entries older than the window, add this one, count.
// As on the page, a refused request does not count: its entry goes with
// ZREM. (The other policy, counting refused ones too, keeps a client that
// keeps hammering blocked.)
let seq = 0;
async function slidingWindow(userId: string): Promise<boolean> {
  const key = `rl:sliding:${userId}`;
  const now = Date.now();
  const member = `${now}:${++seq}`;
  const replies = await redis
    .multi()
    .zremrangebyscore(key, 0, now - windowMs)
    .zadd(key, now, member) // members must be unique
    .zcard(key)
    .pexpire(key, windowMs) // an idle user's set goes away
    .exec();
  const allowed = (replies![2]![1] as number) <= limit;
  if (!allowed) await redis.zrem(key, member); // refused: not counted
  return allowed;
}

// A client sends a request every 2 s from 00:50 to 01:08 (clock time).
const clock = (ms: number) => new Date(ms).toISOString().slice(14, 19);
const status = (ok: boolean) => (ok ? 200 : 429);
await advance(50_000 - (Date.now() % windowMs));
const rows: object[] = [];
const passedAt = { fixed: [] as number[], sliding: [] as number[] };
for (let i = 0; i < 10; i++) {
  const at = Date.now();
  const fixed = await fixedWindow('ana');
  const sliding = await slidingWindow('ana');
  if (fixed) passedAt.fixed.push(at);
  if (sliding) passedAt.sliding.push(at);
  rows.push({
    'time': clock(at),
    'fixed window': status(fixed),
    'sliding window': status(sliding),
  });
  await advance(2_000);
}
console.table(rows);

// The most requests let through in any 60 s span.
const inWindowFrom = (times: number[], t: number) =>
  times.filter((u) => u >= t && u < t + windowMs).length;
const worstMinute = (times: number[]) =>
  Math.max(...times.map((t) => inWindowFrom(times, t)));
console.log(`Most requests passed in any 60 s (limit ${limit}):`);
console.log(`  fixed window:   ${worstMinute(passedAt.fixed)}`);
console.log(`  sliding window: ${worstMinute(passedAt.sliding)}`);
// The price: the sliding log keeps one entry per request (memory grows
// with the limit); a counter per window costs a single integer.
