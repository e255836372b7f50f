// Solution: an engine with a pool, created once, with pre-ping.
import { createEngine } from '@lab/db';

// ✅ At most 10 open connections, reused; pre-ping replaces the ones a
// database restart killed before handing them out.
const engine = createEngine({ poolSize: 10, maxOverflow: 0, poolPrePing: true });

export async function userName(id: number) {
  const user = await engine.db.user.findUnique({ where: { id } });
  return user ? user.name : null;
}

const names = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(userName));
console.log(names.join(', '));
