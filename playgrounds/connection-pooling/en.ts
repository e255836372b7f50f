// Connection pooling. Opening a PostgreSQL connection over TLS takes 6
// round trips (TCP, SSL request, TLS, startup and SCRAM authentication)
// before the first query, about 3 ms; a pool opens a few and reuses them.
import { createConnection, createEngine, restartDatabase } from '@lab/db';

const n = (x: number) => x.toLocaleString('en');
const ms = (t: number) => `${n(Math.round(t * 1000) / 1000)} ms`;
const REQUESTS = 100;

// ❌ The module's get_user: a new connection for every request.
async function getUserNewConnection(userId: number) {
  const conn = await createConnection(); // slow!
  const user = await conn.user.findUnique({ where: { id: userId } });
  await conn.close();
  return user;
}

// ✅ The module's create_engine: 20 steady connections, up to 30 under
// load, each one checked (SELECT 1) before it is handed out.
const engine = createEngine({ name: 'pool', poolSize: 20, maxOverflow: 10, poolPrePing: true });
// The same pool without pre-ping, to measure what the check costs.
const noPing = createEngine({ name: 'no pre-ping', poolSize: 20, maxOverflow: 10 });
// The server is already up: each pool has opened its first connection.
for (const e of [engine, noPing]) (await e.connect()).release();

// 100 requests, one after another, each fetching a user.
async function serve(label: string, getUser: (id: number) => Promise<unknown>) {
  const start = performance.now();
  for (let id = 1; id <= REQUESTS; id++) await getUser(id);
  // A measure named after the phase: the timeline draws it as a band and
  // compares it with the others.
  performance.measure(label, { start });
  const took = performance.now() - start;
  console.log(`${label}: ${REQUESTS} requests in ${ms(took)} (${ms(took / REQUESTS)} each)`);
  return took;
}
const fresh = await serve('New connection per request', getUserNewConnection);
const pooled = await serve('Pool without pre-ping', (id) => noPing.db.user.findUnique({ where: { id } }));
const pinged = await serve('Pool with pre-ping', (id) => engine.db.user.findUnique({ where: { id } }));
console.log(`What the pool saves: ${ms(fresh - pooled)} = ${REQUESTS} × ${ms((fresh - pooled) / REQUESTS)} of connection set-up`);
console.log(`What pre-ping costs: ${ms(pinged - pooled)} = ${REQUESTS} × ${ms((pinged - pooled) / REQUESTS)} (one SELECT 1 per checkout)`);

// What pre-ping buys: the database restarted and idle connections died.
restartDatabase();
for (const [label, e] of [['Without pre-ping', noPing], ['With pre-ping', engine]] as const) {
  try {
    await e.db.user.findUnique({ where: { id: 1 } });
    console.log(`${label}, after the restart: ok (${e.stats().replaced} dead connection swapped for a new one)`);
  } catch (err) {
    console.log(`${label}, after the restart: error 500 (${(err as Error).message.split('.')[0]})`);
  }
}

// Load above the pool: 40 slow reports at once (each scans 20,000
// posts). Past 20 + 10 connections, the rest wait in the queue.
const before = engine.stats();
const start = performance.now();
await Promise.all(Array.from({ length: 40 }, () => engine.db.post.count({ where: { published: true } })));
const after = engine.stats();
console.log(`40 at once: ${before.open + after.created - before.created} connections at the peak, ${after.waited - before.waited} waited for a free one, ${ms(performance.now() - start)}; afterwards, ${after.open} open (overflow closes on return)`);

// ❌ No try/finally: when the query throws, release() never runs and the
// connection stays stuck. (The module's get_user has the same flaw: if
// the query raises, db.close() does not run.)
async function getUserLeaky(id: number) {
  const conn = await engine.connect();
  const user = await conn.user.findUniqueOrThrow({ where: { id } });
  conn.release();
  return user;
}
// ✅ try/finally returns the connection whatever happens.
// engine.session(async (db) => ...) does the same, like `with Session(engine)`.
async function getUserSafe(id: number) {
  const conn = await engine.connect();
  try {
    return await conn.user.findUniqueOrThrow({ where: { id } });
  } finally {
    conn.release();
  }
}

// 30 requests for a user that does not exist (404), then a normal one.
// The safe version runs first: the other one leaves the pool unusable.
for (const [label, getUser] of [['With try/finally', getUserSafe], ['Without try/finally', getUserLeaky]] as const) {
  await Promise.allSettled(Array.from({ length: 30 }, () => getUser(999_999)));
  const stuck = engine.stats().checkedOut;
  const start = performance.now();
  try {
    await getUser(1);
    console.log(`${label}: ${stuck} connections stuck; the next request: ok in ${ms(performance.now() - start)}`);
  } catch (err) {
    console.log(`${label}: ${stuck} connections stuck; the next request waited ${ms(performance.now() - start)}: ${(err as Error).message}`);
  }
}
