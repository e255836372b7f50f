// Exercise: the N+1 query. Make authorsWithPosts send one or two
// queries for any list of ids, with the same result.
import { db, queryLog } from '@lab/db';

export async function authorsWithPosts(ids: number[]) {
  const users = await db.user.findMany({ where: { id: { in: ids } } });
  // ❌ One more query PER user: N+1 round trips.
  for (const user of users) {
    user.posts = await db.post.findMany({ where: { userId: user.id } });
  }
  return users;
}

// Try it: the check calls the function with other ids.
const before = queryLog.count;
const authors = await authorsWithPosts([1, 2, 3]);
console.log(`${authors.length} users, ${queryLog.count - before} queries`);
