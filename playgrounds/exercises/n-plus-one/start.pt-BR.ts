// Exercício: a query N+1. Deixe authorsWithPosts com uma ou duas
// queries para qualquer lista de ids, com o mesmo resultado.
import { db, queryLog } from '@lab/db';

export async function authorsWithPosts(ids: number[]) {
  const users = await db.user.findMany({ where: { id: { in: ids } } });
  // ❌ Mais uma query POR usuário: N+1 idas e voltas.
  for (const user of users) {
    user.posts = await db.post.findMany({ where: { userId: user.id } });
  }
  return users;
}

// Experimente: a verificação chama a função com outros ids.
const before = queryLog.count;
const authors = await authorsWithPosts([1, 2, 3]);
console.log(`${authors.length} usuários, ${queryLog.count - before} queries`);
