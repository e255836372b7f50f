// Exercise: the GET-then-INCR rate limiter. Make the count atomic and
// make sure the counter never loses its TTL.
import Redis from 'ioredis';

const redis = new Redis();

export async function allow(client: string, limit: number, windowSeconds: number) {
  const key = `rate:${client}`;
  // ❌ Read, then write: another request reads the same value in between.
  const current = await redis.get(key);
  if (current !== null && Number(current) >= limit) return false;
  await redis.incr(key);
  if (current === null) await redis.expire(key, windowSeconds);
  return true;
}

// Try it: 10 requests at once, limit 3.
const answers = await Promise.all(Array.from({ length: 10 }, () => allow('demo', 3, 60)));
console.log(`${answers.filter(Boolean).length} of 10 got through (limit 3)`);
