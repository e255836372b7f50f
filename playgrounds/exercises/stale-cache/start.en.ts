// Exercise: cache-aside with a stale read. Invalidate the cache on
// write and give every key a TTL.
import Redis from 'ioredis';
import { db } from '@lab/db';

const redis = new Redis();

export async function getUser(id: number) {
  const hit = await redis.get(`user:${id}`);
  if (hit) return JSON.parse(hit);
  const user = await db.user.findUnique({ where: { id } });
  // ❌ No TTL: the key stays forever.
  if (user) await redis.set(`user:${id}`, JSON.stringify(user));
  return user;
}

export async function renameUser(id: number, name: string) {
  // ❌ Updates the database and forgets the cache.
  await db.user.update({ where: { id }, data: { name } });
}

// Try it: read, rename and read again.
console.log((await getUser(5)).name);
await renameUser(5, 'New Name');
console.log((await getUser(5)).name);
