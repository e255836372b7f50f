// Solução: um engine com pool, criado uma vez, com pre-ping.
import { createEngine } from '@lab/db';

// ✅ Até 10 conexões abertas, reaproveitadas; o pre-ping troca as que
// morreram num reinício do banco antes de entregá-las.
const engine = createEngine({ poolSize: 10, maxOverflow: 0, poolPrePing: true });

export async function userName(id: number) {
  const user = await engine.db.user.findUnique({ where: { id } });
  return user ? user.name : null;
}

const names = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(userName));
console.log(names.join(', '));
