import { db, queryLog } from '@lab/db';

// Um feed de posts com 20 por página. A página 501 traz os posts
// 10.001 a 10.020 (20.000 posts no total, ids em sequência).
const pageSize = 20;
const fmt = (n: number) => n.toLocaleString('pt-BR');
const round = (ms: number) => Math.round(ms * 100) / 100;

// Roda uma consulta e mostra o que o banco fez, lido do log de queries:
// quantas linhas percorreu para devolver a página e quanto tempo levou.
async function measured(label: string, query: () => Promise<{ id: number }[]>) {
  queryLog.clear();
  const rows = await query();
  const { rowsRead, ms } = queryLog.summary();
  console.log(`${label}: ${rows.length} devolvidas, ${fmt(rowsRead)} linhas lidas, ${fmt(ms)} ms`);
  console.log(`  ${queryLog.last()!.plan.join('\n  ')}`);
  return rows;
}

// ❌ OFFSET: o banco não sabe onde começa a linha 10.001; ele percorre
// e descarta as 10.000 anteriores antes de devolver 20.
const byOffset = await measured('OFFSET 10000 LIMIT 20', () =>
  db.post.findMany({ orderBy: { id: 'asc' }, skip: 10_000, take: pageSize }),
);

// ✅ Cursor: o cliente devolve o último id que viu (o da página 500) e o
// índice da chave primária vai direto a ele: WHERE id > 10000.
const lastId = 10_000;
const byCursor = await measured('Cursor id > 10000 LIMIT 20', () =>
  db.post.findMany({ where: { id: { gt: lastId } }, orderBy: { id: 'asc' }, take: pageSize }),
);

// A mesma página, linha por linha: só o custo mudou.
const same = JSON.stringify(byOffset) === JSON.stringify(byCursor);
console.log(`Mesma página nas duas? ${same ? 'sim' : 'não'} (ids ${byCursor[0]!.id} a ${byCursor.at(-1)!.id})`);

// Seguindo em frente: com OFFSET cada página custa mais que a anterior
// (lê tudo o que veio antes); com cursor, cada página lê só as suas 20.
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
    'página': page,
    'OFFSET: linhas lidas': offsetCost.rowsRead,
    'OFFSET: ms': round(offsetCost.ms),
    'cursor: linhas lidas': cursorCost.rowsRead,
    'cursor: ms': round(cursorCost.ms),
  });
}
console.table(pages);
