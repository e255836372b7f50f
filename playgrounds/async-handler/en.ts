import { createEngine } from '@lab/db';

type Engine = ReturnType<typeof createEngine>;
type Response = { status: number; body: unknown };
const fmt = (n: number) => n.toLocaleString('en', { maximumFractionDigits: 1 });
const round = (ms: number) => Math.round(ms * 100) / 100;

// async def get_user(user_id): engine.session is the `async with
// AsyncSession(engine)`: it takes a connection from the pool and gives it
// back at the end. findUnique returns the user or null, like
// scalar_one_or_none().
async function getUser(engine: Engine, userId: number) {
  return engine.session((session) => session.user.findUnique({ where: { id: userId } }));
}

// The GET /users/{user_id} route. In FastAPI, returning None becomes a 200
// with a null body; the client deserves a 404 (raise HTTPException(404)).
async function route(engine: Engine, userId: number): Promise<Response> {
  const user = await getUser(engine, userId);
  return user ? { status: 200, body: user } : { status: 404, body: { detail: 'User not found' } };
}

// 100 requests arrive at once, for users 1 to 100.
const requests = 100;
const ids = Array.from({ length: requests }, (_, i) => i + 1);

// Each scenario has its own engine (a new pool, maxOverflow 0 so the limit
// is exact): the first requests pay for opening the connections.
async function serve(mode: string, poolSize: number, together: boolean) {
  const engine = createEngine({ poolSize, maxOverflow: 0, name: `${mode}, pool ${poolSize}` });
  const start = performance.now();
  const responses: Response[] = [];
  if (together) responses.push(...(await Promise.all(ids.map((id) => route(engine, id)))));
  else for (const id of ids) responses.push(await route(engine, id));
  const ms = performance.now() - start;
  return {
    'mode': mode,
    'pool': poolSize,
    'ms': round(ms),
    'req/s': Math.round(requests / (ms / 1000)),
    '200 OK': responses.filter((r) => r.status === 200).length,
  };
}

// ❌ One at a time: each request waits for the one before it to finish.
// ✅ All at once: while one waits for the database, the event loop serves
// the others. But there are only `poolSize` connections: the rest wait in
// the pool's queue, so the gain never exceeds poolSize times.
const rows = [
  await serve('one at a time', 5, false),
  await serve('all at once', 1, true),
  await serve('all at once', 5, true),
  await serve('all at once', 20, true),
];
console.table(rows);
const gain = rows[0]!.ms / rows[2]!.ms;
console.log(`Gain with pool 5: ${fmt(gain)}× (at most 5×: one query per connection at a time)`);

// A user that does not exist: null becomes a 404, not a 200 with an empty body.
const engine = createEngine({ name: '404' });
const missing = await route(engine, 999_999);
console.log(`GET /users/999999 → ${missing.status}`, missing.body);
