// Cache-aside (lazy loading): a aplicação pergunta ao Redis primeiro e
// só vai ao banco quando a chave não está lá.
import Redis from 'ioredis';
import { resetStats, stats } from '@lab/redis';
import { db, queryLog } from '@lab/db';

const redis = new Redis();
const n = (x: number) => x.toLocaleString('pt-BR');
const ms = (t: number) => `${n(Math.round(t * 1000) / 1000)} ms`;

// Os três passos do get_user do módulo, para qualquer leitura.
async function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  // 1. Tentar o cache
  const hit = await redis.get(key);
  if (hit) return JSON.parse(hit);
  // 2. Cache miss → buscar no banco
  const value = await load();
  // 3. Salvar no cache por 1 hora. O json.dumps(user) do módulo falha
  // com um objeto do ORM ("not JSON serializable"); aqui o ORM devolve
  // um objeto simples. Um usuário que não existe vira "null" no cache
  // (cache negativo): quem for criado nessa hora continua "inexistente".
  await redis.setex(key, 3600, JSON.stringify(value));
  return value;
}
const getUser = (id: number) => cached(`user:${id}`, () => db.user.findUnique({ where: { id } }));

for (const call of ['1ª', '2ª']) {
  const queries = queryLog.count;
  const user = await getUser(1);
  const kind = queryLog.count > queries ? 'miss' : 'hit';
  console.log(`${call} chamada de getUser(1): ${kind}, queries no banco: ${queryLog.count - queries} → ${user?.name}`);
}
console.log(`No Redis: user:1 = ${await redis.get('user:1')} (TTL ${await redis.ttl('user:1')} s)`);

// Muitas leituras: 300 pedidos para 30 usuários, 10 vezes cada.
const READS = 300;
const USERS = 30;
async function workload(label: string, read: (id: number) => Promise<unknown>) {
  await redis.flushall();
  resetStats();
  const queries = queryLog.count;
  const start = performance.now();
  for (let i = 0; i < READS; i++) await read(1 + (i % USERS));
  // Uma medida com o nome da fase: a timeline a desenha como uma faixa e
  // a compara com as outras.
  performance.measure(label, { start });
  const took = performance.now() - start;
  const { hits, misses } = stats();
  console.log(`${label}: ${queryLog.count - queries} queries, ${hits} hits, ${misses} misses, ${ms(took / READS)} por leitura`);
  return took;
}
const plain = await workload('getUser sem cache', (id) => db.user.findUnique({ where: { id } }));
const aside = await workload('getUser com cache', getUser);
// Uma busca por chave primária custa uma ida e volta, como um GET no
// Redis: o cache tira 90% da carga do banco, mas não deixa a leitura
// mais rápida (o miss até paga GET + query + SETEX).
console.log(`  com cache: ${ms((aside - plain) / READS)} a mais por leitura, ${READS - USERS} queries a menos`);

// O cache compensa quando a leitura é cara: o perfil com os posts do
// usuário (sem índice em posts.user_id, varre 20.000 linhas).
const getProfile = (id: number) =>
  cached(`profile:${id}`, () => db.user.findUnique({ where: { id }, include: { posts: true } }));
const slow = await workload('getProfile sem cache', (id) => db.user.findUnique({ where: { id }, include: { posts: true } }));
const fast = await workload('getProfile com cache', getProfile);
console.log(`  economia: ${ms((slow - fast) / READS)} por leitura, ${ms(slow - fast)} no total`);
