// Exercício: paginação com OFFSET. Faça postsAfter ler só a página,
// por mais funda que ela seja.
import { db, queryLog } from '@lab/db';

export async function postsAfter(after: number | null, size: number) {
  // ❌ O cursor vira um OFFSET: o banco lê todas as linhas antes da página.
  const offset = after === null ? 0 : await db.post.count({ where: { id: { lte: after } } });
  const rows = await db.post.findMany({ orderBy: { id: 'asc' }, skip: offset, take: size + 1 });
  const posts = rows.slice(0, size);
  return { posts, next: rows.length > size ? posts[posts.length - 1].id : null };
}

// Experimente: uma página perto do fim da tabela.
const page = await postsAfter(19_900, 20);
const read = queryLog.entries.reduce((sum, e) => sum + e.rowsRead, 0);
console.log(`${page.posts.length} posts, próxima: ${page.next}, ${read} linhas lidas`);
