// Connection pooling. Abrir uma conexão PostgreSQL com TLS custa 6 idas
// e voltas (TCP, pedido de SSL, TLS, início e autenticação SCRAM) antes
// da primeira query, uns 3 ms; um pool abre poucas e as reutiliza.
import { createConnection, createEngine, restartDatabase } from '@lab/db';

const n = (x: number) => x.toLocaleString('pt-BR');
const ms = (t: number) => `${n(Math.round(t * 1000) / 1000)} ms`;
const REQUESTS = 100;

// ❌ O get_user do módulo: uma conexão nova a cada requisição.
async function getUserNewConnection(userId: number) {
  const conn = await createConnection(); // lento!
  const user = await conn.user.findUnique({ where: { id: userId } });
  await conn.close();
  return user;
}

// ✅ O create_engine do módulo: 20 conexões fixas, até 30 sob carga,
// cada uma validada (SELECT 1) antes de ser entregue.
const engine = createEngine({ name: 'pool', poolSize: 20, maxOverflow: 10, poolPrePing: true });
// O mesmo pool sem pre-ping, para medir quanto a validação custa.
const noPing = createEngine({ name: 'sem pre-ping', poolSize: 20, maxOverflow: 10 });
// Servidor já no ar: cada pool abriu sua primeira conexão.
for (const e of [engine, noPing]) (await e.connect()).release();

// 100 requisições, uma depois da outra, cada uma buscando um usuário.
async function serve(label: string, getUser: (id: number) => Promise<unknown>) {
  const start = performance.now();
  for (let id = 1; id <= REQUESTS; id++) await getUser(id);
  // Uma medida com o nome da fase: a timeline a desenha como uma faixa e
  // a compara com as outras.
  performance.measure(label, { start });
  const took = performance.now() - start;
  console.log(`${label}: ${REQUESTS} requisições em ${ms(took)} (${ms(took / REQUESTS)} cada)`);
  return took;
}
const fresh = await serve('Conexão nova por requisição', getUserNewConnection);
const pooled = await serve('Pool sem pre-ping', (id) => noPing.db.user.findUnique({ where: { id } }));
const pinged = await serve('Pool com pre-ping', (id) => engine.db.user.findUnique({ where: { id } }));
console.log(`Economia do pool: ${ms(fresh - pooled)} = ${REQUESTS} × ${ms((fresh - pooled) / REQUESTS)} de abertura de conexão`);
console.log(`Custo do pre-ping: ${ms(pinged - pooled)} = ${REQUESTS} × ${ms((pinged - pooled) / REQUESTS)} (um SELECT 1 por uso)`);

// O que o pre-ping compra: o banco reiniciou e as conexões ociosas morreram.
restartDatabase();
for (const [label, e] of [['Sem pre-ping', noPing], ['Com pre-ping', engine]] as const) {
  try {
    await e.db.user.findUnique({ where: { id: 1 } });
    console.log(`${label}, após o restart: ok (${e.stats().replaced} conexão morta trocada por uma nova)`);
  } catch (err) {
    console.log(`${label}, após o restart: erro 500 (${(err as Error).message.split('.')[0]})`);
  }
}

// Carga acima do pool: 40 relatórios lentos de uma vez (cada um varre
// 20.000 posts). Passando de 20 + 10 conexões, o resto espera na fila.
const before = engine.stats();
const start = performance.now();
await Promise.all(Array.from({ length: 40 }, () => engine.db.post.count({ where: { published: true } })));
const after = engine.stats();
console.log(`40 de uma vez: ${before.open + after.created - before.created} conexões no pico, ${after.waited - before.waited} esperaram por uma livre, ${ms(performance.now() - start)}; depois, ${after.open} abertas (o overflow fecha ao voltar)`);

// ❌ Sem try/finally: quando a query lança, release() nunca roda e a
// conexão fica presa. (O get_user do módulo tem o mesmo defeito: se a
// query lança, db.close() não roda.)
async function getUserLeaky(id: number) {
  const conn = await engine.connect();
  const user = await conn.user.findUniqueOrThrow({ where: { id } });
  conn.release();
  return user;
}
// ✅ try/finally devolve a conexão aconteça o que acontecer.
// engine.session(async (db) => ...) faz o mesmo, como `with Session(engine)`.
async function getUserSafe(id: number) {
  const conn = await engine.connect();
  try {
    return await conn.user.findUniqueOrThrow({ where: { id } });
  } finally {
    conn.release();
  }
}

// 30 requisições por um usuário que não existe (404), depois uma normal.
// A versão segura roda primeiro: a outra deixa o pool inutilizável.
for (const [label, getUser] of [['Com try/finally', getUserSafe], ['Sem try/finally', getUserLeaky]] as const) {
  await Promise.allSettled(Array.from({ length: 30 }, () => getUser(999_999)));
  const stuck = engine.stats().checkedOut;
  const start = performance.now();
  try {
    await getUser(1);
    console.log(`${label}: ${stuck} conexões presas; a próxima requisição: ok em ${ms(performance.now() - start)}`);
  } catch (err) {
    console.log(`${label}: ${stuck} conexões presas; a próxima requisição esperou ${ms(performance.now() - start)}: ${(err as Error).message}`);
  }
}
