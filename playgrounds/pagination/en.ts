import { db, queryLog } from '@lab/db';

// A feed of posts, 20 per page. Page 501 holds posts 10,001 to 10,020
// (20,000 posts in all, ids in sequence).
const pageSize = 20;
const fmt = (n: number) => n.toLocaleString('en');
const round = (ms: number) => Math.round(ms * 100) / 100;

// Runs a query and shows what the database did, read from the query log:
// how many rows it went through to return the page and how long it took.
async function measured(label: string, query: () => Promise<{ id: number }[]>) {
  queryLog.clear();
  const rows = await query();
  const { rowsRead, ms } = queryLog.summary();
  console.log(`${label}: ${rows.length} returned, ${fmt(rowsRead)} rows read, ${fmt(ms)} ms`);
  console.log(`  ${queryLog.last()!.plan.join('\n  ')}`);
  return rows;
}

// ❌ OFFSET: the database cannot know where row 10,001 starts; it walks
// through and throws away the 10,000 before it to return 20.
const byOffset = await measured('OFFSET 10000 LIMIT 20', () =>
  db.post.findMany({ orderBy: { id: 'asc' }, skip: 10_000, take: pageSize }),
);

// ✅ Cursor: the client sends back the last id it saw (page 500's) and the
// primary key index goes straight to it: WHERE id > 10000.
const lastId = 10_000;
const byCursor = await measured('Cursor id > 10000 LIMIT 20', () =>
  db.post.findMany({ where: { id: { gt: lastId } }, orderBy: { id: 'asc' }, take: pageSize }),
);

// The same page, row for row: only the cost changed.
const same = JSON.stringify(byOffset) === JSON.stringify(byCursor);
console.log(`Same page from both? ${same ? 'yes' : 'no'} (ids ${byCursor[0]!.id} to ${byCursor.at(-1)!.id})`);

// Moving on: with OFFSET each page costs more than the one before (it reads
// everything that came before); with a cursor each page reads its own 20.
const pages: Record<string, number>[] = [];
let cursor = byCursor.at(-1)!.id;
for (let page = 502; page <= 505; page++) {
  queryLog.clear();
  await db.post.findMany({ orderBy: { id: 'asc' }, skip: (page - 1) * pageSize, take: pageSize });
  const offsetCost = queryLog.summary();
  queryLog.clear();
  const next = await db.post.findMany({ where: { id: { gt: cursor } }, orderBy: { id: 'asc' }, take: pageSize });
  const cursorCost = queryLog.summary();
  cursor = next.at(-1)!.id;
  pages.push({
    'page': page,
    'OFFSET: rows read': offsetCost.rowsRead,
    'OFFSET: ms': round(offsetCost.ms),
    'cursor: rows read': cursorCost.rowsRead,
    'cursor: ms': round(cursorCost.ms),
  });
}
console.table(pages);
