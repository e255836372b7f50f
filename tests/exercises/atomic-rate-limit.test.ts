import { describeExercise } from './support';

describeExercise('atomic-rate-limit', {
  startFails: ['exact-under-concurrency', 'ttl-kept'],
  otherSolutions: {
    'INCR, then EXPIRE when the count is 1 (the key was just made)': `
      import Redis from 'ioredis';
      const redis = new Redis();
      export async function allow(client: string, limit: number, windowSeconds: number) {
        const count = await redis.incr('rl:' + client);
        if (count === 1) await redis.expire('rl:' + client, windowSeconds);
        return count <= limit;
      }`,
    'SET NX EX, then INCR in one pipeline': `
      import Redis from 'ioredis';
      const redis = new Redis();
      export async function allow(client: string, limit: number, windowSeconds: number) {
        const key = 'limit:' + client;
        const replies = await redis.pipeline().set(key, 0, 'EX', windowSeconds, 'NX').incr(key).exec();
        return replies[1][1] <= limit;
      }`,
  },
  cheats: {
    'a counter in memory, nothing in Redis': {
      failed: 'ttl-kept',
      source: `
        const counts = new Map();
        export async function allow(client: string, limit: number) {
          counts.set(client, (counts.get(client) ?? 0) + 1);
          return counts.get(client) <= limit;
        }`,
    },
    'work skipped: everyone passes': {
      failed: 'exact-under-concurrency',
      source: `export async function allow() { return true; }`,
    },
    'INCR without any expiry': {
      failed: 'ttl-kept',
      source: `
        import Redis from 'ioredis';
        const redis = new Redis();
        export async function allow(client: string, limit: number) { return (await redis.incr('r:' + client)) <= limit; }`,
    },
  },
});
