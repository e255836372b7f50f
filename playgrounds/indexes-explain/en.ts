// Indexes and EXPLAIN: "the posts of user 42", before and after an
// index on posts.user_id. PostgreSQL does not index a foreign key by
// itself: without one, every lookup scans the whole table.
import { db, queryLog, tables } from '@lab/db';

const n = (x: number) => x.toLocaleString('en');
const ms = (t: number) => `${n(Math.round(t * 1000) / 1000)} ms`;
const postsOfUser = { where: { userId: 42 } };

// EXPLAIN ANALYZE of the query: the plan, the rows read and the time.
async function explain(label: string) {
  const plan = await db.post.explain('findMany', postsOfUser);
  const { access, index } = plan.statements[0]!;
  const took = queryLog.last()!.ms;
  console.log(`${label}: ${access}${index ? ` (${index})` : ''}, ${n(plan.rowsRead)} rows read for ${n(plan.rowsReturned)} posts, ${ms(took)}`);
  for (const line of plan.plan) console.log(`    ${line}`);
  return took;
}

console.log(`Table posts: ${n(tables().posts)} rows`);
console.log(`Indexes: ${db.$indexes().map((i) => i.name).join(', ')}`);

// ❌ No index: Seq Scan, reads all 20,000 rows to find a handful.
const before = await explain('No index');

// CREATE INDEX reads the whole table once to build the index.
const name = await db.$createIndex('posts', 'userId');
const build = queryLog.last()!;
console.log(`${build.sql}: ${n(build.rowsRead)} rows read, ${ms(build.ms)}`);

// ✅ With the index: Index Scan, reads only user 42's rows.
const after = await explain('With index');
console.log(`Each lookup: ${ms(before)} → ${ms(after)} (${n(Math.round(before / after))}× faster).`);
// The index pays for itself within a few lookups; in exchange every
// INSERT/UPDATE on posts also updates the index, and it takes disk
// space. Index the columns you use in WHERE and JOIN, not all of them.
const payback = Math.ceil(build.ms / (before - after));
console.log(`Building the index cost ${ms(build.ms)}: it pays for itself by lookup #${payback}.`);

// DROP INDEX: the plan goes back to the full scan.
await db.$dropIndex(name);
console.log(`DROP INDEX ${name}`);
await explain('After DROP');
