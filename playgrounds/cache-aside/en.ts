// Cache-aside (lazy loading): the application asks Redis first and only
// goes to the database when the key is not there.
import Redis from 'ioredis';
import { resetStats, stats } from '@lab/redis';
import { db, queryLog } from '@lab/db';

const redis = new Redis();
const n = (x: number) => x.toLocaleString('en');
const ms = (t: number) => `${n(Math.round(t * 1000) / 1000)} ms`;

// The three steps of the module's get_user, for any read.
async function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  // 1. Try the cache
  const hit = await redis.get(key);
  if (hit) return JSON.parse(hit);
  // 2. Cache miss → fetch from the database
  const value = await load();
  // 3. Keep it in the cache for 1 hour. The module's json.dumps(user)
  // fails on an ORM object ("not JSON serializable"); here the ORM
  // returns a plain object. A user that does not exist is cached as
  // "null" (a negative cache): one created within the hour stays "missing".
  await redis.setex(key, 3600, JSON.stringify(value));
  return value;
}
const getUser = (id: number) => cached(`user:${id}`, () => db.user.findUnique({ where: { id } }));

for (const call of ['1st', '2nd']) {
  const queries = queryLog.count;
  const user = await getUser(1);
  const kind = queryLog.count > queries ? 'miss' : 'hit';
  console.log(`${call} call of getUser(1): ${kind}, database queries: ${queryLog.count - queries} → ${user?.name}`);
}
console.log(`In Redis: user:1 = ${await redis.get('user:1')} (TTL ${await redis.ttl('user:1')} s)`);

// Many reads: 300 requests for 30 users, 10 times each.
const READS = 300;
const USERS = 30;
async function workload(label: string, read: (id: number) => Promise<unknown>) {
  await redis.flushall();
  resetStats();
  const queries = queryLog.count;
  const start = performance.now();
  for (let i = 0; i < READS; i++) await read(1 + (i % USERS));
  // A measure named after the phase: the timeline draws it as a band and
  // compares it with the others.
  performance.measure(label, { start });
  const took = performance.now() - start;
  const { hits, misses } = stats();
  console.log(`${label}: ${queryLog.count - queries} queries, ${hits} hits, ${misses} misses, ${ms(took / READS)} per read`);
  return took;
}
const plain = await workload('getUser without cache', (id) => db.user.findUnique({ where: { id } }));
const aside = await workload('getUser with cache', getUser);
// A primary key lookup costs one round trip, like a Redis GET: the
// cache takes 90% of the load off the database, but does not make the
// read faster (a miss even pays GET + query + SETEX).
console.log(`  with cache: ${ms((aside - plain) / READS)} more per read, ${READS - USERS} fewer queries`);

// The cache pays off when the read is expensive: the profile with the
// user's posts (with no index on posts.user_id, it scans 20,000 rows).
const getProfile = (id: number) =>
  cached(`profile:${id}`, () => db.user.findUnique({ where: { id }, include: { posts: true } }));
const slow = await workload('getProfile without cache', (id) => db.user.findUnique({ where: { id }, include: { posts: true } }));
const fast = await workload('getProfile with cache', getProfile);
console.log(`  saved: ${ms((slow - fast) / READS)} per read, ${ms(slow - fast)} in total`);
