// Solução: try/finally devolve a conexão em qualquer saída.
import { createEngine } from '@lab/db';

export const engine = createEngine({ poolSize: 5, maxOverflow: 0, poolTimeoutMs: 1_000 });

export async function renameUser(id: number, name: string) {
  const conn = await engine.connect();
  try {
    const user = await conn.user.findUnique({ where: { id } });
    if (!user) throw new Error(`usuário ${id} não existe`);
    return await conn.user.update({ where: { id }, data: { name } });
  } finally {
    // ✅ Roda no return e no throw.
    conn.release();
  }
}

await renameUser(99_999, 'Ninguém').catch((e) => console.log(e.message));
console.log('emprestadas:', engine.stats().checkedOut);
