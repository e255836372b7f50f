// Solution: include loads the posts along, with a JOIN (one query).
import { db, queryLog } from '@lab/db';

export async function authorsWithPosts(ids: number[]) {
  // ✅ A single query, whatever the number of ids.
  return db.user.findMany({ where: { id: { in: ids } }, include: { posts: true } });
}

const before = queryLog.count;
const authors = await authorsWithPosts([1, 2, 3]);
console.log(`${authors.length} users, ${queryLog.count - before} queries`);
