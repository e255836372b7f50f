// Índices e EXPLAIN: "os posts do usuário 42", antes e depois de um
// índice em posts.user_id. O PostgreSQL não cria índice para chave
// estrangeira sozinho: sem ele, cada busca varre a tabela inteira.
import { db, queryLog, tables } from '@lab/db';

const n = (x: number) => x.toLocaleString('pt-BR');
const ms = (t: number) => `${n(Math.round(t * 1000) / 1000)} ms`;
const postsOfUser = { where: { userId: 42 } };

// EXPLAIN ANALYZE da consulta: o plano, as linhas lidas e o tempo.
async function explain(label: string) {
  const plan = await db.post.explain('findMany', postsOfUser);
  const { access, index } = plan.statements[0]!;
  const took = queryLog.last()!.ms;
  console.log(`${label}: ${access}${index ? ` (${index})` : ''}, ${n(plan.rowsRead)} linhas lidas para ${n(plan.rowsReturned)} posts, ${ms(took)}`);
  for (const line of plan.plan) console.log(`    ${line}`);
  return took;
}

console.log(`Tabela posts: ${n(tables().posts)} linhas`);
console.log(`Índices: ${db.$indexes().map((i) => i.name).join(', ')}`);

// ❌ Sem índice: Seq Scan, lê as 20.000 linhas para achar umas poucas.
const before = await explain('Sem índice');

// CREATE INDEX lê a tabela inteira uma vez para montar o índice.
const name = await db.$createIndex('posts', 'userId');
const build = queryLog.last()!;
console.log(`${build.sql}: ${n(build.rowsRead)} linhas lidas, ${ms(build.ms)}`);

// ✅ Com índice: Index Scan, lê só as linhas do usuário 42.
const after = await explain('Com índice');
console.log(`Cada busca: ${ms(before)} → ${ms(after)} (${n(Math.round(before / after))}× mais rápida).`);
// O índice se paga em poucas buscas; em troca, todo INSERT/UPDATE em
// posts também atualiza o índice, e ele ocupa disco. Indexe as colunas
// que você usa em WHERE e JOIN, não todas.
const payback = Math.ceil(build.ms / (before - after));
console.log(`Montar o índice custou ${ms(build.ms)}: ele se paga na ${payback}ª busca.`);

// DROP INDEX: o plano volta a ser a varredura completa.
await db.$dropIndex(name);
console.log(`DROP INDEX ${name}`);
await explain('Depois do DROP');
