// The module's distributed rate limit (a fixed window in Redis), run
// under concurrent requests. Every Redis command is a network round
// trip (0.5 ms in the lab), and other requests run in between.
import Redis from 'ioredis';
import { advance } from '@lab/clock';

const redis = new Redis();
class HTTPException extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

// ❌ The module's code, line by line: read, compare, then increment.
async function rateLimit(userId: string, maxRequests = 100, window = 3600) {
  const key = `rate_limit:${userId}`;
  const current = await redis.get(key);
  if (current && Number(current) >= maxRequests) {
    throw new HTTPException(429, 'Rate limit exceeded');
  }
  await redis.incr(key);
  if (!current) await redis.expire(key, window);
}

// ✅ Increment first, then decide on the number INCR returns: Redis
// runs one command at a time, so no two requests get the same number.
// MULTI sends INCR and EXPIRE together (one round trip, nothing can
// die between them); NX (Redis 7) keeps the window's first deadline.
async function rateLimitAtomic(userId: string, maxRequests = 100, window = 3600) {
  const key = `rate_limit:${userId}`;
  const multi = redis.multi().incr(key).expire(key, window, 'NX');
  const count = (await multi.exec())![0]![1] as number;
  if (count > maxRequests) {
    throw new HTTPException(429, 'Rate limit exceeded');
  }
}

// 20 requests from one user arrive at once; the limit is 5.
async function burst(limiter: typeof rateLimit) {
  await redis.flushall();
  const requests = Array.from({ length: 20 }, () => limiter('42', 5));
  const results = await Promise.allSettled(requests);
  return results.filter((r) => r.status === 'fulfilled').length;
}
const racy = await burst(rateLimit);
const atomic = await burst(rateLimitAtomic);
console.log('20 requests at once, limit 5:');
console.log(`  ❌ module's GET, compare, INCR: ${racy} passed`);
console.log(`  ✅ INCR first, in a MULTI:      ${atomic} passed`);
// All 20 GETs read "no count yet" before the first INCR arrived.

// ❌ The worker dies (deploy, OOM kill) right after INCR, before EXPIRE.
async function crashAfterIncr(userId: string) {
  await redis.incr(`rate_limit:${userId}`);
  throw new Error('worker killed');
}
await redis.flushall();
await crashAfterIncr('7').catch(() => {});
for (let i = 0; i < 4; i++) await rateLimit('7', 5); // 5 counted now
const ttl = await redis.ttl('rate_limit:7');
console.log('Worker killed between INCR and EXPIRE:');
console.log(`  TTL rate_limit:7 = ${ttl} (no expiry)`);
await advance(2 * 3_600_000); // two hours later, long past the window
const later = await rateLimit('7', 5).then(() => 200, (e) => e.status);
console.log(`  two hours later: ${later}, and so forever`);

// ✅ With MULTI the deadline is set in the same step as the count.
await redis.flushall();
await rateLimitAtomic('7', 5);
const ttlAtomic = await redis.ttl('rate_limit:7');
console.log(`With MULTI: TTL rate_limit:7 = ${ttlAtomic} s`);
