// A deploy brings up a new cache: Redis is empty. The profile page reads
// a user with their posts, an expensive query (posts.user_id has no
// index: every post is scanned). Traffic: 25 requests a second, 95% of
// them for the 100 most popular users. Cold start vs a cache warmed
// with those 100 before the traffic comes in.
import Redis from 'ioredis';
import { sleep } from '@lab/clock';
import { db, queryLog } from '@lab/db';

const redis = new Redis();
const n = (x: number, digits = 0) =>
  x.toLocaleString('en', {
    minimumFractionDigits: digits, maximumFractionDigits: digits,
  });
const TTL = 300;
const HOT = Array.from({ length: 100 }, (_, i) => i + 1);

const loadProfile = (id: number) =>
  db.user.findUnique({ where: { id }, include: { posts: true } });

// Cache-aside, as on the caching page; TTL with jitter, so keys warmed
// together do not all expire in the same second.
async function profile(id: number) {
  const hit = await redis.get(`profile:${id}`);
  if (hit) return JSON.parse(hit);
  const user = await loadProfile(id);
  await redis.set(`profile:${id}`, JSON.stringify(user), 'EX', TTL + (id % 60));
  return user;
}

// The warmer: the hot users in one query, into Redis in one pipeline.
async function warm() {
  const users = await db.user.findMany({
    where: { id: { in: HOT } }, include: { posts: true },
  });
  const pipeline = redis.pipeline();
  for (const u of users)
    pipeline.set(`profile:${u.id}`, JSON.stringify(u), 'EX', TTL + (u.id % 60));
  await pipeline.exec();
}

async function firstMinute(warmFirst: boolean) {
  await redis.flushall(); // the deploy
  queryLog.clear();
  const t0 = performance.now();
  if (warmFirst) await warm();
  const warmMs = performance.now() - t0;
  const start = performance.now();
  let seed = 42;
  const requests: Promise<unknown>[] = [];
  for (let i = 0; i < 1_500; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31; // deterministic "random"
    const r = seed / 2 ** 31;
    const id =
      r < 0.95 ? HOT[Math.floor((r / 0.95) * 100)]! : 101 + (seed % 1_900);
    requests.push(profile(id));
    await sleep(40);
  }
  await Promise.all(requests);
  // The database's side, from the lab's query log (after the warm-up).
  const traffic = queryLog.entries.filter((q) => q.atMs >= start);
  const inFirst = (s: number) => traffic.filter((q) => q.atMs < start + s * 1000);
  // Seconds the database spent answering: 10 s in 10 s is a core (or a
  // connection) busy the whole time.
  const busy = (qs: typeof traffic) =>
    `${n(qs.reduce((a, q) => a + q.ms, 0) / 1000, 1)} s`;
  return {
    'warm-up': `${n(warmMs)} ms`,
    'queries, 1st second': inFirst(1).length,
    'queries, 1st 10 s': inFirst(10).length,
    'queries, 1st minute': traffic.length,
    'DB time, 1st 10 s': busy(inFirst(10)),
    'DB time, 1st minute': busy(traffic),
  };
}

const cold = await firstMinute(false);
const warmed = await firstMinute(true);
// One row per figure, one column per start.
console.table(
  Object.fromEntries(
    Object.keys(cold).map((k) => {
      const key = k as keyof typeof cold;
      return [k, { 'cold start': cold[key], 'warmed': warmed[key] }];
    }),
  ),
);
// Cold, every hot user is a miss the first time it is asked for: the
// database takes the whole working set in the first seconds after the
// deploy, a full-scan query for each. Warmed, the hot 100 cost one query
// before the traffic, and the first minute only queries the long tail.
