// Solução: include carrega os posts junto, com um JOIN (uma query).
import { db, queryLog } from '@lab/db';

export async function authorsWithPosts(ids: number[]) {
  // ✅ Uma query só, qualquer que seja o número de ids.
  return db.user.findMany({ where: { id: { in: ids } }, include: { posts: true } });
}

const before = queryLog.count;
const authors = await authorsWithPosts([1, 2, 3]);
console.log(`${authors.length} usuários, ${queryLog.count - before} queries`);
