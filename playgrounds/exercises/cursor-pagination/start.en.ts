// Exercise: OFFSET pagination. Make postsAfter read only the page,
// however deep the page is.
import { db, queryLog } from '@lab/db';

export async function postsAfter(after: number | null, size: number) {
  // ❌ The cursor becomes an OFFSET: the database reads every row before the page.
  const offset = after === null ? 0 : await db.post.count({ where: { id: { lte: after } } });
  const rows = await db.post.findMany({ orderBy: { id: 'asc' }, skip: offset, take: size + 1 });
  const posts = rows.slice(0, size);
  return { posts, next: rows.length > size ? posts[posts.length - 1].id : null };
}

// Try it: a page near the end of the table.
const page = await postsAfter(19_900, 20);
const read = queryLog.entries.reduce((sum, e) => sum + e.rowsRead, 0);
console.log(`${page.posts.length} posts, next: ${page.next}, ${read} rows read`);
