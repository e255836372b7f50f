import { db, queryLog } from '@lab/db';

// posts.user_id gets an index first (PostgreSQL does not index foreign
// keys by itself; see the indexes playground). Then each lookup reads only
// its own rows, and the difference left is round trips.
await db.$createIndex('posts', 'userId');

const fmt = (ms: number) => ms.toLocaleString('en', { maximumFractionDigits: 2 });

type Post = { id: number };
type UserWithPosts = { id: number; name: string; posts: Post[] };

// Measures one way of loading 50 users with their posts: queries sent
// (from the log), rows read and simulated time.
async function measured(label: string, load: () => Promise<UserWithPosts[]>) {
  queryLog.clear();
  const start = performance.now();
  const users = await load();
  const ms = performance.now() - start;
  const { queries, rowsRead } = queryLog.summary();
  const posts = users.reduce((n, u) => n + u.posts.length, 0);
  console.log(`${label}: ${queries} queries, ${rowsRead} rows read, ${fmt(ms)} ms → ${users.length} users, ${posts} posts`);
  return users;
}

// ❌ N+1: one query for the users and one more for each user's posts.
// Each query is a round trip to the database, awaited before the next.
const lazy = await measured('N+1 (lazy)', async () => {
  const users = await db.user.findMany({ take: 50 });
  const out: UserWithPosts[] = [];
  for (const user of users) {
    const posts = await db.post.findMany({ where: { userId: user.id } });
    out.push({ ...user, posts });
  }
  return out;
});

// ✅ joinedload: a LEFT JOIN brings users and posts in a single query.
const joined = await measured('join (joinedload)', () =>
  db.user.findMany({ take: 50, include: { posts: true }, relationLoadStrategy: 'join' }),
);

// ✅ selectinload: two queries, the second with WHERE user_id IN (...).
// It avoids repeating the user's columns on every post row of the JOIN.
const selectIn = await measured('IN (selectinload)', () =>
  db.user.findMany({ take: 50, include: { posts: true }, relationLoadStrategy: 'query' }),
);

// All three return exactly the same data: only the number of round trips
// changed.
const key = (users: UserWithPosts[]) => JSON.stringify(users.map((u) => [u.id, u.posts.map((p) => p.id)]));
const same = key(lazy) === key(joined) && key(joined) === key(selectIn);
console.log(`Same users and posts from all three? ${same ? 'yes' : 'no'}`);
