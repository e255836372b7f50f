// Write-through: on update, write to the database and right after to
// the cache, so the next read already finds the new data in Redis.
import Redis from 'ioredis';
import { db } from '@lab/db';
import { sleep } from '@lab/clock';

const redis = new Redis();
const key = (id: number) => `user:${id}`;

// Cache-aside read (see the cache-aside playground).
async function getUser(id: number) {
  const hit = await redis.get(key(id));
  if (hit) return { user: JSON.parse(hit), from: 'cache' };
  const user = await db.user.findUnique({ where: { id } });
  await redis.setex(key(id), 3600, JSON.stringify(user));
  return { user, from: 'database' };
}

// The module's update_user. `pauseMs` stands for what can delay a
// process between the commit and the SETEX: a GC pause, a retry, a slow network.
async function updateUserWriteThrough(id: number, data: { name: string }, pauseMs = 0) {
  // 1. Update the database: UPDATE ... RETURNING, commit and new row.
  const user = await db.user.update({ where: { id }, data });
  await sleep(pauseMs);
  // 2. Update the cache right away.
  await redis.setex(key(id), 3600, JSON.stringify(user));
}

// Alternative: after the commit, delete the key; the next read goes to
// the database (a miss) and puts the current value in the cache.
async function updateUserDeleteAfterCommit(id: number, data: { name: string }, pauseMs = 0) {
  await db.user.update({ where: { id }, data });
  await sleep(pauseMs);
  await redis.del(key(id));
}

// A single writer: the next read is a hit, already with the new name.
await getUser(1);
await updateUserWriteThrough(1, { name: 'Carla Lima' });
const read = await getUser(1);
console.log(`After write-through: read from the ${read.from} → ${read.user.name}`);

// Two writers at once on user 2: A writes "Ana" and is 5 ms late to
// touch the cache; B writes "Bia" 1 ms later, with no delay.
async function race(label: string, update: typeof updateUserWriteThrough, id: number) {
  await getUser(id);
  await Promise.all([update(id, { name: 'Ana' }, 5), sleep(1).then(() => update(id, { name: 'Bia' }))]);
  const inDb = (await db.user.findUnique({ where: { id } }))!.name;
  const inCache = await redis.get(key(id));
  const next = await getUser(id);
  const stale = next.user.name !== inDb;
  console.log(`${label}: database = ${inDb}, cache = ${inCache ? JSON.parse(inCache).name : '(empty)'}, next read (${next.from}) = ${next.user.name} ${stale ? '❌ stale for up to 1 hour' : '✅ correct'}`);
}
// ❌ The last SETEX wins, not the last commit: the cache keeps "Ana"
// while the database has "Bia", until the TTL runs out.
await race('Write-through', updateUserWriteThrough, 2);
// ✅ DEL carries no value: the order stops mattering, and the next read
// fetches "Bia" from the database. (A smaller window remains: a reader
// that read before the commit and writes after the DEL; a short TTL
// bounds how long that old value survives.)
await race('Delete after commit', updateUserDeleteAfterCommit, 3);
