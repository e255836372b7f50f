// Paginação: OFFSET x cursor. A tabela posts tem 20.000 linhas e
// queremos a página logo depois do post 10.000, 20 posts por página.
import { db, queryLog } from '@lab/db';

const PAGE = 20;
const n = (x: number) => x.toLocaleString('pt-BR');
const ms = (t: number) => `${n(Math.round(t * 1000) / 1000)} ms`;

// ❌ OFFSET: para entregar 20 linhas o banco percorre e descarta as
// 10.000 anteriores. (O módulo esquece o ORDER BY: sem ele o PostgreSQL
// não promete ordem nenhuma e as páginas podem repetir ou pular posts.)
const byOffset = (offset: number) =>
  ({ orderBy: { id: 'asc' }, skip: offset, take: PAGE }) as const;

// ✅ Cursor (keyset): "WHERE id > último id visto". O índice da chave
// primária salta direto para lá e lê só as 20 linhas da página.
const byCursor = (lastId: number) =>
  ({ where: { id: { gt: lastId } }, orderBy: { id: 'asc' }, take: PAGE }) as const;

// Roda a consulta e lê no query log do laboratório o que ela custou.
async function page(name: string, args: ReturnType<typeof byOffset | typeof byCursor>) {
  const start = performance.now();
  const rows = await db.post.findMany(args);
  // Uma medida por versão: a timeline a desenha como uma faixa e compara
  // as duas.
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
  console.log(`${label}: ${p.ids.length} posts (ids ${n(p.ids[0]!)}–${n(p.ids.at(-1)!)}), ${n(p.rowsRead)} linhas lidas, ${ms(p.ms)}`);
  console.log(`  ${p.sql}`);
  // EXPLAIN ANALYZE: o plano mostra por onde o banco passou.
  const plan = await db.post.explain('findMany', args);
  for (const line of plan.plan) console.log(`    ${line}`);
}
const same = offsetPage.ids.join() === cursorPage.ids.join();
console.log(`Mesmas linhas nas duas páginas: ${same ? 'sim' : 'não'}`);

// Um leitor avançando página a página a partir dali: com OFFSET cada
// página custa mais que a anterior; com cursor, sempre 20 linhas.
const pages = [];
let offset = 10_000;
let lastId = 10_000;
for (let i = 1; i <= 5; i++) {
  const a = await page(`OFFSET ${offset}`, byOffset(offset));
  const b = await page(`cursor > ${lastId}`, byCursor(lastId));
  pages.push({
    'página': i,
    'OFFSET: linhas lidas': a.rowsRead,
    'OFFSET: tempo': ms(a.ms),
    'cursor: linhas lidas': b.rowsRead,
    'cursor: tempo': ms(b.ms),
    'mesmas linhas': a.ids.join() === b.ids.join(),
  });
  offset += PAGE;
  // O cliente guarda o último id da página (na URL, ?after=10020).
  lastId = b.ids.at(-1)!;
}
console.table(pages);
