// Solução: WHERE id > cursor, pelo índice da chave primária.
import { db, queryLog } from '@lab/db';

export async function postsAfter(after: number | null, size: number) {
  // ✅ O índice vai direto ao primeiro id depois do cursor, mesmo que esse
  // post tenha sido apagado. Um a mais diz se existe próxima página.
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
console.log(`${page.posts.length} posts, próxima: ${page.next}, ${read} linhas lidas`);
