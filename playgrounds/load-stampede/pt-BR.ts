// Uma chave quente sob 1.000 req/s: os "posts em alta" da página
// inicial, em cache por 1 s e recalculados por uma query pesada (uns
// 100 ms). Quando a chave expira, toda requisição dos 100 ms seguintes
// erra o cache e roda a query também: o cache stampede. Depois, o mesmo
// tráfego com uma trava SET NX: uma requisição recalcula, as outras
// esperam o valor dela.
import { load } from '@lab/load';
import { db } from '@lab/db';
import { sleep } from '@lab/clock';
import Redis from 'ioredis';

const redis = new Redis();
const traffic = { rate: 1000, duration: 3_000, arrival: 'poisson', seed: 11 } as const;
let queries: number[] = []; // quando cada query pesada começou (ms)
let runStart = 0;

async function topPosts() {
  queries.push(performance.now() - runStart);
  const users = await db.user.findMany({ where: { country: 'BR' }, take: 10 });
  await sleep(100); // o resto do relatório: mais queries, renderização
  return JSON.stringify(users.map((u) => u.id));
}

// Cache-aside, como sempre: num miss, quem errou recalcula.
async function naive() {
  const cached = await redis.get('top');
  if (cached) return cached;
  const value = await topPosts();
  await redis.set('top', value, 'EX', 1);
  return value;
}

// A trava: só a requisição que ganha o SET NX recalcula; as outras
// tentam a chave de novo a cada 10 ms até o valor voltar.
async function locked() {
  for (let attempt = 0; attempt < 50; attempt++) {
    const cached = await redis.get('top');
    if (cached) return cached;
    if (await redis.set('top:lock', '1', 'PX', 2_000, 'NX')) {
      const value = await topPosts();
      await redis.set('top', value, 'EX', 1);
      await redis.del('top:lock');
      return value;
    }
    await sleep(10);
  }
  throw new Error('desisti de esperar pelo cache');
}

for (const [name, handler] of [
  ['cache-aside', naive],
  ['trava SET NX', locked],
] as const) {
  queries = [];
  await redis.flushall();
  runStart = performance.now();
  const r = await load(handler, { ...traffic, label: name });
  // Queries pesadas por segundo virtual: o stampede é um pico a cada
  // vez que a chave expira.
  const perSecond = r.series.map((s) => queries.filter((t) => Math.floor(t / 1000) === s.second).length);
  console.log(`${name}: ${queries.length} queries pesadas, por segundo ${perSecond.join(' ')}`);
  console.log(`  p50 ${Math.round(r.latency.p50)} ms, p99 ${Math.round(r.latency.p99)} ms, falhas ${r.failed}`);
}
