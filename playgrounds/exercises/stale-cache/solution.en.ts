// Solution: a TTL on every key and a DEL after every write.
import Redis from 'ioredis';
import { db } from '@lab/db';

const redis = new Redis();
const TTL_SECONDS = 300;

export async function getUser(id: number) {
  const hit = await redis.get(`user:${id}`);
  if (hit) return JSON.parse(hit);
  const user = await db.user.findUnique({ where: { id } });
  // ✅ The key expires by itself, even if an invalidation is lost.
  if (user) await redis.set(`user:${id}`, JSON.stringify(user), 'EX', TTL_SECONDS);
  return user;
}

export async function renameUser(id: number, name: string) {
  await db.user.update({ where: { id }, data: { name } });
  // ✅ After the write: the next read fetches the new value.
  await redis.del(`user:${id}`);
}

console.log((await getUser(5)).name);
await renameUser(5, 'New Name');
console.log((await getUser(5)).name);
