// Pagination: OFFSET vs cursor. The posts table has 20,000 rows and we
// want the page right after post 10,000, 20 posts per page.
import { db, queryLog } from '@lab/db';

const PAGE = 20;
const n = (x: number) => x.toLocaleString('en');
const ms = (t: number) => `${n(Math.round(t * 1000) / 1000)} ms`;

// ❌ OFFSET: to hand back 20 rows the database walks through and throws
// away the 10,000 before them. (The module leaves out ORDER BY: without
// it PostgreSQL promises no order, and pages may repeat or skip posts.)
const byOffset = (offset: number) =>
  ({ orderBy: { id: 'asc' }, skip: offset, take: PAGE }) as const;

// ✅ Cursor (keyset): "WHERE id > last id seen". The primary key index
// jumps straight there and reads only the page's 20 rows.
const byCursor = (lastId: number) =>
  ({ where: { id: { gt: lastId } }, orderBy: { id: 'asc' }, take: PAGE }) as const;

// Runs the query and reads what it cost from the lab's query log.
async function page(name: string, args: ReturnType<typeof byOffset | typeof byCursor>) {
  const start = performance.now();
  const rows = await db.post.findMany(args);
  // A measure per version: the timeline draws it as a band and compares
  // the two.
  performance.measure(name, { start });
  const entry = queryLog.last()!;
  return { ids: rows.map((r) => r.id as number), sql: entry.sql, rowsRead: entry.rowsRead, ms: entry.ms };
}

const offsetPage = await page('OFFSET', byOffset(10_000));
const cursorPage = await page('cursor', byCursor(10_000));

for (const [label, p, args] of [
  ['OFFSET 10000 LIMIT 20', offsetPage, byOffset(10_000)],
  ['Cursor id > 10000 LIMIT 20', cursorPage, byCursor(10_000)],
] as const) {
  console.log(`${label}: ${p.ids.length} posts (ids ${n(p.ids[0]!)}–${n(p.ids.at(-1)!)}), ${n(p.rowsRead)} rows read, ${ms(p.ms)}`);
  console.log(`  ${p.sql}`);
  // EXPLAIN ANALYZE: the plan shows the path the database took.
  const plan = await db.post.explain('findMany', args);
  for (const line of plan.plan) console.log(`    ${line}`);
}
const same = offsetPage.ids.join() === cursorPage.ids.join();
console.log(`Same rows on both pages: ${same ? 'yes' : 'no'}`);

// A reader moving on page by page from there: with OFFSET each page
// costs more than the one before; with a cursor, always 20 rows.
const pages = [];
let offset = 10_000;
let lastId = 10_000;
for (let i = 1; i <= 5; i++) {
  const a = await page(`OFFSET ${offset}`, byOffset(offset));
  const b = await page(`cursor > ${lastId}`, byCursor(lastId));
  pages.push({
    'page': i,
    'OFFSET: rows read': a.rowsRead,
    'OFFSET: time': ms(a.ms),
    'cursor: rows read': b.rowsRead,
    'cursor: time': ms(b.ms),
    'same rows': a.ids.join() === b.ids.join(),
  });
  offset += PAGE;
  // The client keeps the page's last id (in the URL, ?after=10020).
  lastId = b.ids.at(-1)!;
}
console.table(pages);
