// Exercise: a connection leak on the error path. Give the connection
// back to the pool on every way out of the function.
import { createEngine } from '@lab/db';

export const engine = createEngine({ poolSize: 5, maxOverflow: 0, poolTimeoutMs: 1_000 });

export async function renameUser(id: number, name: string) {
  const conn = await engine.connect();
  const user = await conn.user.findUnique({ where: { id } });
  // ❌ This throw leaves the function without release(): the connection stays out.
  if (!user) throw new Error(`user ${id} does not exist`);
  const renamed = await conn.user.update({ where: { id }, data: { name } });
  conn.release();
  return renamed;
}

// Try it: an id that does not exist, then look at the pool.
await renameUser(99_999, 'Nobody').catch((e) => console.log(e.message));
console.log('checked out:', engine.stats().checkedOut);
