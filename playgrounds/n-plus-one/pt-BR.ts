import { db, queryLog } from '@lab/db';

// posts.user_id ganha um índice antes de tudo (o PostgreSQL não indexa
// chaves estrangeiras sozinho; veja o playground de índices). Assim cada
// busca lê só as suas linhas e o que sobra de diferença é ida e volta.
await db.$createIndex('posts', 'userId');

const fmt = (ms: number) => ms.toLocaleString('pt-BR', { maximumFractionDigits: 2 });

type Post = { id: number };
type UserWithPosts = { id: number; name: string; posts: Post[] };

// Mede um jeito de carregar 50 usuários com os seus posts: queries
// enviadas (do log), linhas lidas e tempo simulado.
async function measured(label: string, load: () => Promise<UserWithPosts[]>) {
  queryLog.clear();
  const start = performance.now();
  const users = await load();
  const ms = performance.now() - start;
  const { queries, rowsRead } = queryLog.summary();
  const posts = users.reduce((n, u) => n + u.posts.length, 0);
  console.log(`${label}: ${queries} queries, ${rowsRead} linhas lidas, ${fmt(ms)} ms → ${users.length} usuários, ${posts} posts`);
  return users;
}

// ❌ N+1: uma query para os usuários e mais uma para os posts de cada um.
// Cada query é uma ida e volta ao banco, esperada antes da próxima.
const lazy = await measured('N+1 (lazy)', async () => {
  const users = await db.user.findMany({ take: 50 });
  const out: UserWithPosts[] = [];
  for (const user of users) {
    const posts = await db.post.findMany({ where: { userId: user.id } });
    out.push({ ...user, posts });
  }
  return out;
});

// ✅ joinedload: um LEFT JOIN traz usuários e posts numa só query.
const joined = await measured('join (joinedload)', () =>
  db.user.findMany({ take: 50, include: { posts: true }, relationLoadStrategy: 'join' }),
);

// ✅ selectinload: duas queries, a segunda com WHERE user_id IN (...).
// Evita repetir as colunas do usuário em cada linha de post do JOIN.
const selectIn = await measured('IN (selectinload)', () =>
  db.user.findMany({ take: 50, include: { posts: true }, relationLoadStrategy: 'query' }),
);

// Os três devolvem exatamente os mesmos dados: só o número de idas e
// voltas mudou.
const key = (users: UserWithPosts[]) => JSON.stringify(users.map((u) => [u.id, u.posts.map((p) => p.id)]));
const same = key(lazy) === key(joined) && key(joined) === key(selectIn);
console.log(`Mesmos usuários e posts nos três? ${same ? 'sim' : 'não'}`);
