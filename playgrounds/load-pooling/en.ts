// The same endpoint under rising load (100 → 600 req/s over 6 s),
// three ways: the module's pool (20 + 10), SQLAlchemy's defaults
// (5 + 10) and a new connection per request. Each request holds its
// connection for one query plus 40 ms of work (say, a call to another
// service inside the transaction), so at λ req/s it needs about
// λ × 0.04 connections at once (Little's law): 24 at 600 req/s.
import { load } from '@lab/load';
import { createConnection, createEngine, type Engine } from '@lab/db';
import { sleep } from '@lab/clock';

const traffic = {
  rate: 600, // where the ramp ends
  duration: 6_000,
  profile: { kind: 'ramp', from: 100, to: 600 },
  arrival: 'poisson',
  seed: 5,
} as const;

async function handle(db: Engine['db'], i: number) {
  await db.user.findUnique({ where: { id: (i % 2000) + 1 } });
  await sleep(40);
}

const results = [];
for (const [name, poolSize, maxOverflow] of [
  ['20 + 10', 20, 10],
  ['5 + 10', 5, 10],
] as const) {
  // A short pool timeout (0.5 s) so running dry shows up as errors.
  const engine = createEngine({ poolSize, maxOverflow, poolTimeoutMs: 500 });
  const r = await load((i) => engine.session((db) => handle(db, i)), { ...traffic, label: name });
  results.push({ name, ...r });
}
const perRequest = await load(async (i) => {
  const conn = await createConnection(); // 4 round trips every time
  try {
    await handle(conn, i);
  } finally {
    await conn.close();
  }
}, { ...traffic, label: 'per request' });
results.push({ name: 'per request', ...perRequest });

console.table(
  results.map((r) => ({
    'setup': r.name,
    'ok': r.completed,
    'failed': r.failed,
    'p50 ms': Math.round(r.latency.p50),
    'p99 ms': Math.round(r.latency.p99),
    'max in flight': r.inFlight.max,
  })),
);
// When did each one start to hurt? The first second with a p99 over
// 100 ms or an error, and the arrivals in that second.
for (const r of results) {
  const bad = r.series.find((s) => s.latency.p99 > 100 || s.failed > 0);
  console.log(
    bad
      ? `${r.name}: trouble from second ${bad.second} (${bad.sent} req/s)`
      : `${r.name}: no trouble up to 600 req/s`,
  );
}
for (const [message, count] of Object.entries(results[1]!.errors)) {
  console.log(`5 + 10: ${count} × ${message}`);
}
// A connection per request never waits here, but pays the set-up on
// every request and opens thousands of connections: a real PostgreSQL
// (max_connections = 100 by default) would refuse them past 100.
