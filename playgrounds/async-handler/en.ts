// The first handler of the "Async FastAPI" section: GET /users/{user_id}
// with an async database session, serving many requests.
import { createEngine } from '@lab/db';

const n = (x: number) => x.toLocaleString('en');
const ms = (t: number) => `${n(Math.round(t * 1000) / 1000)} ms`;
type Response = { status: number; body: unknown };

// create_async_engine("postgresql+asyncpg://...") with no pool arguments,
// as in the module: SQLAlchemy's defaults, pool_size=5 and max_overflow=10,
// so at most 15 connections. createEngine() uses the same defaults.
const engine = createEngine();
const maxConnections = 5 + 10;

// ❌ As in the module: scalar_one_or_none() returns None for an id that
// does not exist, and FastAPI answers 200 with a null body.
async function getUserAsIs(userId: number): Promise<Response> {
  const user = await engine.session((session) => session.user.findUnique({ where: { id: userId } }));
  return { status: 200, body: user };
}

// ✅ `async with AsyncSession(engine) as session`: engine.session takes
// a connection from the pool and gives it back on the way out, even if
// something throws. findUnique is scalar_one_or_none: the row or null,
// and null becomes a 404.
async function getUser(userId: number): Promise<Response> {
  const user = await engine.session((session) => session.user.findUnique({ where: { id: userId } }));
  if (user === null) return { status: 404, body: { detail: 'User not found' } };
  return { status: 200, body: user };
}

const found = await getUser(7);
console.log(`GET /users/7 → ${found.status} ${JSON.stringify(found.body)}`);
const [asIs, fixed] = [await getUserAsIs(999_999), await getUser(999_999)];
console.log(`GET /users/999999 → module: ${asIs.status} ${JSON.stringify(asIs.body)}; fixed: ${fixed.status} ${JSON.stringify(fixed.body)}`);

// Many requests: 300 different users arriving together.
const ids = Array.from({ length: 300 }, (_, i) => i + 1);

async function measure(label: string, serve: () => Promise<Response[]>) {
  const start = performance.now();
  const responses = await serve();
  // A measure named after the phase: the timeline draws it as a band and
  // compares it with the others.
  performance.measure(label, { start });
  const took = performance.now() - start;
  const ok = responses.filter((r) => r.status === 200).length;
  const perSecond = Math.round(ids.length / (took / 1000));
  console.log(`${label}: ${ok} OK responses in ${ms(took)}, ${n(perSecond)} req/s`);
  return took;
}

// ❌ One at a time, like a blocking call inside `async def` (or a sync
// server with a single worker): while it waits for the database, nobody
// else gets served. A `def` handler is not like this: FastAPI runs it on
// a thread pool (40 threads by default), which serves several at once.
const serial = await measure('One at a time', async () => {
  const out: Response[] = [];
  for (const id of ids) out.push(await getUser(id));
  return out;
});

// ✅ Async: while one request waits for the database, the event loop
// serves another. The limit becomes the pool: up to 15 queries at once.
const concurrent = await measure('Async, all together', () => Promise.all(ids.map(getUser)));
const stats = engine.stats();
console.log(`Gain: ${n(Math.round((serial / concurrent) * 10) / 10)}× (at most ${maxConnections}, the pool's connections); ${stats.created} connections opened, ${n(stats.waited)} requests waited for a free one`);
// These are database times only: FastAPI itself also spends CPU per
// request, which is why the reference is 10k-20k req/s per process.
console.log("These req/s count only the wait for the database; with FastAPI's CPU, the reference is 10k-20k req/s per process.");
