// Um deploy sobe um cache novo: o Redis está vazio. A página de perfil lê
// um usuário com seus posts, uma query cara (posts.user_id não tem
// índice: todos os posts são lidos). Tráfego: 25 requisições por
// segundo, 95% delas para os 100 usuários mais populares. Partida a frio
// contra um cache aquecido com esses 100 antes de o tráfego chegar.
import Redis from 'ioredis';
import { sleep } from '@lab/clock';
import { db, queryLog } from '@lab/db';

const redis = new Redis();
const n = (x: number, digits = 0) =>
  x.toLocaleString('pt-BR', {
    minimumFractionDigits: digits, maximumFractionDigits: digits,
  });
const TTL = 300;
const HOT = Array.from({ length: 100 }, (_, i) => i + 1);

const loadProfile = (id: number) =>
  db.user.findUnique({ where: { id }, include: { posts: true } });

// Cache-aside, como na página de caching; TTL com variação (jitter), para
// que chaves aquecidas juntas não expirem todas no mesmo segundo.
async function profile(id: number) {
  const hit = await redis.get(`profile:${id}`);
  if (hit) return JSON.parse(hit);
  const user = await loadProfile(id);
  await redis.set(`profile:${id}`, JSON.stringify(user), 'EX', TTL + (id % 60));
  return user;
}

// O aquecedor: os usuários quentes numa query, no Redis num pipeline.
async function warm() {
  const users = await db.user.findMany({
    where: { id: { in: HOT } }, include: { posts: true },
  });
  const pipeline = redis.pipeline();
  for (const u of users)
    pipeline.set(`profile:${u.id}`, JSON.stringify(u), 'EX', TTL + (u.id % 60));
  await pipeline.exec();
}

async function firstMinute(warmFirst: boolean) {
  await redis.flushall(); // o deploy
  queryLog.clear();
  const t0 = performance.now();
  if (warmFirst) await warm();
  const warmMs = performance.now() - t0;
  const start = performance.now();
  let seed = 42;
  const requests: Promise<unknown>[] = [];
  for (let i = 0; i < 1_500; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31; // "aleatório" determinístico
    const r = seed / 2 ** 31;
    const id =
      r < 0.95 ? HOT[Math.floor((r / 0.95) * 100)]! : 101 + (seed % 1_900);
    requests.push(profile(id));
    await sleep(40);
  }
  await Promise.all(requests);
  // O lado do banco, do query log do laboratório (depois do aquecimento).
  const traffic = queryLog.entries.filter((q) => q.atMs >= start);
  const inFirst = (s: number) => traffic.filter((q) => q.atMs < start + s * 1000);
  // Segundos que o banco passou respondendo: 10 s em 10 s é um núcleo (ou
  // uma conexão) ocupado o tempo todo.
  const busy = (qs: typeof traffic) =>
    `${n(qs.reduce((a, q) => a + q.ms, 0) / 1000, 1)} s`;
  return {
    'aquecimento': `${n(warmMs)} ms`,
    'queries, 1º segundo': inFirst(1).length,
    'queries, primeiros 10 s': inFirst(10).length,
    'queries, 1º minuto': traffic.length,
    'tempo no banco, 10 s': busy(inFirst(10)),
    'tempo no banco, 1 min': busy(traffic),
  };
}

const cold = await firstMinute(false);
const warmed = await firstMinute(true);
// Uma linha por número, uma coluna por partida.
console.table(
  Object.fromEntries(
    Object.keys(cold).map((k) => {
      const key = k as keyof typeof cold;
      return [k, { 'a frio': cold[key], 'aquecido': warmed[key] }];
    }),
  ),
);
// A frio, cada usuário quente é um miss na primeira vez que é pedido: o
// banco recebe todo o conjunto de trabalho nos primeiros segundos depois
// do deploy, uma query com varredura completa para cada um. Aquecido, os
// 100 quentes custam uma query antes do tráfego, e o primeiro minuto só
// consulta a cauda longa.
