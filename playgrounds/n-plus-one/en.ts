// N+1: list users with each one's posts. The cost that matters here is
// the round trip to the database (0.5 ms inside one datacenter), paid
// once per query.
import { db, queryLog } from '@lab/db';

const n = (x: number) => x.toLocaleString('en');
const ms = (t: number) => `${n(Math.round(t * 1000) / 1000)} ms`;
// A page of 50 users (all 2,000 of them would take 2,001 queries).
const USERS = 50;

// A healthy schema indexes the foreign key (see the indexes
// playground); that way the comparison below measures round trips only.
await db.$createIndex('posts', 'userId');

async function measure(label: string, load: () => Promise<Record<string, unknown>[]>) {
  const first = queryLog.count;
  const start = performance.now();
  const users = await load();
  // A measure named after the phase: the timeline draws it as a band and
  // compares it with the others.
  performance.measure(label, { start });
  const took = performance.now() - start;
  // This version's queries, read from the lab's query log.
  const sql = queryLog.entries.slice(first);
  const rowsRead = sql.reduce((sum, e) => sum + e.rowsRead, 0);
  const posts = users.reduce((sum, u) => sum + (u.posts as unknown[]).length, 0);
  console.log(`${label}: ${users.length} users and ${n(posts)} posts in ${sql.length} ${sql.length === 1 ? 'query' : 'queries'}, ${n(rowsRead)} rows read, ${ms(took)}`);
  return { took, sql, data: JSON.stringify(users) };
}

// ❌ N+1: one query for the users and one more PER user.
const lazy = await measure('N+1', async () => {
  const users = await db.user.findMany({ take: USERS });
  for (const user of users) {
    user.posts = await db.post.findMany({ where: { userId: user.id } });
  }
  return users;
});
// Swapping the for loop for Promise.all hides the wait, but the database
// gets the same 51 queries, and the 50 at once fight over pool connections.

// ✅ joinedload → include with a JOIN: a single query.
const joined = await measure('include, JOIN (joinedload)', () =>
  db.user.findMany({ take: USERS, include: { posts: true }, relationLoadStrategy: 'join' }),
);
// ✅ selectinload → include with a second query (WHERE user_id IN ...).
const selectIn = await measure('include, 2 queries (selectinload)', () =>
  db.user.findMany({ take: USERS, include: { posts: true }, relationLoadStrategy: 'query' }),
);
// The SQL of each (with the IN list shortened).
const short = (sql: string) => sql.replace(/\$1(, \$\d+)+/, (list) => `$1, …, ${list.split(', ').at(-1)}`);
for (const e of [...joined.sql, ...selectIn.sql]) console.log(`  ${short(e.sql)}`);

const same = lazy.data === joined.data && joined.data === selectIn.data;
console.log(`Same data in all three versions: ${same ? 'yes' : 'no'}`);
console.log(`N+1 took ${n(Math.round(lazy.took / joined.took))}× the JOIN's time: ${ms(lazy.took - joined.took)} more, ${lazy.sql.length - joined.sql.length} more round trips.`);
