// Cache invalidation: by time (TTL) and by hand (when the data is deleted).
import Redis from 'ioredis';
import { db } from '@lab/db';
import { advance } from '@lab/clock';

const redis = new Redis();
const MINUTE = 60_000;

// Pattern: TTL. The key goes away by itself after 3600 s.
await redis.setex('key', 3600, 'value');
console.log(`Now: GET key = ${await redis.get('key')}, TTL = ${await redis.ttl('key')} s`);
await advance(59 * MINUTE); // the lab's clock jumps 59 minutes ahead
console.log(`59 min later: GET key = ${await redis.get('key')}, TTL = ${await redis.ttl('key')} s`);
await advance(1 * MINUTE);
console.log(`1 hour later: GET key = ${await redis.get('key')}, TTL = ${await redis.ttl('key')} (the key no longer exists)`);

// Cache-aside read (see the cache-aside playground).
async function getUser(id: number) {
  const hit = await redis.get(`user:${id}`);
  if (hit) return JSON.parse(hit);
  const user = await db.user.findUnique({ where: { id } });
  await redis.setex(`user:${id}`, 3600, JSON.stringify(user));
  return user;
}

// ❌ Forgotten invalidation: the database deletes, the cache never hears of it.
async function deleteUserForgetful(userId: number) {
  await db.user.delete({ where: { id: userId } });
}

// ✅ The module's delete_user, fixed: there `user` is never fetched and
// nothing commits. Here: load, delete (commit), and only then DEL.
// With the DEL before the commit, a read in between would put the
// user back into the cache.
async function deleteUser(userId: number) {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user) return false; // 404
  await db.user.delete({ where: { id: userId } }); // the posts go too (ON DELETE CASCADE)
  await redis.del(`user:${userId}`);
  return true;
}

for (const [label, remove, id] of [['Without invalidation', deleteUserForgetful, 5], ['With invalidation', deleteUser, 6]] as const) {
  await getUser(id); // someone read the user: now it is in the cache
  await remove(id);
  const inDb = await db.user.findUnique({ where: { id } });
  const seen = await getUser(id);
  console.log(`${label}: we deleted user ${id}; in the database: ${inDb ? 'exists' : 'gone'}; getUser(${id}) → ${seen ? `${seen.name} ❌ stale read` : 'null ✅'}`);
}
// Without invalidation only the TTL helps: after 1 hour the key expires.
await advance(60 * MINUTE);
console.log(`1 hour later: getUser(5) → ${JSON.stringify(await getUser(5))}`);
