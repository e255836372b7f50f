// Exercício: vazamento de conexão no caminho de erro. Devolva a conexão
// ao pool em qualquer saída da função.
import { createEngine } from '@lab/db';

export const engine = createEngine({ poolSize: 5, maxOverflow: 0, poolTimeoutMs: 1_000 });

export async function renameUser(id: number, name: string) {
  const conn = await engine.connect();
  const user = await conn.user.findUnique({ where: { id } });
  // ❌ Este throw sai da função sem release(): a conexão fica presa.
  if (!user) throw new Error(`usuário ${id} não existe`);
  const renamed = await conn.user.update({ where: { id }, data: { name } });
  conn.release();
  return renamed;
}

// Experimente: um id que não existe, e veja o pool.
await renameUser(99_999, 'Ninguém').catch((e) => console.log(e.message));
console.log('emprestadas:', engine.stats().checkedOut);
