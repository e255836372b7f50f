// Solution: INCR and EXPIRE NX in one MULTI: one round trip, atomic.
import Redis from 'ioredis';

const redis = new Redis();

export async function allow(client: string, limit: number, windowSeconds: number) {
  const key = `rate:${client}`;
  // ✅ INCR returns the incremented value: each request sees its own.
  // EXPIRE NX sets the TTL only when the key has none, in the same transaction.
  const [[, count]] = await redis.multi().incr(key).expire(key, windowSeconds, 'NX').exec();
  return count <= limit;
}

const answers = await Promise.all(Array.from({ length: 10 }, () => allow('demo', 3, 60)));
console.log(`${answers.filter(Boolean).length} of 10 got through (limit 3)`);
