// N+1: listar usuários com os posts de cada um. O custo que pesa aqui
// é a ida e volta ao banco (0,5 ms no mesmo datacenter), paga uma vez
// por query.
import { db, queryLog } from '@lab/db';

const n = (x: number) => x.toLocaleString('pt-BR');
const ms = (t: number) => `${n(Math.round(t * 1000) / 1000)} ms`;
// Uma página de 50 usuários (com todos os 2.000 seriam 2.001 queries).
const USERS = 50;

// Um schema saudável indexa a chave estrangeira (veja o playground de
// índices); assim a comparação abaixo mede só as idas e voltas.
await db.$createIndex('posts', 'userId');

async function measure(label: string, load: () => Promise<Record<string, unknown>[]>) {
  const first = queryLog.count;
  const start = performance.now();
  const users = await load();
  // Uma medida com o nome da fase: a timeline a desenha como uma faixa e
  // a compara com as outras.
  performance.measure(label, { start });
  const took = performance.now() - start;
  // As queries desta versão, lidas do query log do laboratório.
  const sql = queryLog.entries.slice(first);
  const rowsRead = sql.reduce((sum, e) => sum + e.rowsRead, 0);
  const posts = users.reduce((sum, u) => sum + (u.posts as unknown[]).length, 0);
  console.log(`${label}: ${users.length} usuários e ${n(posts)} posts em ${sql.length} ${sql.length === 1 ? 'query' : 'queries'}, ${n(rowsRead)} linhas lidas, ${ms(took)}`);
  return { took, sql, data: JSON.stringify(users) };
}

// ❌ N+1: uma query para os usuários e mais uma POR usuário.
const lazy = await measure('N+1', async () => {
  const users = await db.user.findMany({ take: USERS });
  for (const user of users) {
    user.posts = await db.post.findMany({ where: { userId: user.id } });
  }
  return users;
});
// Trocar o for por Promise.all esconde a espera, mas o banco recebe as
// mesmas 51 queries, e as 50 de uma vez disputam as conexões do pool.

// ✅ joinedload → include com JOIN: uma query só.
const joined = await measure('include, JOIN (joinedload)', () =>
  db.user.findMany({ take: USERS, include: { posts: true }, relationLoadStrategy: 'join' }),
);
// ✅ selectinload → include com uma segunda query (WHERE user_id IN ...).
const selectIn = await measure('include, 2 queries (selectinload)', () =>
  db.user.findMany({ take: USERS, include: { posts: true }, relationLoadStrategy: 'query' }),
);
// O SQL de cada uma (a lista do IN encurtada).
const short = (sql: string) => sql.replace(/\$1(, \$\d+)+/, (list) => `$1, …, ${list.split(', ').at(-1)}`);
for (const e of [...joined.sql, ...selectIn.sql]) console.log(`  ${short(e.sql)}`);

const same = lazy.data === joined.data && joined.data === selectIn.data;
console.log(`Mesmos dados nas três versões: ${same ? 'sim' : 'não'}`);
console.log(`N+1 levou ${n(Math.round(lazy.took / joined.took))}× o tempo do JOIN: ${ms(lazy.took - joined.took)} a mais, ${lazy.sql.length - joined.sql.length} idas e voltas a mais.`);
