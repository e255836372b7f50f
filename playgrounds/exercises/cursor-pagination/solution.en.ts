// Solution: WHERE id > cursor, through the primary key's index.
import { db, queryLog } from '@lab/db';

export async function postsAfter(after: number | null, size: number) {
  // ✅ The index goes straight to the first id after the cursor, even if
  // that post was deleted. One extra row tells whether a next page exists.
  const rows = await db.post.findMany({
    where: after === null ? {} : { id: { gt: after } },
    orderBy: { id: 'asc' },
    take: size + 1,
  });
  const posts = rows.slice(0, size);
  return { posts, next: rows.length > size ? posts[posts.length - 1].id : null };
}

const page = await postsAfter(19_900, 20);
const read = queryLog.entries.reduce((sum, e) => sum + e.rowsRead, 0);
console.log(`${page.posts.length} posts, next: ${page.next}, ${read} rows read`);
