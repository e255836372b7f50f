// Solution: try/finally gives the connection back on every way out.
import { createEngine } from '@lab/db';

export const engine = createEngine({ poolSize: 5, maxOverflow: 0, poolTimeoutMs: 1_000 });

export async function renameUser(id: number, name: string) {
  const conn = await engine.connect();
  try {
    const user = await conn.user.findUnique({ where: { id } });
    if (!user) throw new Error(`user ${id} does not exist`);
    return await conn.user.update({ where: { id }, data: { name } });
  } finally {
    // ✅ Runs on return and on throw.
    conn.release();
  }
}

await renameUser(99_999, 'Nobody').catch((e) => console.log(e.message));
console.log('checked out:', engine.stats().checkedOut);
